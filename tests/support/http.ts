import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import type { CaughtMail } from '../../scripts/lib/services'

export const baseUrl = () => inject('baseUrl')
const controlUrl = () => inject('controlUrl')

export interface ApiResponse<T = unknown> { status: number, body: T, headers: Headers }

/** A client with its own cookie jar and its own client IP (X-Forwarded-For; the test server trusts it). */
export class Client {
  cookies = new Map<string, string>()
  ip = `10.${rnd()}.${rnd()}.${rnd()}`
  /** the server this client talks to (default: the test stack's server); tests of several instances point it at one of theirs */
  base: string | null = null
  constructor(public locale: 'zh-CN' | 'en' = 'zh-CN') {}

  /** this client (same cookies, same IP) talking to another server */
  at(base: string): Client {
    const c = new Client(this.locale)
    c.cookies = this.cookies
    c.ip = this.ip
    c.base = base
    return c
  }

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.base ?? baseUrl()}${path}`, {
      method,
      headers: {
        'accept': 'application/json',
        'accept-language': this.locale,
        'x-forwarded-for': this.ip,
        ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body),
      redirect: 'manual',
    })
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const i = pair!.indexOf('=')
      const name = pair!.slice(0, i)
      const value = pair!.slice(i + 1)
      if (!value || /max-age=0|expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    }
    catch { /* not JSON */ }
    return { status: res.status, body: parsed as T, headers: res.headers }
  }

  get<T = Record<string, unknown>>(path: string, headers?: Record<string, string>) { return this.request<T>('GET', path, undefined, headers) }
  post<T = Record<string, unknown>>(path: string, body?: unknown, headers?: Record<string, string>) { return this.request<T>('POST', path, body ?? {}, headers) }
  patch<T = Record<string, unknown>>(path: string, body?: unknown) { return this.request<T>('PATCH', path, body ?? {}) }
}

function rnd() {
  return randomBytes(1)[0]! % 250 + 1
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}@example.test`
}

export const GOOD_PASSWORD = 'Jilin-Startup-2026!'

/** every mail this test process has read from the catcher, in the order caught (the catcher's list only grows) */
const caughtSoFar: CaughtMail[] = []
let reading: Promise<unknown> = Promise.resolve()

/** All mail caught since the stack started: only what is new is fetched (hundreds of mails, polled every 150 ms). */
export async function mails(): Promise<CaughtMail[]> {
  // one read at a time, so that two waits side by side never append the same mail twice
  const next = reading.catch(() => {}).then(async () => {
    const res = await fetch(`${controlUrl()}/mails?from=${caughtSoFar.length}`)
    if (!res.ok) throw new Error(`control /mails: HTTP ${res.status}`)
    caughtSoFar.push(...await res.json() as CaughtMail[])
  })
  reading = next
  await next
  return caughtSoFar.slice()
}

/** Reads until the value is as wanted (polls; no fixed sleeps), and returns it; fails with the last value read. */
export async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const v = await read()
    if (ok(v)) return v
    if (Date.now() > deadline) throw new Error(`not reached: ${JSON.stringify(v).slice(0, 500)}`)
    await new Promise(r => setTimeout(r, 150))
  }
}

/** Waits for a mail to arrive at the test SMTP server (polls; no fixed sleeps). */
export async function waitForMail(match: (m: CaughtMail) => boolean, timeoutMs = 30_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const found = (await mails()).find(match)
    if (found) return found
    await new Promise(r => setTimeout(r, 150))
  }
  throw new Error(`no matching mail within ${timeoutMs} ms`)
}

export async function control(action: 'smtp/stop' | 'smtp/start' | 'meili/stop' | 'meili/start'): Promise<void> {
  const res = await fetch(`${controlUrl()}/${action}`, { method: 'POST' })
  if (!res.ok) throw new Error(`control ${action}: ${await res.text()}`)
}

export function linkFrom(mail: CaughtMail, path: string): string {
  const m = mail.text.match(new RegExp(`https?://\\S+${path.replace(/[/?]/g, c => `\\${c}`)}\\S*`))
  if (!m) throw new Error(`no ${path} link in mail: ${mail.text}`)
  return m[0]
}

/** Registers through the API, follows the verification link from the mail, and signs in. */
export async function verifiedUser(role: 'ENTREPRENEUR' | 'PROVIDER' = 'ENTREPRENEUR', locale: 'zh-CN' | 'en' = 'zh-CN') {
  const client = new Client(locale)
  const email = uniqueEmail(role.toLowerCase())
  const reg = await client.post('/api/auth/register', { name: `测试用户 ${email.slice(0, 6)}`, email, password: GOOD_PASSWORD, role })
  if (reg.status !== 201) throw new Error(`register failed: ${JSON.stringify(reg.body)}`)
  const mail = await waitForMail(m => m.to.includes(email) && /验证|Verify/.test(m.subject))
  const token = new URL(linkFrom(mail, '/verify-email?token=')).searchParams.get('token')
  const ver = await client.post('/api/auth/verify-email', { token })
  if (ver.status !== 200) throw new Error(`verify failed: ${JSON.stringify(ver.body)}`)
  const login = await client.post('/api/auth/login', { email, password: GOOD_PASSWORD })
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`)
  return { client, email, id: (login.body as { id: string }).id }
}
