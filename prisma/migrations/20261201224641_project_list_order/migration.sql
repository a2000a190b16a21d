-- The orders of the project list when PostgreSQL answers it (degraded mode, Meilisearch down):
-- one partial index per order over the published projects, so that a page of a broad list
-- (every project sorted by investment, or a city's projects in the default order) is read in
-- index order and stops at its 20 rows instead of sorting every published row (at 100k projects:
-- "sort by investment" 201 ms → 0.3 ms). They match server/search/specs/projects.ts's `order`.
CREATE INDEX "Project_order_default_idx" ON "Project" (recommended DESC, "publishedAt" DESC NULLS LAST, id) WHERE status = 'PUBLISHED';
-- ascending, and read backwards for the descending order ("investmentMin" DESC, id DESC)
CREATE INDEX "Project_order_investment_idx" ON "Project" ("investmentMin", id) WHERE status = 'PUBLISHED';
CREATE INDEX "Project_order_rating_idx" ON "Project" (rating DESC NULLS LAST, id) WHERE status = 'PUBLISHED';
CREATE INDEX "Project_order_newest_idx" ON "Project" ("publishedAt" DESC NULLS LAST, id) WHERE status = 'PUBLISHED';
