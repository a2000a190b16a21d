import type { Prisma } from '../generated/prisma/client'

/**
 * Jobs on the PostgreSQL queue (graphile-worker), added or removed inside the caller's
 * transaction: if the transaction rolls back, the job never existed. Every domain queues its
 * background work through these two functions.
 */
type Db = Pick<Prisma.TransactionClient, '$executeRaw'>

/** jobs one instance runs at once (graphile-worker's concurrency); the SMTP pool holds as many connections */
export const JOB_CONCURRENCY = 4

export interface JobOptions {
  /** when the job may run (default: now) */
  runAt?: Date
  /** run it this many ms from the database's now() instead (for retries; ignores runAt) */
  delayMs?: number
  /** one pending job per key */
  jobKey?: string
  /** what a second add with the same key does: replace the pending job (default), or keep its run time */
  jobKeyMode?: 'replace' | 'preserve_run_at'
  /** jobs of one named queue run one at a time, in order */
  queueName?: string
  maxAttempts?: number
  /** lower runs sooner (default 0): time-critical work (a held place's offer) goes ahead of a backlog */
  priority?: number
}

export async function addJob(db: Db, task: string, payload: Record<string, unknown>, opts: JobOptions = {}): Promise<void> {
  const json = JSON.stringify(payload)
  const runAt = opts.delayMs !== undefined ? null : (opts.runAt ?? null)
  const delaySecs = opts.delayMs !== undefined ? opts.delayMs / 1000 : null
  await db.$executeRaw`SELECT graphile_worker.add_job(
    ${task}, ${json}::json,
    queue_name => ${opts.queueName ?? null}::text,
    run_at => coalesce(${runAt}::timestamptz, now() + make_interval(secs => coalesce(${delaySecs}::float8, 0))),
    max_attempts => ${opts.maxAttempts ?? 25}::int,
    priority => ${opts.priority ?? 0}::int,
    job_key => ${opts.jobKey ?? null}::text,
    job_key_mode => ${opts.jobKeyMode ?? 'replace'}::text)`
}

/** Removes a pending job by its key (nothing happens when there is none). */
export async function removeJob(db: Db, jobKey: string): Promise<void> {
  await db.$executeRaw`SELECT graphile_worker.remove_job(${jobKey})`
}
