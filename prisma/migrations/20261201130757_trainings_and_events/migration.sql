-- CreateEnum
CREATE TYPE "OfferingKind" AS ENUM ('TRAINING', 'EVENT');

-- CreateEnum
CREATE TYPE "OfferingStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'DECLINED', 'LAPSED', 'LEFT', 'COMPLETED', 'NOT_COMPLETED');

-- CreateEnum
CREATE TYPE "PlanGrade" AS ENUM ('EXCELLENT', 'PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "AttendanceMethod" AS ENUM ('CODE', 'MANUAL');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'TRAINER';

-- AlterEnum
ALTER TYPE "OrganisationKind" ADD VALUE 'INSTITUTION';

-- CreateTable
CREATE TABLE "Course" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "programme" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "requiresCategory" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offering" (
    "id" UUID NOT NULL,
    "kind" "OfferingKind" NOT NULL,
    "status" "OfferingStatus" NOT NULL DEFAULT 'DRAFT',
    "courseId" UUID,
    "eventType" TEXT,
    "programme" TEXT,
    "institutionId" UUID,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL DEFAULT '',
    "bodyEn" TEXT NOT NULL DEFAULT '',
    "cityId" INTEGER NOT NULL,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "venue" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER NOT NULL,
    "placesTaken" INTEGER NOT NULL DEFAULT 0,
    "waitSeq" INTEGER NOT NULL DEFAULT 0,
    "enrolOpensAt" TIMESTAMP(3) NOT NULL,
    "enrolClosesAt" TIMESTAMP(3) NOT NULL,
    "offerHours" INTEGER NOT NULL DEFAULT 48,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "reportZh" TEXT,
    "reportEn" TEXT,
    "attendance" INTEGER,
    "createdById" UUID,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferingTrainer" (
    "offeringId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "OfferingTrainer_pkey" PRIMARY KEY ("offeringId","userId")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" UUID NOT NULL,
    "offeringId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "topicZh" TEXT NOT NULL,
    "topicEn" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "codeSecret" BYTEA NOT NULL,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "offeringId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "EnrolmentStatus" NOT NULL,
    "waitSeq" INTEGER,
    "offeredAt" TIMESTAMP(3),
    "offerExpiresAt" TIMESTAMP(3),
    "viaOffer" BOOLEAN NOT NULL DEFAULT false,
    "category" TEXT,
    "programme" TEXT,
    "year" INTEGER,
    "planGrade" "PlanGrade",
    "gradedById" UUID,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnrolmentEvent" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "EnrolmentStatus",
    "toStatus" "EnrolmentStatus",
    "actorId" UUID,
    "reason" TEXT,
    "payload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnrolmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "lessonId" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "method" "AttendanceMethod" NOT NULL,
    "reason" TEXT,
    "markedById" UUID,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("lessonId","enrolmentId")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "revokedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" UUID NOT NULL,
    "serviceType" TEXT NOT NULL,
    "serviceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "grade" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Course_code_key" ON "Course"("code");

-- CreateIndex
CREATE INDEX "Offering_kind_status_startsAt_idx" ON "Offering"("kind", "status", "startsAt");

-- CreateIndex
CREATE INDEX "Offering_institutionId_idx" ON "Offering"("institutionId");

-- CreateIndex
CREATE INDEX "OfferingTrainer_userId_idx" ON "OfferingTrainer"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Lesson_offeringId_position_key" ON "Lesson"("offeringId", "position");

-- CreateIndex
CREATE INDEX "Enrolment_offeringId_status_waitSeq_idx" ON "Enrolment"("offeringId", "status", "waitSeq");

-- CreateIndex
CREATE INDEX "Enrolment_userId_createdAt_idx" ON "Enrolment"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "EnrolmentEvent_enrolmentId_createdAt_idx" ON "EnrolmentEvent"("enrolmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Attendance_enrolmentId_idx" ON "Attendance"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_enrolmentId_key" ON "Certificate"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Rating_serviceType_grade_idx" ON "Rating"("serviceType", "grade");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_serviceType_serviceId_userId_key" ON "Rating"("serviceType", "serviceId", "userId");

-- AddForeignKey
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferingTrainer" ADD CONSTRAINT "OfferingTrainer_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrolmentEvent" ADD CONSTRAINT "EnrolmentEvent_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the enrolment engine's guarantees live in the database.
-- Places taken (confirmed + open offers) never exceed the capacity, under any concurrency.
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_places_within_capacity" CHECK ("placesTaken" >= 0 AND "placesTaken" <= "capacity" AND "capacity" > 0);
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_window_order" CHECK ("enrolOpensAt" < "enrolClosesAt" AND "startsAt" < "endsAt");
-- One live enrolment per person per offering; a cancelled, declined, lapsed or left one may be followed by a new one at the back of the queue.
CREATE UNIQUE INDEX "Enrolment_one_live_per_person" ON "Enrolment"("offeringId", "userId") WHERE "status" IN ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'COMPLETED', 'NOT_COMPLETED');
-- A waitlist number is handed out once per offering.
CREATE UNIQUE INDEX "Enrolment_wait_seq" ON "Enrolment"("offeringId", "waitSeq") WHERE "waitSeq" IS NOT NULL;
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_time_order" CHECK ("startsAt" < "endsAt" AND "minutes" >= 0);
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_grade" CHECK ("grade" BETWEEN 1 AND 5);
