import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/lib/services'
import { startBuiltServer, type RunningServer } from '../support/server'

/**
 * A second server whose database is unreachable and which has no Meilisearch and no SMTP
 * configured (as on a platform without the bundled Meilisearch binary): it must start, say what
 * is down, degrade its pages and never show a stack trace.
 */
let server: RunningServer
beforeAll(async () => {
  const deadPort = await freePort()
  server = await startBuiltServer(await freePort(), { DATABASE_URL: `postgresql://postgres:x@127.0.0.1:${deadPort}/nothing` })
})
afterAll(async () => {
  await server?.stop()
})

describe('when the database, search and mail are down', () => {
  it('health answers 503 and names what is down', async () => {
    const res = await fetch(`${server.baseUrl}/api/health`)
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ status: 'degraded', db: 'down', search: 'down', mail: 'down' })
  })

  it('API calls that need the database answer 503 JSON in the request language', async () => {
    const res = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ email: 'someone@example.test', password: 'Whatever-pass-1' }),
    })
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ code: 'db_unavailable', message: 'The database is unavailable right now. Please try again shortly.' })
  })

  it('pages still render, and search falls back to the content library with a notice', async () => {
    const home = await fetch(`${server.baseUrl}/`)
    expect(home.status).toBe(200)
    const html = await home.text()
    expect(html).toContain('创业一站通')
    expect(html).not.toMatch(/at .+\.m?js:\d+:\d+/)
    const search = await fetch(`${server.baseUrl}/api/search?q=${encodeURIComponent('贷款')}`)
    const body = await search.json() as { degraded: boolean, hits: unknown[] }
    expect(body.degraded).toBe(true)
    expect(body.hits.length).toBeGreaterThan(0)
    const page = await (await fetch(`${server.baseUrl}/search?q=${encodeURIComponent('贷款')}`)).text()
    expect(page).toContain('搜索服务暂时不可用')
  })
})
