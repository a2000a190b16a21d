-- AlterTable
ALTER TABLE "Project" DROP COLUMN "images";

-- CreateTable
CREATE TABLE "ProjectImage" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "projectId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "alt" TEXT NOT NULL DEFAULT '',
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectImage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectImage_projectId_position_idx" ON "ProjectImage"("projectId", "position");

-- CreateIndex
CREATE INDEX "ProjectImage_ownerId_createdAt_idx" ON "ProjectImage"("ownerId", "createdAt");

-- AddForeignKey
ALTER TABLE "ProjectImage" ADD CONSTRAINT "ProjectImage_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectImage" ADD CONSTRAINT "ProjectImage_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the bounds the upload service keeps, held by the database too. Project.images
-- (https addresses) is replaced by uploaded pictures; no form ever set it, so nothing is lost.
ALTER TABLE "ProjectImage"
  ADD CONSTRAINT "ProjectImage_size_check" CHECK ("size" > 0 AND "size" = octet_length("data") AND "size" <= 4194304),
  ADD CONSTRAINT "ProjectImage_dimensions_check" CHECK ("width" BETWEEN 1 AND 1600 AND "height" BETWEEN 1 AND 1600),
  ADD CONSTRAINT "ProjectImage_position_check" CHECK ("position" BETWEEN 0 AND 5),
  ADD CONSTRAINT "ProjectImage_alt_check" CHECK (char_length("alt") <= 120);
-- WebP is already compressed: store it out of line without another compression attempt
ALTER TABLE "ProjectImage" ALTER COLUMN "data" SET STORAGE EXTERNAL;
