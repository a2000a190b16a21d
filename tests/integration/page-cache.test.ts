import { describe, expect, it } from 'vitest'
import { baseUrl } from '../support/http'
import { createUser, staffUser, token } from '../support/mentors'
import { createProject, eventually, updateProject } from '../support/projects'

/** An anonymous page as a browser would ask for it: no cookie unless given. */
async function page(path: string, cookie?: string) {
  const res = await fetch(`${baseUrl()}${path}`, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) }, redirect: 'manual' })
  const html = await res.text()
  const csp = res.headers.get('content-security-policy') ?? ''
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
  return { status: res.status, html, cache: res.headers.get('x-page-cache'), cacheControl: res.headers.get('cache-control'), nonce }
}

/** The page once it is answered from a copy. */
async function hitOf(path: string, cookie?: string) {
  let r = await page(path, cookie)
  await eventually(async () => (r = await page(path, cookie)).cache === 'hit', 10_000)
  return r
}

const scriptNonces = (html: string) => [...new Set([...html.matchAll(/<script[^>]*\bnonce="([^"]+)"/g)].map(m => m[1]))]

describe('the anonymous page cache', () => {
  it('answers a repeated anonymous visit from a copy, with a fresh CSP nonce on every response', async () => {
    const path = `/policies?cache=${token()}`
    const first = await page(path)
    expect(first.status).toBe(200)
    expect(first.cache).toBe('miss')
    // (a copy lives one second from the start of its render: on a busy machine, ask again)
    const second = await hitOf(path)
    expect(second.html.replaceAll(second.nonce!, 'N')).toBe(first.html.replaceAll(first.nonce!, 'N'))
    // each response's scripts carry that response's nonce, and no two responses share one
    for (const r of [first, second]) expect(scriptNonces(r.html)).toEqual([r.nonce])
    expect(second.nonce).not.toBe(first.nonce)
  })

  it('keys the copy by the language (the path) and by the display cookies the page reads', async () => {
    const q = `?cache=${token()}`
    const zh = await page(`/policies${q}`)
    const en = await page(`/en/policies${q}`)
    expect(zh.html).toContain('lang="zh-CN"')
    expect(en.html).toContain('lang="en"')
    expect(en.cache).toBe('miss')
    expect((await hitOf(`/policies${q}`)).html).toContain('lang="zh-CN"')
    expect((await hitOf(`/en/policies${q}`)).html).toContain('lang="en"')
    // elder mode is rendered by the server: its visitors get their own copy
    const elder = await page(`/policies${q}`, 'sh_elder=1')
    expect(elder.cache).toBe('miss')
    expect(elder.html).toMatch(/<html[^>]*class="elder"/)
    expect((await hitOf(`/policies${q}`, 'sh_elder=1')).html).toMatch(/<html[^>]*class="elder"/)
    expect((await hitOf(`/policies${q}`)).html).not.toMatch(/<html[^>]*class="elder"/)
    // a cookie of ours the cache does not know skips it; other sites' cookies do not matter
    expect((await page(`/policies${q}`, 'sh_unknown=1')).cache).toBeNull()
    await hitOf(`/policies${q}`, 'analytics=1')
  })

  it('never keeps a signed-in page, an address with a token, or an answer that is not a 200', async () => {
    const user = await createUser()
    const cookie = [...user.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    for (let i = 0; i < 2; i++) {
      const signedIn = await page('/policies', cookie)
      expect(signedIn.cache).toBeNull()
      expect(signedIn.cacheControl).toBe('private, no-store')
      expect(signedIn.html).toContain(user.name)
    }
    expect((await page('/policies')).html).not.toContain(user.name)
    for (let i = 0; i < 2; i++) expect((await page(`/reset-password?token=${token()}x`)).cache).toBeNull()
    const missing = `/projects/no-such-project-${token()}`
    for (let i = 0; i < 2; i++) {
      const r = await page(missing)
      expect(r.status).toBe(404)
      expect(r.cache).not.toBe('hit')
    }
  })

  it('shows a change made through this instance at once, and one made elsewhere within 2 s', async () => {
    const tk = token()
    const p = await createProject({ title: `缓存测试面馆 ${tk}` })
    const path = `/projects/${p.slug}`
    // (the new project's index update drops this instance's copies once, so wait for a copy)
    await hitOf(path)

    // a staff recommendation through the API: the next anonymous visit renders afresh
    const staff = await staffUser()
    const rec = await staff.client.post(`/api/projects/${p.id}/recommend`, { recommended: true, text: `推荐语 ${tk}` })
    expect(rec.status).toBe(200)
    const after = await page(path)
    expect(after.cache).toBe('miss')
    expect(after.html).toContain(`推荐语 ${tk}`)

    // a change written straight to the database, as another instance would: the page and the
    // library's list (which reads the search index) show it within 2 s
    const list = `/projects?q=${tk}`
    await eventually(async () => (await page(list)).html.includes(`缓存测试面馆 ${tk}`), 10_000)
    await hitOf(list)
    await hitOf(path)
    await updateProject(p.id, { title: `改名面馆 ${tk}` })
    const took = await eventually(async () => {
      const [detail, results] = await Promise.all([page(path), page(list)])
      return detail.html.includes(`改名面馆 ${tk}`) && results.html.includes(`改名面馆 ${tk}`)
    }, 5000)
    expect(took).toBeLessThan(2000)
  })
})

describe('a private page\'s shell', () => {
  const cookieOf = (user: { client: { cookies: Map<string, string> } }) => [...user.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')

  it('renders a private page asked for with a session cookie as a shell with nothing of the user, one copy for every signed-in visitor', async () => {
    const [a, b] = [await createUser(), await staffUser()]
    const path = `/cases?shell=${token()}`
    const first = await page(path, cookieOf(a))
    expect(first.status).toBe(200)
    expect(first.cache).toBe('miss')
    expect(first.cacheControl).toBe('private, no-store')
    // the layout and the "opening" line; the page, the user and the account links come in the browser
    expect(first.html).toContain('正在打开页面')
    expect(first.html).toContain('aria-busy="true"')
    expect(first.html).toMatch(/<meta name="robots" content="noindex"/)
    expect(first.html).not.toContain(a.name)
    expect(first.html).not.toContain('data-testid="header-user"')
    expect(first.html).not.toContain('/login"')
    expect(first.html).not.toContain(a.client.cookies.get('sh_session')!)
    // another signed-in visitor, of another role, gets the same copy (with its own nonce)
    const other = await hitOf(path, cookieOf(b))
    expect(other.html.replaceAll(other.nonce!, 'N')).toBe(first.html.replaceAll(first.nonce!, 'N'))
    expect(other.html).not.toContain(b.name)
    // a signed-out visitor is sent to sign in, as before, and never gets the shell
    const anonymous = await page(path)
    expect(anonymous.status).toBe(302)
    expect(anonymous.cache).not.toBe('hit')
  })

  it('checks each signed-in visitor against the page\'s guards before giving them the copy', async () => {
    const [staff, entrepreneur] = [await staffUser(), await createUser()]
    const path = `/staff/cases?guards=${token()}`
    const kept = await hitOf(path, cookieOf(staff))
    expect(kept.html).toContain('正在打开页面')
    expect(kept.html).not.toContain(staff.name)
    // a copy exists, but an entrepreneur is refused and a session that ended is sent to sign in
    for (let i = 0; i < 2; i++) {
      const refused = await page(path, cookieOf(entrepreneur))
      expect(refused.status).toBe(403)
      expect(refused.cache).toBeNull()
      const ended = await page(path, `sh_session=${token()}${token()}`)
      expect(ended.status).toBe(302)
      expect(ended.cache).toBeNull()
    }
    // …and the copy is still there for staff
    expect((await hitOf(path, cookieOf(staff))).status).toBe(200)
  })

  it('renders a private form page that says shell: false whole, for its user alone', async () => {
    const user = await createUser()
    const path = `/cases/new?whole=${token()}`
    for (let i = 0; i < 2; i++) {
      const r = await page(path, cookieOf(user))
      expect(r.status).toBe(200)
      expect(r.cache).toBeNull()
      expect(r.html).toContain(user.name)
      expect(r.html).not.toContain('data-testid="page-opening"')
      expect(r.html).not.toContain('aria-busy="true"')
    }
  })

  it('keeps a signed-in visitor\'s public page out of the cache, and the shell apart from anonymous copies', async () => {
    const user = await createUser()
    const q = `?apart=${token()}`
    await hitOf(`/policies${q}`)
    for (let i = 0; i < 2; i++) {
      const signedIn = await page(`/policies${q}`, cookieOf(user))
      expect(signedIn.cache).toBeNull()
      expect(signedIn.html).toContain(user.name)
    }
    // the shell of /account in English is its own copy, and not the Chinese one
    const en = await hitOf(`/en/account${q}`, cookieOf(user))
    expect(en.html).toContain('lang="en"')
    expect(en.html).toContain('Opening the page')
    expect(en.html).not.toContain(user.name)
  })
})

describe('the page cache under a burst', () => {
  it('renders a page once when many anonymous visitors ask for it at the same moment', async () => {
    const path = `/policies?burst=${token()}`
    const answers = await Promise.all(Array.from({ length: 12 }, () => page(path)))
    expect(answers.every(a => a.status === 200)).toBe(true)
    // one render; the others waited for its copy
    expect(answers.filter(a => a.cache === 'miss')).toHaveLength(1)
    expect(answers.filter(a => a.cache === 'hit')).toHaveLength(11)
  })
})
