import type { Meilisearch } from 'meilisearch'
import type { PrismaClient } from '../../server/generated/prisma/client'
import { PROJECT_INDEX_SETTINGS, PROJECTS_INDEX, projectDocSelect, toProjectDoc } from '../../server/services/project-search'

const BATCH = 5000

export interface ReindexProgress { phase: 'reading' | 'indexing', done: number, total: number }

/**
 * Rebuilds the projects index from PostgreSQL into a fresh index and swaps it in (no moment
 * without an index). Changes committed meanwhile went to the old index; they are queued again.
 */
export async function reindexProjects(prisma: PrismaClient, client: Meilisearch, onProgress: (p: ReindexProgress) => void = () => {}): Promise<{ total: number, requeued: number }> {
  const since = new Date()
  const fresh = `${PROJECTS_INDEX}_rebuild_${Date.now()}`
  try {
    await client.createIndex(PROJECTS_INDEX, { primaryKey: 'id' }).waitTask().catch(() => {})
    await client.createIndex(fresh, { primaryKey: 'id' }).waitTask()
    await client.index(fresh).updateSettings(PROJECT_INDEX_SETTINGS).waitTask({ timeout: 120_000 })
    const total = await prisma.project.count({ where: { status: 'PUBLISHED' } })
    let done = 0
    let cursor: string | undefined
    const tasks: Promise<unknown>[] = []
    while (true) {
      const rows = await prisma.project.findMany({
        where: { status: 'PUBLISHED' },
        select: projectDocSelect,
        orderBy: { id: 'asc' },
        take: BATCH,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      })
      if (!rows.length) break
      cursor = rows.at(-1)!.id
      tasks.push(client.index(fresh).addDocuments(rows.map(toProjectDoc)).waitTask({ timeout: 900_000, interval: 250 }))
      done += rows.length
      onProgress({ phase: 'reading', done, total })
    }
    let indexed = 0
    for (const t of tasks) {
      await t
      indexed = Math.min(indexed + BATCH, total)
      onProgress({ phase: 'indexing', done: indexed, total })
    }
    await client.swapIndexes([{ indexes: [PROJECTS_INDEX, fresh], rename: false }]).waitTask()
    await client.deleteIndex(fresh).waitTask()
    const requeued = await prisma.$executeRaw`INSERT INTO "SearchOutbox" ("entity", "entityId") SELECT 'project', "id"::text FROM "Project" WHERE "updatedAt" >= ${since}`
    await prisma.$executeRaw`SELECT graphile_worker.add_job('search_sync', '{}'::json, job_key => 'search_sync', max_attempts => 1000)`
    return { total, requeued }
  }
  catch (error) {
    await client.deleteIndex(fresh).waitTask().catch(() => {})
    throw error
  }
}
