import { prisma } from '../utils/prisma'
import { searchClient, taskEnded } from '../utils/search'
import { log } from '../utils/log'
import { signal } from '../utils/notify'
import { PAGES_SIGNAL } from '../utils/page-cache'
import type { SearchDoc, SearchEntity, SearchEntityName } from './outbox'
import { queueSearchSync, rebuildStartedAt } from './outbox'
import { SEARCH_ENTITIES } from './registry'

/**
 * Keeps Meilisearch in step with PostgreSQL without losing an update, for every searchable
 * entity (projects, mentors):
 * - syncOutbox: pushes the current state of every record named in unprocessed SearchOutbox rows,
 *   waits for Meilisearch's task, then marks the rows done; on failure it records the error on
 *   the rows and schedules itself again (at most 5 s later), so the outbox drains soon after
 *   Meilisearch comes back.
 * - reconcile: compares the database with each index and queues whatever drifted.
 */
const BATCH = 1000

const settingsApplied = new Set<string>()

/** True when every setting we define already has that value in the index (attribute lists of filters and sorts in any order). */
export function settingsMatch(wanted: object, current: object): boolean {
  const unordered = new Set(['filterableAttributes', 'sortableAttributes', 'stopWords'])
  const same = (a: unknown, b: unknown, key = ''): boolean => {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return false
      if (unordered.has(key) || a.every(x => typeof x === 'string')) {
        const sa = unordered.has(key) ? [...a].sort() : a
        const sb = unordered.has(key) ? [...b].sort() : b
        return sa.every((x, i) => same(x, sb[i]))
      }
      return a.every((x, i) => same(x, b[i]))
    }
    if (a && typeof a === 'object') {
      if (!b || typeof b !== 'object') return false
      return Object.entries(a).every(([k, v]) => same(v, (b as Record<string, unknown>)[k], k))
    }
    return a === b
  }
  return same(wanted, current)
}

/**
 * Creates the entity's index and applies its settings when they differ (idempotent; once per
 * process). Unchanged settings are not sent again: on a large index even a no-op settings task
 * would queue ahead of the first document update after a restart.
 */
export async function ensureIndex(entity: SearchEntity): Promise<void> {
  const client = searchClient()
  if (!client || settingsApplied.has(entity.index)) return
  await taskEnded(client, client.createIndex(entity.index, { primaryKey: 'id' }), { timeoutMs: 30_000 }).catch(() => {})
  const index = client.index(entity.index)
  const current = await index.getSettings().catch(() => null)
  if (!current || !settingsMatch(entity.settings, current)) await taskEnded(client, index.updateSettings(entity.settings), { timeoutMs: 60_000 })
  settingsApplied.add(entity.index)
}

export interface SyncResult { processed: number, failed: boolean, retryInMs?: number }

/** After a failure, this process waits out the backoff before it tries Meilisearch again. */
let retryNotBefore = 0

export async function syncOutbox(): Promise<SyncResult> {
  const client = searchClient()
  if (!client) return { processed: 0, failed: false }
  // a change made while Meilisearch is down queues the job at once; it waits for the retry
  if (Date.now() < retryNotBefore) return { processed: 0, failed: true, retryInMs: retryNotBefore - Date.now() }
  let processed = 0
  while (true) {
    const rows = await prisma.searchOutbox.findMany({ where: { processedAt: null }, orderBy: { id: 'asc' }, take: BATCH, select: { id: true, entity: true, entityId: true, attempts: true } })
    if (!rows.length) return { processed, failed: false }
    try {
      for (const [name, entity] of Object.entries(SEARCH_ENTITIES) as [SearchEntityName, SearchEntity][]) {
        const ids = [...new Set(rows.filter(r => r.entity === name).map(r => r.entityId))]
        if (!ids.length) continue
        await ensureIndex(entity)
        const docs = await entity.load(prisma, ids)
        const gone = ids.filter(id => !docs.some(d => d.id === id))
        const index = client.index(entity.index)
        // a one-document update takes Meilisearch ~10 ms: poll its task often (the default is 50 ms)
        if (docs.length) await taskEnded(client, index.addDocuments(docs), { timeoutMs: 60_000, intervalMs: 10 })
        if (gone.length) await taskEnded(client, index.deleteDocuments(gone), { timeoutMs: 60_000, intervalMs: 10 })
      }
      await prisma.searchOutbox.updateMany({ where: { id: { in: rows.map(r => r.id) } }, data: { processedAt: new Date(), lastError: null } })
      processed += rows.length
      // the listed pages read the index: every instance's copies of them are out of date now
      signal(PAGES_SIGNAL)
    }
    catch (error) {
      const attempts = Math.max(...rows.map(r => r.attempts)) + 1
      await prisma.searchOutbox.updateMany({ where: { id: { in: rows.map(r => r.id) } }, data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 500) } })
      // soon, and never far: the outbox must drain within seconds of Meilisearch's return (a
      // failed attempt costs one refused request and one UPDATE of the pending rows)
      const retryInMs = Math.min(5000, 500 * 2 ** Math.min(attempts, 4))
      retryNotBefore = Date.now() + retryInMs
      log.warn('search sync failed; will retry', { pending: rows.length, attempts, retryInMs, error: String(error) })
      return { processed, failed: true, retryInMs }
    }
  }
}

