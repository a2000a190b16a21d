-- AlterTable
ALTER TABLE "City" ADD COLUMN     "parentId" INTEGER;

-- AddForeignKey
ALTER TABLE "City" ADD CONSTRAINT "City_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: an area belongs to a city, not to itself; the reference data's one area today
-- (the seed sets the same on every run; this updates databases seeded before it)
ALTER TABLE "City" ADD CONSTRAINT "City_parent_check" CHECK ("parentId" IS NULL OR "parentId" <> "id");
UPDATE "City" c SET "parentId" = p."id" FROM "City" p WHERE c."code" = 'jiutai' AND p."code" = 'changchun';
