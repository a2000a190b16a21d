-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "SourceType" AS ENUM ('GOVERNMENT', 'ENTERPRISE', 'ASSOCIATION', 'UNIVERSITY', 'INDIVIDUAL');

-- CreateTable
CREATE TABLE "ProjectCategory" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "tags" TEXT[],
    "cityId" INTEGER,
    "sourceType" "SourceType" NOT NULL,
    "providerId" UUID NOT NULL,
    "investmentMin" INTEGER NOT NULL,
    "investmentMax" INTEGER NOT NULL,
    "monthlyCost" INTEGER NOT NULL,
    "paybackMonths" INTEGER NOT NULL,
    "expectedJobs" INTEGER NOT NULL,
    "riskLevel" "RiskLevel" NOT NULL,
    "riskFactors" TEXT[],
    "requiredSkills" TEXT[],
    "suitableFor" TEXT[],
    "policySlugs" TEXT[],
    "images" TEXT[],
    "status" "ProjectStatus" NOT NULL DEFAULT 'DRAFT',
    "recommended" BOOLEAN NOT NULL DEFAULT false,
    "recommendationText" TEXT,
    "recommendedAt" TIMESTAMP(3),
    "rating" DOUBLE PRECISION,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTransition" (
    "id" BIGSERIAL NOT NULL,
    "projectId" UUID NOT NULL,
    "fromStatus" "ProjectStatus",
    "toStatus" "ProjectStatus" NOT NULL,
    "actorId" UUID,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectEvaluation" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "evaluatorId" UUID NOT NULL,
    "market" INTEGER NOT NULL,
    "returns" INTEGER NOT NULL,
    "riskControl" INTEGER NOT NULL,
    "replicability" INTEGER NOT NULL,
    "jobs" INTEGER NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProjectCategory_code_key" ON "ProjectCategory"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE INDEX "Project_status_updatedAt_idx" ON "Project"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Project_providerId_idx" ON "Project"("providerId");

-- CreateIndex
CREATE INDEX "Project_categoryId_idx" ON "Project"("categoryId");

-- CreateIndex
CREATE INDEX "Project_cityId_idx" ON "Project"("cityId");

-- CreateIndex
CREATE INDEX "ProjectTransition_projectId_createdAt_idx" ON "ProjectTransition"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectEvaluation_projectId_evaluatorId_key" ON "ProjectEvaluation"("projectId", "evaluatorId");

-- CreateIndex
CREATE INDEX "SearchOutbox_processedAt_id_idx" ON "SearchOutbox"("processedAt", "id");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ProjectCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTransition" ADD CONSTRAINT "ProjectTransition_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTransition" ADD CONSTRAINT "ProjectTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectEvaluation" ADD CONSTRAINT "ProjectEvaluation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectEvaluation" ADD CONSTRAINT "ProjectEvaluation_evaluatorId_fkey" FOREIGN KEY ("evaluatorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: checks the schema cannot express, and trigram indexes for the degraded-mode
-- search (pg_trgm needs 3+ characters; shorter words fall back to ILIKE).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE "Project" ADD CONSTRAINT "Project_investment_range" CHECK ("investmentMin" >= 0 AND "investmentMax" >= "investmentMin");
ALTER TABLE "ProjectEvaluation" ADD CONSTRAINT "ProjectEvaluation_scores" CHECK (
  "market" BETWEEN 1 AND 5 AND "returns" BETWEEN 1 AND 5 AND "riskControl" BETWEEN 1 AND 5 AND "replicability" BETWEEN 1 AND 5 AND "jobs" BETWEEN 1 AND 5);
CREATE INDEX "Project_title_trgm" ON "Project" USING gin ("title" gin_trgm_ops);
CREATE INDEX "Project_summary_trgm" ON "Project" USING gin ("summary" gin_trgm_ops);
CREATE INDEX "SearchOutbox_pending" ON "SearchOutbox" ("id") WHERE "processedAt" IS NULL;
