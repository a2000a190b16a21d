import { Meilisearch } from 'meilisearch'
import { describe, expect, inject, it } from 'vitest'
import type { ReindexProgress } from '../../scripts/search/reindex-lib'
import { reindexEntity } from '../../scripts/search/reindex-lib'
import type { SearchDoc, SearchEntity } from '../../server/search/outbox'
import { rebuildStartedAt } from '../../server/search/outbox'
import { searchHttpClient } from '../../server/utils/search-http'
import { db } from '../support/db'
import { token } from '../support/mentors'

/** The full reindex (npm run search:reindex) against the real Meilisearch of the test stack. */
const client = () => new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('meiliKey'), httpClient: searchHttpClient })

interface Doc extends SearchDoc { title: string }

/**
 * An entity over documents held here, read three at a time (so that a handful of documents
 * makes several batches), into its own index.
 */
function entityOf(index: string, docs: Doc[]): SearchEntity<Doc> {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1))
  return {
    entity: 'project',
    index,
    settings: { searchableAttributes: ['title'] },
    load: async (_db, wanted) => sorted.filter(d => wanted.includes(d.id)),
    expected: async () => new Map(sorted.map(d => [d.id, d.updatedAt])),
    page: async (_db, afterId, take) => sorted.filter(d => afterId === null || d.id > afterId).slice(0, Math.min(3, take)),
    count: async () => sorted.length,
    changedSince: async () => [],
  }
}

const docs = (tk: string, n: number): Doc[] => Array.from({ length: n }, (_, i) => ({ id: `${tk}-${String(i).padStart(2, '0')}`, title: `奶茶店 ${tk} ${i}`, updatedAt: 1 }))

async function ids(c: Meilisearch, index: string): Promise<string[]> {
  const { results } = await c.index(index).getDocuments<Doc>({ limit: 100, fields: ['id'] })
  return results.map(d => d.id).sort()
}

async function rebuildIndexesOf(c: Meilisearch, index: string): Promise<string[]> {
  const { results } = await c.getIndexes({ limit: 1000 })
  return results.map(i => i.uid).filter(uid => rebuildStartedAt(index, uid) !== null)
}

describe('the full reindex', () => {
  it('builds a fresh index batch by batch and swaps it in: what was only in the old index is gone, no rebuild index is left', async () => {
    const c = client()
    const tk = token().slice(0, 8)
    const index = `reindex_${tk}`
    try {
      // the live index holds a document the database no longer has
      await c.createIndex(index, { primaryKey: 'id' }).waitTask()
      await c.index(index).addDocuments([{ id: `${tk}-gone`, title: '已下架', updatedAt: 1 }]).waitTask()
      const all = docs(tk, 8)
      const progress: ReindexProgress[] = []
      const result = await reindexEntity(db, c, entityOf(index, all), p => progress.push(p))
      expect(result).toEqual({ total: 8, requeued: 0 })
      expect(await ids(c, index)).toEqual(all.map(d => d.id))
      expect((await c.index(index).search('奶茶店', { limit: 20 })).hits).toHaveLength(8)
      // three batches read, then awaited in order, and progress says so
      expect(progress.filter(p => p.phase === 'reading').map(p => p.done)).toEqual([3, 6, 8])
      expect(progress.at(-1)).toEqual({ phase: 'indexing', done: 8, total: 8 })
      expect(await rebuildIndexesOf(c, index)).toEqual([])
    }
    finally {
      await c.deleteIndex(index).waitTask().catch(() => {})
    }
  })

  it('stops at a batch Meilisearch refused, says which and why, and leaves the live index as it was and no rebuild index behind', async () => {
    const c = client()
    const tk = token().slice(0, 8)
    const index = `reindex_${tk}`
    try {
      const before = docs(tk, 4)
      await c.createIndex(index, { primaryKey: 'id' }).waitTask()
      await c.index(index).addDocuments(before).waitTask()
      // the second batch holds a document whose id Meilisearch does not accept
      const broken = [...docs(tk, 6), { id: `${tk}-04 bad id!`, title: '坏记录', updatedAt: 1 }]
      await expect(reindexEntity(db, c, entityOf(index, broken))).rejects.toThrow(/indexing batch \d+ failed: .*document identifier/i)
      expect(await ids(c, index)).toEqual(before.map(d => d.id))
      expect(await rebuildIndexesOf(c, index)).toEqual([])
    }
    finally {
      await c.deleteIndex(index).waitTask().catch(() => {})
    }
  })
})
