-- CreateEnum
CREATE TYPE "MentorType" AS ENUM ('ENTREPRENEUR', 'SUCCESSFUL_FOUNDER', 'SCHOLAR', 'GOVERNMENT');

-- CreateEnum
CREATE TYPE "MentorStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED', 'COMPLETED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "SessionMode" AS ENUM ('ONLINE', 'IN_PERSON');

-- CreateEnum
CREATE TYPE "MatchRequestStatus" AS ENUM ('OPEN', 'ASSIGNED', 'CLOSED');

-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "ics" TEXT,
ADD COLUMN     "icsMethod" TEXT;

-- CreateTable
CREATE TABLE "Mentor" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "photoUrl" TEXT,
    "type" "MentorType" NOT NULL,
    "title" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "bio" TEXT NOT NULL,
    "stages" TEXT[],
    "industries" TEXT[],
    "cityId" INTEGER,
    "modes" "SessionMode"[],
    "place" TEXT,
    "meetingUrl" TEXT,
    "languages" TEXT[],
    "weeklyCap" INTEGER NOT NULL DEFAULT 5,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "sessionMinutes" INTEGER NOT NULL DEFAULT 60,
    "bufferMinutes" INTEGER NOT NULL DEFAULT 15,
    "noticeHours" INTEGER NOT NULL DEFAULT 12,
    "horizonDays" INTEGER NOT NULL DEFAULT 30,
    "status" "MentorStatus" NOT NULL DEFAULT 'PENDING',
    "reviewReason" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" UUID,
    "rating" DOUBLE PRECISION,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,
    "sessionCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mentor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorAvailabilityRule" (
    "id" BIGSERIAL NOT NULL,
    "mentorId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "MentorAvailabilityRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorDateOverride" (
    "id" BIGSERIAL NOT NULL,
    "mentorId" UUID NOT NULL,
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startMinute" INTEGER,
    "endMinute" INTEGER,

    CONSTRAINT "MentorDateOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" UUID NOT NULL,
    "mentorId" UUID NOT NULL,
    "entrepreneurId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3) NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'PENDING',
    "stage" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "mode" "SessionMode" NOT NULL,
    "location" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "decisionReason" TEXT,
    "cancelReason" TEXT,
    "cancelledById" UUID,
    "notes" TEXT,
    "notesUpdatedAt" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookingEvent" (
    "id" BIGSERIAL NOT NULL,
    "bookingId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "BookingStatus",
    "toStatus" "BookingStatus",
    "actorId" UUID,
    "reason" TEXT,
    "meta" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorReview" (
    "id" UUID NOT NULL,
    "bookingId" UUID NOT NULL,
    "mentorId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchRequest" (
    "id" UUID NOT NULL,
    "entrepreneurId" UUID NOT NULL,
    "stage" TEXT NOT NULL,
    "industry" TEXT,
    "cityId" INTEGER,
    "text" TEXT NOT NULL,
    "status" "MatchRequestStatus" NOT NULL DEFAULT 'OPEN',
    "mentorId" UUID,
    "staffNote" TEXT,
    "assignedById" UUID,
    "assignedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatchRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Mentor_userId_key" ON "Mentor"("userId");

-- CreateIndex
CREATE INDEX "Mentor_status_idx" ON "Mentor"("status");

-- CreateIndex
CREATE INDEX "MentorAvailabilityRule_mentorId_idx" ON "MentorAvailabilityRule"("mentorId");

-- CreateIndex
CREATE INDEX "MentorDateOverride_mentorId_date_idx" ON "MentorDateOverride"("mentorId", "date");

-- CreateIndex
CREATE INDEX "Booking_mentorId_startsAt_idx" ON "Booking"("mentorId", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_entrepreneurId_startsAt_idx" ON "Booking"("entrepreneurId", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_status_expiresAt_idx" ON "Booking"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "BookingEvent_bookingId_createdAt_idx" ON "BookingEvent"("bookingId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MentorReview_bookingId_key" ON "MentorReview"("bookingId");

-- CreateIndex
CREATE INDEX "MentorReview_mentorId_createdAt_idx" ON "MentorReview"("mentorId", "createdAt");

-- CreateIndex
CREATE INDEX "MatchRequest_status_createdAt_idx" ON "MatchRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "MatchRequest_entrepreneurId_idx" ON "MatchRequest"("entrepreneurId");

-- AddForeignKey
ALTER TABLE "Mentor" ADD CONSTRAINT "Mentor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentor" ADD CONSTRAINT "Mentor_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorAvailabilityRule" ADD CONSTRAINT "MentorAvailabilityRule_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Mentor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorDateOverride" ADD CONSTRAINT "MentorDateOverride_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Mentor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Mentor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_entrepreneurId_fkey" FOREIGN KEY ("entrepreneurId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingEvent" ADD CONSTRAINT "BookingEvent_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorReview" ADD CONSTRAINT "MentorReview_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorReview" ADD CONSTRAINT "MentorReview_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRequest" ADD CONSTRAINT "MatchRequest_entrepreneurId_fkey" FOREIGN KEY ("entrepreneurId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRequest" ADD CONSTRAINT "MatchRequest_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRequest" ADD CONSTRAINT "MatchRequest_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Mentor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: no double booking, enforced by PostgreSQL itself.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Columns are UTC timestamps without zone (Prisma), hence tsrange.
-- A mentor's held bookings (PENDING, ACCEPTED) never overlap, buffer included.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_mentor_no_overlap"
  EXCLUDE USING gist ("mentorId" WITH =, tsrange("startsAt", "blockedUntil", '[)') WITH &&)
  WHERE ("status" IN ('PENDING', 'ACCEPTED'));

-- An entrepreneur cannot hold two overlapping sessions either.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_entrepreneur_no_overlap"
  EXCLUDE USING gist ("entrepreneurId" WITH =, tsrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE ("status" IN ('PENDING', 'ACCEPTED'));

ALTER TABLE "Booking" ADD CONSTRAINT "Booking_times_check" CHECK ("startsAt" < "endsAt" AND "endsAt" <= "blockedUntil" AND "expiresAt" <= "startsAt");
ALTER TABLE "MentorReview" ADD CONSTRAINT "MentorReview_score_check" CHECK ("score" BETWEEN 1 AND 5);
ALTER TABLE "MentorAvailabilityRule" ADD CONSTRAINT "MentorAvailabilityRule_range_check"
  CHECK ("weekday" BETWEEN 1 AND 7 AND "startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute");
ALTER TABLE "MentorDateOverride" ADD CONSTRAINT "MentorDateOverride_kind_check"
  CHECK (("kind" = 'OFF') OR ("kind" = 'EXTRA' AND "startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute"));
ALTER TABLE "Mentor" ADD CONSTRAINT "Mentor_settings_check"
  CHECK ("sessionMinutes" IN (30, 60) AND "bufferMinutes" BETWEEN 0 AND 120 AND "noticeHours" BETWEEN 0 AND 168
         AND "horizonDays" BETWEEN 1 AND 90 AND "weeklyCap" BETWEEN 1 AND 40 AND cardinality("industries") <= 6);
