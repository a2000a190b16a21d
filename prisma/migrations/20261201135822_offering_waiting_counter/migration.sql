-- AlterTable
ALTER TABLE "Offering" ADD COLUMN     "waiting" INTEGER NOT NULL DEFAULT 0;

-- Hand-written: the counter starts from the rows, and never goes below zero.
UPDATE "Offering" o SET "waiting" = (SELECT count(*) FROM "Enrolment" e WHERE e."offeringId" = o.id AND e.status = 'WAITLISTED');
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_waiting_non_negative" CHECK ("waiting" >= 0);
