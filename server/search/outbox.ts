import type { Settings } from 'meilisearch'
import type { Prisma, PrismaClient } from '../generated/prisma/client'
import { addJob } from '../utils/jobs'
import type { SearchEntityName } from './registry'

/**
 * The contract between searchable records and the search_sync job. A change to a searchable
 * record calls enqueueSearchSync inside its own transaction; the job (sync.ts) pushes the
 * record's current state to the entity's index, or deletes it when it no longer belongs.
 * Entity functions take the database client, so scripts and benchmarks can point them elsewhere.
 */
export const SEARCH_SYNC_TASK = 'search_sync'

/** The index a full reindex builds beside the live one, then swaps in (scripts/search/reindex-lib.ts). */
export const rebuildIndexName = (index: string, startedAt: number) => `${index}_rebuild_${startedAt}`
/** When the rebuild index `uid` of `index` was started (ms), or null when it is not one. */
export function rebuildStartedAt(index: string, uid: string): number | null {
  const m = /^(.+)_rebuild_(\d+)$/.exec(uid)
  return m && m[1] === index ? Number(m[2]) : null
}

export type { SearchEntityName } from './registry'

export interface SearchDoc {
  id: string
  /** ms since epoch; reconciliation compares it with the database */
  updatedAt: number
  /** the document's shape (absent = 1); reconciliation rewrites documents of another version */
  docVersion?: number
}

export interface SearchEntity<D extends SearchDoc = SearchDoc> {
  entity: SearchEntityName
  index: string
  settings: Settings
  /** the version of the documents `load` and `page` make (absent = 1); see SearchDoc.docVersion */
  docVersion?: number
  /** the current documents of those ids that belong in the index (others are deleted from it) */
  load: (db: PrismaClient, ids: string[]) => Promise<D[]>
  /** every record that belongs in the index: id → updatedAt (ms) */
  expected: (db: PrismaClient) => Promise<Map<string, number>>
  /** documents in id order, for a full rebuild */
  page: (db: PrismaClient, afterId: string | null, take: number) => Promise<D[]>
  count: (db: PrismaClient) => Promise<number>
  /** ids changed since a moment (a rebuild queues them again) */
  changedSince: (db: PrismaClient, since: Date) => Promise<string[]>
}

/** The job queue's named queue for sync jobs: they run one at a time, so an older read of a
 * record can never be pushed after a newer one. */
export const SEARCH_SYNC_QUEUE = 'search'

/** The job queue runs lower numbers first (0 unless set); a held place's offer mail is -10. */
export const SEARCH_SYNC_PRIORITY = -10

/**
 * Queues the sync job (one pending job at most, thanks to its key). `preserve_run_at` keeps a
 * pending job's time: a delayed run (a retry after a failure) never postpones a run that is
 * already due, and while Meilisearch is down, new changes wait for the pending retry (at most
 * 5 s away, see sync.ts) instead of each failing at once. It goes ahead of the other jobs
 * (`SEARCH_SYNC_PRIORITY`): a change is searchable within a second or two even while a crowd's
 * mails are queued before it.
 */
export async function queueSearchSync(db: Pick<Prisma.TransactionClient, '$executeRaw'>, delayMs = 0): Promise<void> {
  await addJob(db, SEARCH_SYNC_TASK, {}, { queueName: SEARCH_SYNC_QUEUE, delayMs, jobKey: SEARCH_SYNC_TASK, jobKeyMode: 'preserve_run_at', maxAttempts: 1000, priority: SEARCH_SYNC_PRIORITY })
}

export async function enqueueSearchSync(tx: Prisma.TransactionClient, entity: SearchEntityName, ids: string[]): Promise<void> {
  if (!ids.length) return
  await tx.searchOutbox.createMany({ data: ids.map(entityId => ({ entity, entityId })) })
  await queueSearchSync(tx)
}
