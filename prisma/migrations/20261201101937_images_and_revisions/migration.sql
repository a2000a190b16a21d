-- One image pipeline for every section (projects now, mentor photos, later stories and event
-- reports), and revisions: changes to an approved record that wait for staff.
-- Written by hand from the generated diff so that stored pictures are kept (a rename, not a
-- drop). Mentor photos were addresses on other hosts (loaded third-party content on public
-- pages); they cannot be fetched here, so they are dropped and mentors upload a photo instead.

-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- ProjectImage → Image
ALTER TABLE "ProjectImage" RENAME TO "Image";
ALTER TABLE "Image" RENAME CONSTRAINT "ProjectImage_pkey" TO "Image_pkey";
ALTER TABLE "Image" RENAME CONSTRAINT "ProjectImage_ownerId_fkey" TO "Image_ownerId_fkey";
ALTER TABLE "Image" RENAME CONSTRAINT "ProjectImage_projectId_fkey" TO "Image_projectId_fkey";
ALTER TABLE "Image" RENAME CONSTRAINT "ProjectImage_size_check" TO "Image_size_check";
ALTER TABLE "Image" RENAME CONSTRAINT "ProjectImage_dimensions_check" TO "Image_dimensions_check";
ALTER TABLE "Image" RENAME CONSTRAINT "ProjectImage_position_check" TO "Image_position_check";
ALTER TABLE "Image" RENAME CONSTRAINT "ProjectImage_alt_check" TO "Image_alt_check";
ALTER INDEX "ProjectImage_projectId_position_idx" RENAME TO "Image_projectId_position_idx";
ALTER INDEX "ProjectImage_ownerId_createdAt_idx" RENAME TO "Image_ownerId_createdAt_idx";
ALTER TABLE "Image" ADD COLUMN "attachedAt" TIMESTAMP(3);

-- Mentor photos: an uploaded picture
ALTER TABLE "Mentor" DROP COLUMN "photoUrl",
ADD COLUMN     "photoId" UUID;
ALTER TABLE "Mentor" ADD CONSTRAINT "Mentor_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "Revision" (
    "id" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "status" "RevisionStatus" NOT NULL DEFAULT 'PENDING',
    "data" JSONB NOT NULL,
    "changes" TEXT[],
    "reason" TEXT,
    "reviewerId" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Revision_entity_status_createdAt_idx" ON "Revision"("entity", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_entity_entityId_status_idx" ON "Revision"("entity", "entityId", "status");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: one pending revision per record; a later edit updates it
CREATE UNIQUE INDEX "Revision_one_pending" ON "Revision"("entity", "entityId") WHERE "status" = 'PENDING';
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_entity_check" CHECK ("entity" IN ('project', 'mentor'));
