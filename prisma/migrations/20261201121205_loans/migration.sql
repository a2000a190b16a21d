-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('GUARANTOR', 'BANK');

-- CreateEnum
CREATE TYPE "ApplicantType" AS ENUM ('INDIVIDUAL', 'PARTNERSHIP', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "LoanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ELIGIBILITY', 'NOTICE', 'DUE_DILIGENCE', 'APPROVED', 'DISBURSED', 'REPAYING', 'REPAID', 'RETURNED', 'REFUSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "LoanStep" AS ENUM ('ELIGIBILITY', 'NOTICE', 'GUARANTOR', 'BANK');

-- CreateEnum
CREATE TYPE "RepaymentMethod" AS ENUM ('INTEREST_ONLY', 'EQUAL_INSTALMENTS');

-- CreateEnum
CREATE TYPE "LoanDocumentSource" AS ENUM ('UPLOAD', 'CASE_OPENING', 'TRAINING');

-- CreateEnum
CREATE TYPE "ExtensionStatus" AS ENUM ('REQUESTED', 'BANK_APPROVED', 'APPROVED', 'REFUSED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Role" ADD VALUE 'GUARANTOR';
ALTER TYPE "Role" ADD VALUE 'BANK';

-- AlterTable
ALTER TABLE "UserRole" ADD COLUMN     "organisationId" UUID,
ADD COLUMN     "supervisor" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "cityCodes" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanRuleSetVersion" (
    "version" TEXT NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sample" BOOLEAN NOT NULL,
    "rules" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoanRuleSetVersion_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "HolidayYear" (
    "year" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "publishedOn" TEXT,
    "sample" BOOLEAN NOT NULL,
    "holidays" TEXT[],
    "workdays" TEXT[],
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HolidayYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "LprFixing" (
    "publishedOn" TEXT NOT NULL,
    "oneYearBp" INTEGER NOT NULL,
    "fiveYearBp" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "sample" BOOLEAN NOT NULL,

    CONSTRAINT "LprFixing_pkey" PRIMARY KEY ("publishedOn")
);

-- CreateTable
CREATE TABLE "LoanApplication" (
    "id" UUID NOT NULL,
    "applicantId" UUID NOT NULL,
    "caseId" UUID,
    "status" "LoanStatus" NOT NULL DEFAULT 'DRAFT',
    "applicantType" "ApplicantType" NOT NULL DEFAULT 'INDIVIDUAL',
    "category" TEXT,
    "cityId" INTEGER,
    "amount" INTEGER,
    "termMonths" INTEGER,
    "details" JSONB NOT NULL DEFAULT '{}',
    "personalEnc" TEXT,
    "idHash" TEXT,
    "maskedName" TEXT,
    "prefilled" TEXT[],
    "revision" INTEGER NOT NULL DEFAULT 0,
    "ruleVersion" TEXT,
    "submittedAt" TIMESTAMP(3),
    "guarantorId" UUID,
    "bankId" UUID,
    "openSteps" "LoanStep"[],
    "stepDue" JSONB,
    "dueOn" TEXT,
    "noticeRef" TEXT,
    "noticeFrom" TEXT,
    "noticeTo" TEXT,
    "dueDiligenceFrom" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "disbursedOn" TEXT,
    "disbursedAmount" INTEGER,
    "disbursedTermMonths" INTEGER,
    "rateBp" INTEGER,
    "repaymentMethod" "RepaymentMethod",
    "firstDueOn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoanApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanEvent" (
    "id" BIGSERIAL NOT NULL,
    "applicationId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "LoanStatus",
    "toStatus" "LoanStatus",
    "actorId" UUID,
    "reason" TEXT,
    "payload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoanEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanDocument" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "source" "LoanDocumentSource" NOT NULL DEFAULT 'UPLOAD',
    "filename" TEXT,
    "mime" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "content" BYTEA,
    "reference" TEXT,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "LoanDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanRepayment" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "paidOn" TEXT NOT NULL,
    "principal" INTEGER NOT NULL,
    "interest" INTEGER NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoanRepayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanOverduePeriod" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "fromDay" TEXT NOT NULL,
    "toDay" TEXT,
    "recordedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoanOverduePeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanExtension" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "months" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ExtensionStatus" NOT NULL DEFAULT 'REQUESTED',
    "fromDay" TEXT,
    "toDay" TEXT,
    "bankById" UUID,
    "staffById" UUID,
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoanExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanObjection" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "contactEnc" TEXT,
    "handledAt" TIMESTAMP(3),
    "handledById" UUID,
    "outcome" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoanObjection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_kind_nameZh_key" ON "Organisation"("kind", "nameZh");

-- CreateIndex
CREATE INDEX "LoanRuleSetVersion_effectiveFrom_idx" ON "LoanRuleSetVersion"("effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "LoanApplication_noticeRef_key" ON "LoanApplication"("noticeRef");

-- CreateIndex
CREATE INDEX "LoanApplication_applicantId_idx" ON "LoanApplication"("applicantId");

-- CreateIndex
CREATE INDEX "LoanApplication_status_dueOn_idx" ON "LoanApplication"("status", "dueOn");

-- CreateIndex
CREATE INDEX "LoanApplication_cityId_status_dueOn_idx" ON "LoanApplication"("cityId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "LoanApplication_guarantorId_status_dueOn_idx" ON "LoanApplication"("guarantorId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "LoanApplication_bankId_status_dueOn_idx" ON "LoanApplication"("bankId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "LoanApplication_caseId_idx" ON "LoanApplication"("caseId");

-- CreateIndex
CREATE INDEX "LoanEvent_applicationId_createdAt_idx" ON "LoanEvent"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "LoanDocument_applicationId_code_idx" ON "LoanDocument"("applicationId", "code");

-- CreateIndex
CREATE INDEX "LoanRepayment_applicationId_paidOn_idx" ON "LoanRepayment"("applicationId", "paidOn");

-- CreateIndex
CREATE INDEX "LoanOverduePeriod_applicationId_idx" ON "LoanOverduePeriod"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "LoanExtension_applicationId_key" ON "LoanExtension"("applicationId");

-- CreateIndex
CREATE INDEX "LoanObjection_applicationId_idx" ON "LoanObjection"("applicationId");

-- CreateIndex
CREATE INDEX "UserRole_organisationId_idx" ON "UserRole"("organisationId");

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanApplication" ADD CONSTRAINT "LoanApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanApplication" ADD CONSTRAINT "LoanApplication_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanApplication" ADD CONSTRAINT "LoanApplication_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanApplication" ADD CONSTRAINT "LoanApplication_ruleVersion_fkey" FOREIGN KEY ("ruleVersion") REFERENCES "LoanRuleSetVersion"("version") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanApplication" ADD CONSTRAINT "LoanApplication_guarantorId_fkey" FOREIGN KEY ("guarantorId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanApplication" ADD CONSTRAINT "LoanApplication_bankId_fkey" FOREIGN KEY ("bankId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanEvent" ADD CONSTRAINT "LoanEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LoanApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanDocument" ADD CONSTRAINT "LoanDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LoanApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanRepayment" ADD CONSTRAINT "LoanRepayment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LoanApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanOverduePeriod" ADD CONSTRAINT "LoanOverduePeriod_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LoanApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanExtension" ADD CONSTRAINT "LoanExtension_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LoanApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanObjection" ADD CONSTRAINT "LoanObjection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LoanApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: one live application per person (account and ID number); a refused, withdrawn
-- or repaid one no longer counts. Two concurrent creations or submissions end in one.
CREATE UNIQUE INDEX "LoanApplication_one_live_per_applicant" ON "LoanApplication"("applicantId") WHERE "status" NOT IN ('REFUSED', 'WITHDRAWN', 'REPAID');
CREATE UNIQUE INDEX "LoanApplication_one_live_per_person" ON "LoanApplication"("idHash") WHERE "idHash" IS NOT NULL AND "status" NOT IN ('DRAFT', 'REFUSED', 'WITHDRAWN', 'REPAID');
-- the queues filter on the open steps
CREATE INDEX "LoanApplication_openSteps_idx" ON "LoanApplication" USING GIN ("openSteps");
-- an officer's organisation must be of the officer's kind: checked by the admin service; a role row names at most one
-- the queues' order (most overdue first, then by submission) served from an index, so a page stops after its rows
CREATE INDEX "LoanApplication_queue_order_idx" ON "LoanApplication" ("dueOn" ASC NULLS LAST, "submittedAt", "id");
