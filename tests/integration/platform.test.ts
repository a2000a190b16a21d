import { describe, expect, it } from 'vitest'
import { Client, GOOD_PASSWORD, baseUrl, control, mails, uniqueEmail, waitForMail } from '../support/http'
import { db } from '../support/db'

describe('health', () => {
  it('reports every part ok', async () => {
    const r = await new Client().get('/api/health')
    expect(r.status).toBe(200)
    expect(r.body).toEqual({ status: 'ok', db: 'ok', search: 'ok', mail: 'ok' })
  })
})

describe('mail queue', () => {
  it('keeps mail while SMTP is down and delivers it when SMTP is back', async () => {
    await control('smtp/stop')
    const email = uniqueEmail('outage')
    try {
      const health = await new Client().get('/api/health')
      expect(health.body).toMatchObject({ status: 'degraded', mail: 'down', db: 'ok' })
      const reg = await new Client().post('/api/auth/register', { name: '停电测试', email, password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })
      expect(reg.status).toBe(201)
      // the queue tries, fails, and records the failure
      const deadline = Date.now() + 20_000
      let row = await db.mailMessage.findFirst({ where: { to: email } })
      while ((!row || row.attempts < 1) && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, 200))
        row = await db.mailMessage.findFirst({ where: { to: email } })
      }
      expect(row).toMatchObject({ status: 'QUEUED', attempts: expect.any(Number), lastError: expect.any(String) })
      expect(row!.attempts).toBeGreaterThanOrEqual(1)
      expect((await mails()).some(m => m.to.includes(email))).toBe(false)
    }
    finally {
      await control('smtp/start')
    }
    const mail = await waitForMail(m => m.to.includes(email), 60_000)
    expect(mail.subject).toContain('验证')
    // the server marks the row sent after the SMTP server has taken the mail: the mail can be
    // there a moment before the mark
    await expect.poll(() => db.mailMessage.findFirst({ where: { to: email } }), { timeout: 10_000 }).toMatchObject({ status: 'SENT', text: '', html: '' })
  })
})

describe('API errors and CSRF', () => {
  it('unknown API paths answer 404 JSON in the request language', async () => {
    const r = await new Client('en').get('/api/does-not-exist')
    expect(r.status).toBe(404)
    expect(r.body).toEqual({ code: 'not_found', message: 'We could not find what you are looking for.' })
  })

  it('refuses a cross-site state-changing request and accepts a same-origin one', async () => {
    const c = new Client()
    const body = { email: uniqueEmail(), password: 'Wrong-password-1' }
    const evil = await c.post('/api/auth/login', body, { 'origin': 'https://evil.example', 'sec-fetch-site': 'cross-site' })
    expect(evil.status).toBe(403)
    expect(evil.body).toMatchObject({ code: 'csrf' })
    const evilOrigin = await c.post('/api/auth/login', body, { origin: 'https://evil.example' })
    expect(evilOrigin.status).toBe(403)
    const same = await c.post('/api/auth/login', body, { 'origin': new URL(baseUrl()).origin, 'sec-fetch-site': 'same-origin' })
    expect(same.status).toBe(401)
  })

  it('never shows a stack trace for a broken page request', async () => {
    const res = await fetch(`${baseUrl()}/policies/%E0%A4%A`)
    const text = await res.text()
    expect(text).not.toMatch(/at .*\.mjs:\d+/)
  })
})

describe('security log', () => {
  it('records registration, failed and successful logins, without secrets', async () => {
    const c = new Client()
    const email = uniqueEmail('audit')
    const reg = await c.post<{ id: string }>('/api/auth/register', { name: '审计', email, password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })
    await c.post('/api/auth/login', { email, password: 'Wrong-password-9' })
    await c.post('/api/auth/login', { email, password: GOOD_PASSWORD })
    const rows = await db.auditLog.findMany({ where: { subjectId: reg.body.id }, orderBy: { id: 'asc' } })
    expect(rows.map(r => r.action)).toEqual(['auth.register', 'auth.login_failed', 'auth.login'])
    expect(JSON.stringify(rows.map(r => ({ meta: r.meta, ip: r.ip })))).not.toContain(GOOD_PASSWORD)
  })
})

describe('compression', () => {
  const get = (path: string, encoding: string) => fetch(`${baseUrl()}${path}`, { headers: { 'accept-encoding': encoding, 'accept': 'text/html,application/json' } })

  it('sends pages and API answers brotli- or gzip-compressed to clients that accept it, and plain to others', async () => {
    const br = await get('/projects', 'br, gzip')
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i)
    expect(await br.text()).toContain('</html>')
    const gz = await get('/api/openapi.json', 'gzip')
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gz.headers.get('content-type')).toMatch(/application\/json/)
    expect(((await gz.json()) as { openapi: string }).openapi).toMatch(/^3\./)
    const plain = await get('/projects', 'identity')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toContain('</html>')
    // a tiny answer is not worth it
    expect((await get('/api/health', 'br')).headers.get('content-encoding')).toBeNull()
  })

  it('serves the built scripts precompressed', async () => {
    const html = await (await get('/projects', 'identity')).text()
    const script = /<script[^>]+src="(\/_nuxt\/[^"]+\.js)"/.exec(html)![1]!
    const res = await get(script, 'br')
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('cache-control')).toMatch(/immutable/)
    expect((await res.text()).length).toBeGreaterThan(1000)
  })

  it('an error page (rendered by an inner request with the visitor\'s headers) still arrives readable', async () => {
    const res = await get('/projects/no-such-project-anywhere', 'br, gzip')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('</html>')
  })
})
