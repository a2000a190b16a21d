-- Hand-written: indexes for the degraded search path (PostgreSQL answers /api/projects while
-- Meilisearch is unreachable). Chinese has no spaces, so full-text search finds nothing and
-- pg_trgm cannot index words of one or two characters; a GIN index over each text's Chinese
-- unigrams and bigrams can. See server/services/project-search.ts (termSql).

-- The searchable text of a project, lower-cased (title, summary, tags).
CREATE OR REPLACE FUNCTION starthub_search_text(title text, summary text, tags text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(title || ' ' || summary || ' ' || array_to_string(tags, ' ')) $$;

-- Every Chinese character and every pair of adjacent Chinese characters in a text.
CREATE OR REPLACE FUNCTION starthub_cjk_grams(t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
      SELECT substr(t, i, 1) AS g FROM generate_series(1, length(t)) AS i
      UNION ALL
      SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i
    ) AS grams
    WHERE g ~ '^[一-鿿]+$'
  $$;

CREATE INDEX "Project_search_grams_idx" ON "Project" USING gin (starthub_cjk_grams(starthub_search_text(title, summary, tags))) WHERE status = 'PUBLISHED';
CREATE INDEX "Project_search_trgm_idx" ON "Project" USING gin (starthub_search_text(title, summary, tags) gin_trgm_ops) WHERE status = 'PUBLISHED';

-- The facet columns of published projects, so facet counts can come from an index-only scan.
CREATE INDEX "Project_facets_idx" ON "Project" ("categoryId", "cityId", "riskLevel", "sourceType", recommended, "investmentMin") INCLUDE ("suitableFor") WHERE status = 'PUBLISHED';

-- The per-column trigram indexes of project_library are replaced by the ones above.
DROP INDEX IF EXISTS "Project_title_trgm";
DROP INDEX IF EXISTS "Project_summary_trgm";
