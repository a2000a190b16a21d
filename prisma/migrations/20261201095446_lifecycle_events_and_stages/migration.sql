-- One enum for the six stages of the one-stop service, and one event-log convention for every
-- lifecycle (action, fromStatus, toStatus, actorId, reason, payload, createdAt).
-- Written by hand from the generated diff so that existing rows are kept: columns change type
-- in place, tables are renamed instead of dropped and created.

-- CreateEnum
CREATE TYPE "ServiceStage" AS ENUM ('PROJECT', 'PLAN', 'RISK', 'OPENING', 'FINANCING', 'FOLLOW_UP');

-- AlterTable: stages keep their values
ALTER TABLE "Mentor" ALTER COLUMN "stages" TYPE "ServiceStage"[] USING "stages"::"ServiceStage"[];
ALTER TABLE "Booking" ALTER COLUMN "stage" TYPE "ServiceStage" USING "stage"::"ServiceStage";
ALTER TABLE "MatchRequest" ALTER COLUMN "stage" TYPE "ServiceStage" USING "stage"::"ServiceStage";

-- BookingEvent: meta → payload
ALTER TABLE "BookingEvent" RENAME COLUMN "meta" TO "payload";

-- ProjectTransition → ProjectEvent, with an action for every earlier row
ALTER TABLE "ProjectTransition" RENAME TO "ProjectEvent";
ALTER TABLE "ProjectEvent" RENAME CONSTRAINT "ProjectTransition_pkey" TO "ProjectEvent_pkey";
ALTER TABLE "ProjectEvent" RENAME CONSTRAINT "ProjectTransition_projectId_fkey" TO "ProjectEvent_projectId_fkey";
ALTER TABLE "ProjectEvent" RENAME CONSTRAINT "ProjectTransition_actorId_fkey" TO "ProjectEvent_actorId_fkey";
ALTER INDEX "ProjectTransition_projectId_createdAt_idx" RENAME TO "ProjectEvent_projectId_createdAt_idx";
ALTER SEQUENCE "ProjectTransition_id_seq" RENAME TO "ProjectEvent_id_seq";
ALTER TABLE "ProjectEvent" ADD COLUMN "action" TEXT, ADD COLUMN "payload" JSONB;
UPDATE "ProjectEvent" SET "action" = CASE
    WHEN "fromStatus" IS NULL THEN 'created'
    WHEN "toStatus" = 'PENDING' THEN 'submitted'
    WHEN "toStatus" = 'DRAFT' THEN 'withdrawn'
    WHEN "toStatus" = 'PUBLISHED' THEN 'approved'
    WHEN "toStatus" = 'REJECTED' THEN 'rejected'
    WHEN "toStatus" = 'ARCHIVED' THEN 'archived'
    ELSE 'changed' END;
ALTER TABLE "ProjectEvent" ALTER COLUMN "action" SET NOT NULL, ALTER COLUMN "toStatus" DROP NOT NULL;
