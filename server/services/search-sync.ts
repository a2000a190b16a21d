import { prisma } from '../utils/prisma'
import { searchClient } from '../utils/search'
import { log } from '../utils/log'
import { PROJECT_INDEX_SETTINGS, PROJECTS_INDEX, SEARCH_SYNC_TASK, projectDocSelect, toProjectDoc } from './project-search'
import type { ProjectDoc } from './project-search'

/**
 * Keeps Meilisearch in step with PostgreSQL without losing an update:
 * - syncOutbox: pushes the current state of every record named in unprocessed SearchOutbox rows,
 *   waits for Meilisearch's task, then marks the rows done; on failure it records the error on
 *   the rows and schedules itself again (at most 30 s later), so the outbox drains soon after
 *   Meilisearch comes back.
 * - reconcile: compares the published projects with the index and queues whatever drifted.
 */
const BATCH = 1000

let settingsApplied = false

/** Creates the index and applies its settings (idempotent; once per process). */
export async function ensureProjectIndex(): Promise<void> {
  const client = searchClient()
  if (!client || settingsApplied) return
  await client.createIndex(PROJECTS_INDEX, { primaryKey: 'id' }).waitTask({ timeout: 30_000 }).catch(() => {})
  await client.index(PROJECTS_INDEX).updateSettings(PROJECT_INDEX_SETTINGS).waitTask({ timeout: 60_000 })
  settingsApplied = true
}

export interface SyncResult { processed: number, failed: boolean, retryInMs?: number }

export async function syncOutbox(): Promise<SyncResult> {
  const client = searchClient()
  if (!client) return { processed: 0, failed: false }
  let processed = 0
  while (true) {
    const rows = await prisma.searchOutbox.findMany({ where: { processedAt: null }, orderBy: { id: 'asc' }, take: BATCH, select: { id: true, entityId: true, attempts: true } })
    if (!rows.length) return { processed, failed: false }
    const ids = [...new Set(rows.map(r => r.entityId))]
    try {
      await ensureProjectIndex()
      const projects = await prisma.project.findMany({ where: { id: { in: ids } }, select: projectDocSelect })
      const published = projects.filter(p => p.status === 'PUBLISHED')
      const docs: ProjectDoc[] = published.map(toProjectDoc)
      const gone = ids.filter(id => !published.some(p => p.id === id))
      const index = client.index<ProjectDoc>(PROJECTS_INDEX)
      if (docs.length) await index.addDocuments(docs).waitTask({ timeout: 60_000 })
      if (gone.length) await index.deleteDocuments(gone).waitTask({ timeout: 60_000 })
      await prisma.searchOutbox.updateMany({ where: { id: { in: rows.map(r => r.id) } }, data: { processedAt: new Date(), lastError: null } })
      processed += rows.length
    }
    catch (error) {
      const attempts = Math.max(...rows.map(r => r.attempts)) + 1
      await prisma.searchOutbox.updateMany({ where: { id: { in: rows.map(r => r.id) } }, data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 500) } })
      const retryInMs = Math.min(30_000, 500 * 2 ** Math.min(attempts, 6))
      log.warn('search sync failed; will retry', { pending: rows.length, attempts, retryInMs, error: String(error) })
      return { processed, failed: true, retryInMs }
    }
  }
}

/** Runs the sync job again after `ms` (one pending sync job at most, thanks to its job key). */
export async function scheduleSync(ms: number): Promise<void> {
  await prisma.$executeRaw`SELECT graphile_worker.add_job(${SEARCH_SYNC_TASK}, '{}'::json, job_key => ${SEARCH_SYNC_TASK}, run_at => now() + make_interval(secs => ${ms / 1000}), max_attempts => 1000)`
}

export interface ReconcileResult { queued: number, indexed: number, published: number }

/** Compares the database with the index and queues every project whose entry is missing, stale or should not be there. */
export async function reconcileProjects(): Promise<ReconcileResult> {
  const client = searchClient()
  if (!client) return { queued: 0, indexed: 0, published: 0 }
  await ensureProjectIndex()
  const published = new Map<string, number>()
  for (const p of await prisma.project.findMany({ where: { status: 'PUBLISHED' }, select: { id: true, updatedAt: true } })) {
    published.set(p.id, p.updatedAt.getTime())
  }
  const indexed = new Map<string, number>()
  const index = client.index<ProjectDoc>(PROJECTS_INDEX)
  for (let offset = 0; ; offset += 10_000) {
    const page = await index.getDocuments({ fields: ['id', 'updatedAt'], limit: 10_000, offset })
    for (const d of page.results) indexed.set(d.id, d.updatedAt)
    if (page.results.length < 10_000) break
  }
  const drift: string[] = []
  for (const [id, updatedAt] of published) if (indexed.get(id) !== updatedAt) drift.push(id)
  for (const id of indexed.keys()) if (!published.has(id)) drift.push(id)
  if (drift.length) {
    await prisma.$transaction(async (tx) => {
      for (let i = 0; i < drift.length; i += 5000) {
        await tx.searchOutbox.createMany({ data: drift.slice(i, i + 5000).map(entityId => ({ entity: 'project', entityId })) })
      }
      await tx.$executeRaw`SELECT graphile_worker.add_job(${SEARCH_SYNC_TASK}, '{}'::json, job_key => ${SEARCH_SYNC_TASK}, max_attempts => 1000)`
    })
    log.info('search reconcile queued drifted projects', { queued: drift.length })
  }
  return { queued: drift.length, indexed: indexed.size, published: published.size }
}
