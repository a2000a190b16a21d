-- AlterTable
ALTER TABLE "Mentor" ADD COLUMN     "acceptsAdvisees" BOOLEAN NOT NULL DEFAULT true;
