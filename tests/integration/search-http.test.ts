import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Meilisearch } from 'meilisearch'
import { describe, expect, inject, it } from 'vitest'
import { freePort } from '../../scripts/lib/services'
import { SEARCH_PAUSE_AFTER_TIMEOUT_MS, SearchHttpError, searchHttpClient } from '../../server/utils/search-http'
import { taskEnded } from '../../server/utils/search'

/** The Meilisearch client's node:http transport, against the real Meilisearch of the test stack. */
const client = () => new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('meiliKey'), httpClient: searchHttpClient, timeout: 500 })

describe('the search transport', () => {
  it('answers as the client\'s own transport does: JSON for 2xx, and a task to wait for', async () => {
    const c = client()
    expect((await c.health()).status).toBe('available')
    const name = `transport_${Date.now()}`
    await c.createIndex(name, { primaryKey: 'id' }).waitTask({ timeout: 10_000, interval: 20 })
    const task = await c.index(name).addDocuments([{ id: 1, title: '奶茶店 milk tea' }]).waitTask({ timeout: 10_000, interval: 20 })
    expect(task.status).toBe('succeeded')
    const { results } = await c.multiSearch({ queries: [{ indexUid: name, q: '奶茶' }] })
    expect(results[0]!.hits).toEqual([{ id: 1, title: '奶茶店 milk tea' }])
    await c.deleteIndex(name).waitTask({ timeout: 10_000, interval: 20 })
  })

  it('waits for a task of many polls without a warning of leaked listeners, and hands back a failed one as it ended', async () => {
    const c = client()
    const warnings: string[] = []
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`)
    process.on('warning', onWarning)
    const name = `transport_polls_${Date.now()}`
    try {
      await taskEnded(c, c.createIndex(name, { primaryKey: 'id' }), { timeoutMs: 10_000, intervalMs: 1 })
      const docs = Array.from({ length: 3000 }, (_, i) => ({ id: i, title: `奶茶店 ${i} milk tea shop number ${i}` }))
      const added = await taskEnded(c, c.index(name).addDocuments(docs), { timeoutMs: 30_000, intervalMs: 1 })
      expect(added.status).toBe('succeeded')
      const failed = await taskEnded(c, c.index(name).addDocuments([{ title: 'no id' }]), { timeoutMs: 10_000, intervalMs: 1 })
      expect(failed.status).toBe('failed')
      await expect(taskEnded(c, c.index(name).addDocuments(docs), { timeoutMs: 0, intervalMs: 1 })).rejects.toThrow(/still (enqueued|processing)/)
      await new Promise(resolve => setImmediate(resolve))
      expect(warnings.filter(w => /MaxListeners/.test(w))).toEqual([])
    }
    finally {
      process.off('warning', onWarning)
      await taskEnded(c, c.deleteIndex(name), { timeoutMs: 30_000 }).catch(() => {})
    }
  })

  it('rejects with Meilisearch\'s status, code and message', async () => {
    // the client wraps what its transport throws (as `cause`), as it does with fetch's errors
    const error = await client().index('no_such_index_here').getSettings().catch((e: { cause?: unknown }) => e.cause)
    expect(error).toBeInstanceOf(SearchHttpError)
    expect(error).toMatchObject({ status: 404, code: 'index_not_found' })
    const refused = await new Meilisearch({ host: inject('meiliUrl'), apiKey: 'wrong-key', httpClient: searchHttpClient }).health().catch(() => 'health needs no key')
    expect(refused).toMatchObject({ status: 'available' })
    const forbidden = await new Meilisearch({ host: inject('meiliUrl'), apiKey: 'wrong-key', httpClient: searchHttpClient }).getIndexes().catch((e: { cause?: unknown }) => e.cause)
    expect(forbidden).toMatchObject({ status: 403, code: 'invalid_api_key' })
  })

  it('rejects when nothing listens, and gives up at the client\'s timeout when the answer never comes', async () => {
    const nobody = new Meilisearch({ host: `http://127.0.0.1:${await freePort()}`, httpClient: searchHttpClient, timeout: 500 })
    await expect(nobody.health()).rejects.toThrow()
    const silent = createServer(() => {}) // accepts, never answers
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    try {
      const hung = new Meilisearch({ host: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, httpClient: searchHttpClient, timeout: 300 })
      const started = Date.now()
      await expect(hung.health()).rejects.toThrow()
      expect(Date.now() - started).toBeLessThan(2000)
    }
    finally {
      silent.closeAllConnections()
      silent.close()
    }
  })

  it('after a timeout, fails at once for a few seconds without asking the host, then asks again', async () => {
    // answers nothing to the first request, then answers every request
    let requests = 0
    const slow = createServer((req, res) => {
      if (++requests === 1) return
      res.setHeader('content-type', 'application/json')
      res.end('{"status":"available"}')
    })
    await new Promise<void>(resolve => slow.listen(0, '127.0.0.1', resolve))
    try {
      const host = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`
      const c = new Meilisearch({ host, httpClient: searchHttpClient, timeout: 300 })
      await expect(c.health()).rejects.toThrow()
      const pausedAt = Date.now()
      // while paused: a failure with a code of its own, without asking the host
      const paused = await c.health().catch((e: { cause?: unknown }) => e.cause)
      expect(paused).toMatchObject({ status: 0, code: 'search_paused' })
      expect(requests).toBe(1)
      // another host is not paused with it
      expect((await client().health()).status).toBe('available')
      // after the pause the host is asked again, and answers
      await new Promise(r => setTimeout(r, SEARCH_PAUSE_AFTER_TIMEOUT_MS - (Date.now() - pausedAt) + 50))
      expect((await c.health()).status).toBe('available')
      expect(requests).toBe(2)
    }
    finally {
      slow.closeAllConnections()
      slow.close()
    }
  })
})
