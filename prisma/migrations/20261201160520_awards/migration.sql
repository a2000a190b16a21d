-- CreateEnum
CREATE TYPE "AwardPhase" AS ENUM ('DRAFT', 'NOMINATING', 'REVIEW', 'NOTICE', 'VOTING', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('AWAITING_CONFIRMATION', 'NOMINATED', 'INELIGIBLE', 'SHORTLISTED', 'NOT_SHORTLISTED', 'DISQUALIFIED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AwardVoteStatus" AS ENUM ('COUNTED', 'HELD', 'REMOVED');

-- CreateTable
CREATE TABLE "AwardRound" (
    "id" UUID NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL DEFAULT '',
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "phase" "AwardPhase" NOT NULL DEFAULT 'DRAFT',
    "categories" JSONB NOT NULL,
    "eligibility" JSONB NOT NULL,
    "rubric" JSONB NOT NULL,
    "weights" JSONB NOT NULL,
    "holding" JSONB NOT NULL,
    "rulesVersion" TEXT NOT NULL,
    "nominationOpensAt" TIMESTAMP(3) NOT NULL,
    "nominationClosesAt" TIMESTAMP(3) NOT NULL,
    "reviewClosesAt" TIMESTAMP(3) NOT NULL,
    "noticeDays" INTEGER NOT NULL,
    "noticeEndsAt" TIMESTAMP(3),
    "votingOpensAt" TIMESTAMP(3) NOT NULL,
    "votingClosesAt" TIMESTAMP(3) NOT NULL,
    "phaseStartedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "results" JSONB,
    "publishedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AwardRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardEvent" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "AwardPhase",
    "toStatus" "AwardPhase",
    "actorId" UUID,
    "reason" TEXT,
    "payload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardNomination" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "nomineeId" UUID NOT NULL,
    "nominatorId" UUID NOT NULL,
    "caseId" UUID,
    "status" "NominationStatus" NOT NULL,
    "statement" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "eligibility" JSONB,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AwardNomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationEvent" (
    "id" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "NominationStatus",
    "toStatus" "NominationStatus",
    "actorId" UUID,
    "reason" TEXT,
    "payload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NominationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardReview" (
    "id" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "assignedById" UUID,
    "scores" JSONB,
    "total" INTEGER,
    "comment" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardObjection" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "decision" TEXT,
    "outcome" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardObjection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardVote" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "nominationId" UUID NOT NULL,
    "voterId" UUID NOT NULL,
    "day" TEXT NOT NULL,
    "ipHash" TEXT NOT NULL,
    "status" "AwardVoteStatus" NOT NULL,
    "holdReasons" TEXT[],
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardTally" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "day" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AwardRound_phase_idx" ON "AwardRound"("phase");

-- CreateIndex
CREATE INDEX "AwardEvent_roundId_createdAt_idx" ON "AwardEvent"("roundId", "createdAt");

-- CreateIndex
CREATE INDEX "AwardNomination_roundId_category_status_idx" ON "AwardNomination"("roundId", "category", "status");

-- CreateIndex
CREATE INDEX "AwardNomination_nomineeId_idx" ON "AwardNomination"("nomineeId");

-- CreateIndex
CREATE INDEX "NominationEvent_nominationId_createdAt_idx" ON "NominationEvent"("nominationId", "createdAt");

-- CreateIndex
CREATE INDEX "AwardReview_reviewerId_idx" ON "AwardReview"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardReview_nominationId_reviewerId_key" ON "AwardReview"("nominationId", "reviewerId");

-- CreateIndex
CREATE INDEX "AwardObjection_roundId_decidedAt_idx" ON "AwardObjection"("roundId", "decidedAt");

-- CreateIndex
CREATE INDEX "AwardVote_roundId_status_idx" ON "AwardVote"("roundId", "status");

-- CreateIndex
CREATE INDEX "AwardVote_roundId_ipHash_createdAt_idx" ON "AwardVote"("roundId", "ipHash", "createdAt");

-- CreateIndex
CREATE INDEX "AwardVote_nominationId_status_idx" ON "AwardVote"("nominationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AwardVote_roundId_category_voterId_day_key" ON "AwardVote"("roundId", "category", "voterId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "AwardTally_roundId_day_key" ON "AwardTally"("roundId", "day");

-- AddForeignKey
ALTER TABLE "AwardEvent" ADD CONSTRAINT "AwardEvent_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AwardRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNomination" ADD CONSTRAINT "AwardNomination_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AwardRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNomination" ADD CONSTRAINT "AwardNomination_nomineeId_fkey" FOREIGN KEY ("nomineeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNomination" ADD CONSTRAINT "AwardNomination_nominatorId_fkey" FOREIGN KEY ("nominatorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNomination" ADD CONSTRAINT "AwardNomination_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationEvent" ADD CONSTRAINT "NominationEvent_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "AwardNomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardReview" ADD CONSTRAINT "AwardReview_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "AwardNomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardReview" ADD CONSTRAINT "AwardReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardObjection" ADD CONSTRAINT "AwardObjection_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AwardRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardObjection" ADD CONSTRAINT "AwardObjection_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "AwardNomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardObjection" ADD CONSTRAINT "AwardObjection_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardVote" ADD CONSTRAINT "AwardVote_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AwardRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardVote" ADD CONSTRAINT "AwardVote_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "AwardNomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardVote" ADD CONSTRAINT "AwardVote_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardTally" ADD CONSTRAINT "AwardTally_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AwardRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the windows follow each other; a notice lasts at least a day.
ALTER TABLE "AwardRound" ADD CONSTRAINT "AwardRound_windows_ordered" CHECK (
  "nominationOpensAt" < "nominationClosesAt" AND "nominationClosesAt" <= "reviewClosesAt" AND "reviewClosesAt" <= "votingOpensAt" AND "votingOpensAt" < "votingClosesAt");
ALTER TABLE "AwardRound" ADD CONSTRAINT "AwardRound_notice_days" CHECK ("noticeDays" BETWEEN 1 AND 60);
-- one live nomination of a person per category of a round (a withdrawn one may be made again)
CREATE UNIQUE INDEX "AwardNomination_one_live" ON "AwardNomination" ("roundId", "category", "nomineeId") WHERE status <> 'WITHDRAWN';
-- a held vote names why; a counted one names none unless it was released by staff
ALTER TABLE "AwardVote" ADD CONSTRAINT "AwardVote_held_has_reason" CHECK (status <> 'HELD' OR cardinality("holdReasons") > 0);
ALTER TABLE "AwardVote" ADD CONSTRAINT "AwardVote_day_format" CHECK ("day" ~ '^\d{4}-\d{2}-\d{2}$');
ALTER TABLE "AwardReview" ADD CONSTRAINT "AwardReview_total_range" CHECK ("total" IS NULL OR "total" BETWEEN 0 AND 1000);
