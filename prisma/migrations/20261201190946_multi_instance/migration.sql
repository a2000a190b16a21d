-- CreateTable
CREATE TABLE "JobWorker" (
    "workerId" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobWorker_pkey" PRIMARY KEY ("workerId")
);

-- CreateIndex
CREATE INDEX "JobWorker_seenAt_idx" ON "JobWorker"("seenAt");

-- Cross-instance cache invalidation (server/utils/notify.ts): any change to the tables behind
-- an in-process cache, by the app, the seed or psql, signals every listening server instance
-- at commit. The payload names the cache (server/services/reference.ts, loans/store.ts).
CREATE FUNCTION starthub_signal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('starthub_signal', TG_ARGV[0]);
  RETURN NULL;
END
$$;

CREATE TRIGGER "City_signal" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "City"
  FOR EACH STATEMENT EXECUTE FUNCTION starthub_signal('reference');
CREATE TRIGGER "ProjectCategory_signal" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProjectCategory"
  FOR EACH STATEMENT EXECUTE FUNCTION starthub_signal('reference');
CREATE TRIGGER "LoanRuleSetVersion_signal" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LoanRuleSetVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION starthub_signal('loans');
CREATE TRIGGER "HolidayYear_signal" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HolidayYear"
  FOR EACH STATEMENT EXECUTE FUNCTION starthub_signal('loans');
CREATE TRIGGER "LprFixing_signal" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LprFixing"
  FOR EACH STATEMENT EXECUTE FUNCTION starthub_signal('loans');
