import type { Meilisearch } from 'meilisearch'
import type { PrismaClient } from '../../server/generated/prisma/client'
import type { SearchEntity } from '../../server/search/outbox'
import { queueSearchSync, rebuildIndexName } from '../../server/search/outbox'
import { taskEnded } from '../../server/utils/search'

const BATCH = 5000

export interface ReindexProgress { phase: 'reading' | 'indexing', done: number, total: number }

/**
 * Rebuilds an entity's index from PostgreSQL into a fresh index and swaps it in (no moment
 * without an index). Changes committed meanwhile went to the old index; they are queued again.
 */
export async function reindexEntity(prisma: PrismaClient, client: Meilisearch, entity: SearchEntity, onProgress: (p: ReindexProgress) => void = () => {}): Promise<{ total: number, requeued: number }> {
  const since = new Date()
  const fresh = rebuildIndexName(entity.index, Date.now())
  try {
    await taskEnded(client, client.createIndex(entity.index, { primaryKey: 'id' })).catch(() => {})
    await taskEnded(client, client.createIndex(fresh, { primaryKey: 'id' }))
    await taskEnded(client, client.index(fresh).updateSettings(entity.settings), { timeoutMs: 120_000, intervalMs: 250 })
    const total = await entity.count(prisma)
    let done = 0
    let cursor: string | null = null
    // every batch is sent (Meilisearch queues and batches them itself), then their tasks are
    // awaited in order: one poll at a time, however many batches (not one poller per batch).
    // The next batch is read (PostgreSQL's work, in its own process) while this one is sent.
    const tasks: number[] = []
    let next = entity.page(prisma, cursor, BATCH)
    while (true) {
      const docs = await next
      if (!docs.length) break
      cursor = docs.at(-1)!.id
      next = entity.page(prisma, cursor, BATCH)
      // (if sending fails, the read ahead is not waited for: its own failure is not the error)
      next.catch(() => {})
      tasks.push((await client.index(fresh).addDocuments(docs)).taskUid)
      done += docs.length
      onProgress({ phase: 'reading', done, total })
    }
    let indexed = 0
    for (const uid of tasks) {
      const task = await taskEnded(client, uid, { timeoutMs: 900_000, intervalMs: 250 })
      if (task.status !== 'succeeded') throw new Error(`indexing batch ${uid} ${task.status}: ${task.error?.message ?? ''}`)
      indexed = Math.min(indexed + BATCH, total)
      onProgress({ phase: 'indexing', done: indexed, total })
    }
    await taskEnded(client, client.swapIndexes([{ indexes: [entity.index, fresh], rename: false }]))
    await taskEnded(client, client.deleteIndex(fresh))
    const changed = await entity.changedSince(prisma, since)
    if (changed.length) {
      await prisma.searchOutbox.createMany({ data: changed.map(entityId => ({ entity: entity.entity, entityId })) })
      await queueSearchSync(prisma)
    }
    return { total, requeued: changed.length }
  }
  catch (error) {
    await taskEnded(client, client.deleteIndex(fresh)).catch(() => {})
    throw error
  }
}
