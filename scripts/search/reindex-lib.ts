import type { Meilisearch, Task } from 'meilisearch'
import type { PrismaClient } from '../../server/generated/prisma/client'
import type { SearchEntity } from '../../server/search/outbox'
import { queueSearchSync, rebuildIndexName } from '../../server/search/outbox'

const BATCH = 5000

/**
 * A task once it has ended, polled every 250 ms. (The client's own waitForTask adds an abort
 * listener to one signal per poll and warns of a leak after ten polls of a long batch.)
 */
async function settled(client: Meilisearch, uid: number, timeoutMs: number): Promise<Task> {
  const until = Date.now() + timeoutMs
  while (true) {
    const task = await client.tasks.getTask(uid)
    if (task.status !== 'enqueued' && task.status !== 'processing') return task
    if (Date.now() > until) throw new Error(`indexing batch ${uid} still ${task.status} after ${timeoutMs / 1000} s`)
    await new Promise(resolve => setTimeout(resolve, 250))
  }
}

export interface ReindexProgress { phase: 'reading' | 'indexing', done: number, total: number }

/**
 * Rebuilds an entity's index from PostgreSQL into a fresh index and swaps it in (no moment
 * without an index). Changes committed meanwhile went to the old index; they are queued again.
 */
export async function reindexEntity(prisma: PrismaClient, client: Meilisearch, entity: SearchEntity, onProgress: (p: ReindexProgress) => void = () => {}): Promise<{ total: number, requeued: number }> {
  const since = new Date()
  const fresh = rebuildIndexName(entity.index, Date.now())
  try {
    await client.createIndex(entity.index, { primaryKey: 'id' }).waitTask().catch(() => {})
    await client.createIndex(fresh, { primaryKey: 'id' }).waitTask()
    await client.index(fresh).updateSettings(entity.settings).waitTask({ timeout: 120_000 })
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
      const task = await settled(client, uid, 900_000)
      if (task.status !== 'succeeded') throw new Error(`indexing batch ${uid} ${task.status}: ${task.error?.message ?? ''}`)
      indexed = Math.min(indexed + BATCH, total)
      onProgress({ phase: 'indexing', done: indexed, total })
    }
    await client.swapIndexes([{ indexes: [entity.index, fresh], rename: false }]).waitTask()
    await client.deleteIndex(fresh).waitTask()
    const changed = await entity.changedSince(prisma, since)
    if (changed.length) {
      await prisma.searchOutbox.createMany({ data: changed.map(entityId => ({ entity: entity.entity, entityId })) })
      await queueSearchSync(prisma)
    }
    return { total, requeued: changed.length }
  }
  catch (error) {
    await client.deleteIndex(fresh).waitTask().catch(() => {})
    throw error
  }
}
