import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Meilisearch } from 'meilisearch'
import { describe, expect, inject, it } from 'vitest'
import { freePort } from '../../scripts/lib/services'
import { SearchHttpError, searchHttpClient } from '../../server/utils/search-http'

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
})