/** Runs the sync job again after `ms` (one pending sync job at most, thanks to its job key). */
export async function scheduleSync(ms: number): Promise<void> {
  await queueSearchSync(prisma, ms)
}

export interface ReconcileResult { queued: number, indexed: number, expected: number, skipped?: 'rebuilding' }

/** A rebuild that has not ended after this long is taken for a crashed one (its index left behind). */
const REBUILD_STALE_MS = 60 * 60_000

/** Whether a full reindex of `index` is under way (a fresh rebuild index exists). */
async function rebuilding(client: NonNullable<ReturnType<typeof searchClient>>, index: string): Promise<boolean> {
  const { results } = await client.getIndexes({ limit: 1000 })
  return results.some((i) => {
    const started = rebuildStartedAt(index, i.uid)
    return started !== null && Date.now() - started < REBUILD_STALE_MS
  })
}

/** Compares the database with the entity's index and queues every record whose entry is missing, stale, of an older document shape, or should not be there. */
export async function reconcile(name: SearchEntityName): Promise<ReconcileResult> {
  const client = searchClient()
  if (!client) return { queued: 0, indexed: 0, expected: 0 }
  const entity = SEARCH_ENTITIES[name]
  // while a full reindex runs, the live index is the old one and the drift is already being
  // repaired: queueing it all again would push every record twice (the reindex queues what
  // changed while it ran)
  if (await rebuilding(client, entity.index)) {
    log.info('search reconcile skipped: a reindex is under way', { entity: name })
    return { queued: 0, indexed: 0, expected: 0, skipped: 'rebuilding' }
  }
  await ensureIndex(entity)
  const expected = await entity.expected(prisma)
  const indexed = new Map<string, number>()
  const outdated = new Set<string>()
  const version = entity.docVersion ?? 1
  const index = client.index<SearchDoc>(entity.index)
  for (let offset = 0; ; offset += 5000) {
    const page = await index.getDocuments({ fields: ['id', 'updatedAt', 'docVersion'], limit: 5000, offset })
    for (const d of page.results) {
      indexed.set(d.id, d.updatedAt)
      if ((d.docVersion ?? 1) !== version) outdated.add(d.id)
    }
    if (page.results.length < 5000) break
    await new Promise(resolve => setImmediate(resolve))
  }
  const drift: string[] = []
  for (const [id, updatedAt] of expected) if (indexed.get(id) !== updatedAt || outdated.has(id)) drift.push(id)
  for (const id of indexed.keys()) if (!expected.has(id)) drift.push(id)
  if (drift.length) {
    await prisma.$transaction(async (tx) => {
      for (let i = 0; i < drift.length; i += 5000) {
        await tx.searchOutbox.createMany({ data: drift.slice(i, i + 5000).map(entityId => ({ entity: name, entityId })) })
      }
      await queueSearchSync(tx)
    })
    log.info('search reconcile queued drifted records', { entity: name, queued: drift.length })
  }
  return { queued: drift.length, indexed: indexed.size, expected: expected.size }
}

export async function reconcileAll(): Promise<void> {
  for (const name of Object.keys(SEARCH_ENTITIES) as SearchEntityName[]) await reconcile(name)
}
