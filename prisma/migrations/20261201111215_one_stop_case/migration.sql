-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'CLOSED', 'ABANDONED');

-- CreateEnum
CREATE TYPE "StageStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('INDIVIDUAL_BUSINESS', 'SOLE_PROPRIETORSHIP', 'PARTNERSHIP', 'LIMITED_COMPANY');

-- CreateEnum
CREATE TYPE "CheckInStatus" AS ENUM ('SCHEDULED', 'SENT', 'ANSWERED', 'MISSED');

-- CreateEnum
CREATE TYPE "TradingStatus" AS ENUM ('TRADING', 'PAUSED', 'CLOSED');

-- AlterTable
ALTER TABLE "Enquiry" ADD COLUMN     "caseId" UUID;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "caseId" UUID;

-- AlterTable
ALTER TABLE "MatchRequest" ADD COLUMN     "caseId" UUID;

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "projectId" UUID,
    "title" TEXT NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "cityId" INTEGER,
    "legalForm" "LegalForm" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "currentStage" "ServiceStage" DEFAULT 'PROJECT',
    "adviserId" UUID,
    "invitedAdviserId" UUID,
    "closedAt" TIMESTAMP(3),
    "closedReason" TEXT,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedOn" TEXT,
    "openingLegalForm" "LegalForm",
    "openingEmployees" INTEGER,
    "creditCodeEnc" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStage" (
    "caseId" UUID NOT NULL,
    "stage" "ServiceStage" NOT NULL,
    "status" "StageStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "note" TEXT,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseStage_pkey" PRIMARY KEY ("caseId","stage")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" BIGSERIAL NOT NULL,
    "caseId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "CaseStatus",
    "toStatus" "CaseStatus",
    "actorId" UUID,
    "reason" TEXT,
    "payload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseComment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "planVersion" INTEGER,
    "section" TEXT,
    "body" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessPlan" (
    "caseId" UUID NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "data" JSONB NOT NULL,
    "prefilled" TEXT[],
    "startupTotal" INTEGER NOT NULL DEFAULT 0,
    "fundingGap" INTEGER NOT NULL DEFAULT 0,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessPlan_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "submittedById" UUID NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskAssessment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "answers" JSONB NOT NULL,
    "signals" JSONB NOT NULL,
    "score" INTEGER NOT NULL,
    "band" "RiskLevel" NOT NULL,
    "dimensions" JSONB NOT NULL,
    "advice" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpeningItem" (
    "caseId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "doneOn" TEXT,
    "reason" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OpeningItem_pkey" PRIMARY KEY ("caseId","code")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "monthsAfter" INTEGER NOT NULL,
    "dueOn" TEXT NOT NULL,
    "status" "CheckInStatus" NOT NULL DEFAULT 'SCHEDULED',
    "sentAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "trading" "TradingStatus",
    "closedReason" TEXT,
    "employees" INTEGER,
    "revenueBand" TEXT,
    "help" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffTask" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "caseId" UUID,
    "cityId" INTEGER,
    "payload" JSONB,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "dueOn" TEXT,
    "doneAt" TIMESTAMP(3),
    "doneById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Case_ownerId_status_idx" ON "Case"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Case_cityId_status_lastActivityAt_idx" ON "Case"("cityId", "status", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Case_cityId_currentStage_idx" ON "Case"("cityId", "currentStage");

-- CreateIndex
CREATE INDEX "Case_adviserId_idx" ON "Case"("adviserId");

-- CreateIndex
CREATE INDEX "Case_projectId_idx" ON "Case"("projectId");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_createdAt_idx" ON "CaseEvent"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseComment_caseId_createdAt_idx" ON "CaseComment"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_caseId_number_key" ON "PlanVersion"("caseId", "number");

-- CreateIndex
CREATE INDEX "RiskAssessment_caseId_createdAt_idx" ON "RiskAssessment"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CheckIn_status_dueOn_idx" ON "CheckIn"("status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_caseId_monthsAfter_key" ON "CheckIn"("caseId", "monthsAfter");

-- CreateIndex
CREATE INDEX "StaffTask_status_cityId_createdAt_idx" ON "StaffTask"("status", "cityId", "createdAt");

-- CreateIndex
CREATE INDEX "Enquiry_caseId_idx" ON "Enquiry"("caseId");

-- CreateIndex
CREATE INDEX "Booking_caseId_idx" ON "Booking"("caseId");

-- CreateIndex
CREATE INDEX "MatchRequest_caseId_idx" ON "MatchRequest"("caseId");

-- AddForeignKey
ALTER TABLE "Enquiry" ADD CONSTRAINT "Enquiry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRequest" ADD CONSTRAINT "MatchRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ProjectCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_adviserId_fkey" FOREIGN KEY ("adviserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStage" ADD CONSTRAINT "CaseStage_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseComment" ADD CONSTRAINT "CaseComment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseComment" ADD CONSTRAINT "CaseComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessPlan" ADD CONSTRAINT "BusinessPlan_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningItem" ADD CONSTRAINT "OpeningItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffTask" ADD CONSTRAINT "StaffTask_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: one open case per person at a time (closed and abandoned cases stay)
CREATE UNIQUE INDEX "Case_one_open_per_owner" ON "Case"("ownerId") WHERE "status" = 'OPEN';
ALTER TABLE "Case" ADD CONSTRAINT "Case_opening_employees_check" CHECK ("openingEmployees" IS NULL OR "openingEmployees" >= 1);
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_months_check" CHECK ("monthsAfter" IN (3, 6, 12, 24, 36));
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_employees_check" CHECK ("employees" IS NULL OR "employees" >= 0);
ALTER TABLE "OpeningItem" ADD CONSTRAINT "OpeningItem_status_check" CHECK ("status" IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED'));
