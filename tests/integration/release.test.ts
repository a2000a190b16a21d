import { describe, expect, it } from 'vitest'
import { baseUrl, Client, linkFrom, uniqueEmail, verifiedUser, waitForMail } from '../support/http'
import { db } from '../support/db'
import { createSession } from '../support/trainings'
import { confirmedOn, digestsTo, runDigestJob } from '../support/release'
import { childrenNamed, childText, parseXml, RFC3339 } from '../support/xml'

const subscribeBy = (email: string, body: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  new Client(locale).post<{ status: string }>('/api/subscriptions', { email, ...body })

/** Subscribes an address and follows its confirmation mail; answers the preferences token. */
async function confirmedAddress(body: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ email: string, token: string }> {
  const email = uniqueEmail('digest')
  const res = await subscribeBy(email, body, locale)
  expect(res.status).toBe(202)
  const mail = await waitForMail(m => m.to.includes(email) && /确认|confirm/i.test(m.subject))
  const token = new URL(linkFrom(mail, '/subscriptions/confirm?token=')).searchParams.get('token')
  const ok = await new Client().post<{ status: string, token: string }>('/api/subscriptions/confirm', { token })
  expect(ok.status).toBe(200)
  return { email, token: ok.body.token }
}

const localUrl = (u: string) => {
  const url = new URL(u)
  return `${baseUrl()}${url.pathname}${url.search}`
}

describe('subscriptions: double opt-in', () => {
  it('an address alone gets a confirmation mail, receives nothing before it confirms, and becomes active with its link', async () => {
    const email = uniqueEmail('optin')
    const res = await subscribeBy(email, { topics: ['trainings'], cities: ['changchun'] })
    expect(res.status).toBe(202)
    expect(res.body.status).toBe('PENDING')
    const mail = await waitForMail(m => m.to.includes(email) && m.subject.includes('请确认您的订阅'))
    expect(mail.text).toContain('创业培训')
    const link = linkFrom(mail, '/subscriptions/confirm?token=')
    // the address never appears in a link
    expect(link).not.toContain(encodeURIComponent(email))
    expect(link).not.toContain(email)
    const row = await db.subscription.findFirstOrThrow({ where: { email } })
    expect(row.status).toBe('PENDING')
    expect(row.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 47 * 3_600_000)

    // a training published now is new for everyone, but the unconfirmed address gets no digest
    await createSession({ city: 'changchun' })
    const other = await confirmedAddress({ topics: ['trainings'], cities: ['changchun'] })
    await confirmedOn(other.email, new Date(Date.now() - 3_600_000))
    await runDigestJob(new Date())
    expect(await digestsTo(other.email)).toBe(1)
    expect(await digestsTo(email)).toBe(0)

    const token = new URL(link).searchParams.get('token')
    const ok = await new Client().post<{ status: string, token: string }>('/api/subscriptions/confirm', { token })
    expect(ok.status).toBe(200)
    expect(ok.body.status).toBe('ACTIVE')
    expect(ok.body.token).toMatch(/^[\w-]{43}$/)
    expect((await db.subscription.findFirstOrThrow({ where: { email } })).status).toBe('ACTIVE')
    // a confirmation link works once
    const again = await new Client().post<{ code: string }>('/api/subscriptions/confirm', { token })
    expect(again.status).toBe(400)
    expect(again.body.code).toBe('token_invalid')
    // tokens are stored hashed
    expect(await db.subscriptionToken.count({ where: { tokenHash: ok.body.token } })).toBe(0)

    // subscribing the confirmed address again changes nothing and answers the same; the address gets a link to its preferences
    const repeat = await subscribeBy(email, { topics: ['news'], cities: ['baishan'] })
    expect(repeat.status).toBe(202)
    expect(repeat.body.status).toBe('PENDING')
    const already = await waitForMail(m => m.to.includes(email) && m.subject.includes('您已订阅信息摘要'))
    expect((await db.subscription.findFirstOrThrow({ where: { email } })).topics).toEqual(['trainings'])
    const manage = new URL(linkFrom(already, '/subscriptions/preferences?token=')).searchParams.get('token')
    expect((await new Client().get<{ topics: string[] }>(`/api/subscriptions/preferences?token=${manage}`)).body.topics).toEqual(['trainings'])
  })

  it('an unconfirmed subscription expires: its link stops working and the hourly job deletes it', async () => {
    const email = uniqueEmail('expire')
    await subscribeBy(email, { topics: ['news'] })
    const mail = await waitForMail(m => m.to.includes(email) && m.subject.includes('请确认您的订阅'))
    await db.subscription.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const token = new URL(linkFrom(mail, '/subscriptions/confirm?token=')).searchParams.get('token')
    expect((await new Client().post('/api/subscriptions/confirm', { token })).status).toBe(400)
    await db.$executeRaw`SELECT graphile_worker.add_job('release_cleanup', '{}'::json)`
    const deadline = Date.now() + 20_000
    while (await db.subscription.count({ where: { email } }) && Date.now() < deadline) await new Promise(r => setTimeout(r, 150))
    expect(await db.subscription.count({ where: { email } })).toBe(0)
  })

  it('refuses unknown topics and cities with 400 naming the field; a signed-in account subscribes at once', async () => {
    const c = new Client()
    const bad = await c.post<{ code: string, fields: Record<string, string> }>('/api/subscriptions', { email: uniqueEmail(), topics: ['gossip'] })
    expect(bad.status).toBe(400)
    expect(bad.body.fields).toHaveProperty('topics.0')
    const city = await c.post<{ code: string, fields: Record<string, string> }>('/api/subscriptions', { email: uniqueEmail(), topics: ['news'], cities: ['atlantis'] })
    expect(city.status).toBe(400)
    expect(city.body.fields.cities).toContain('atlantis')
    const none = await c.post<{ fields: Record<string, string> }>('/api/subscriptions', { topics: ['news'] })
    expect(none.status).toBe(400)
    expect(none.body.fields).toHaveProperty('email')

    const u = await verifiedUser('ENTREPRENEUR', 'en')
    const res = await u.client.post<{ status: string }>('/api/subscriptions', { topics: ['events'], cities: ['changchun'] })
    expect(res.status).toBe(201)
    expect(res.body.status).toBe('ACTIVE')
    const prefs = await u.client.get<{ account: boolean, topics: string[], email: string }>('/api/subscriptions/preferences')
    expect(prefs.body).toMatchObject({ account: true, topics: ['events'] })
    expect(prefs.body.email).not.toBe(u.email) // masked
  })
})

describe('the weekly digest', () => {
  it('sends one mail per subscriber with only what is new in their topics and cities, in their language, and nothing twice or when nothing is new', async () => {
    const before = new Date(Date.now() - 60_000)
    const a = await confirmedAddress({ topics: ['trainings', 'events'], cities: ['changchun'] })
    const quiet = await confirmedAddress({ topics: ['news'], cities: ['baishan'] })
    const u = await verifiedUser('ENTREPRENEUR', 'en')
    expect((await u.client.post('/api/subscriptions', { topics: ['events'], cities: ['changchun'] })).status).toBe(201)
    for (const e of [a.email, quiet.email, u.email]) await confirmedOn(e, before)

    const training = await createSession({ city: 'changchun' })
    const event = await createSession({ kind: 'EVENT', city: 'changchun' })
    const elsewhere = await createSession({ city: 'baishan' })
    const draft = await createSession({ city: 'changchun' })
    await db.offering.update({ where: { id: draft.id }, data: { status: 'DRAFT', publishedAt: null } })
    const cancelled = await createSession({ city: 'changchun' })
    await db.offering.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } })
    const titles = Object.fromEntries(await Promise.all([training, event, elsewhere, draft, cancelled].map(async s => [s.id, await db.offering.findUniqueOrThrow({ where: { id: s.id }, select: { titleZh: true, titleEn: true } })])))

    const until = new Date()
    await runDigestJob(until)
    const mail = await waitForMail(m => m.to.includes(a.email) && m.subject.includes('每周信息摘要'))
    expect(mail.text).toContain(titles[training.id]!.titleZh)
    expect(mail.text).toContain(titles[event.id]!.titleZh)
    expect(mail.text).not.toContain(titles[elsewhere.id]!.titleZh)
    expect(mail.text).not.toContain(titles[draft.id]!.titleZh)
    expect(mail.text).not.toContain(titles[cancelled.id]!.titleZh)
    expect(mail.html).toContain(`/trainings/${training.id}`)

    // the account's digest: its own address and language, events only
    const en = await waitForMail(m => m.to.includes(u.email) && m.subject.includes('Your weekly digest'))
    expect(en.text).toContain(titles[event.id]!.titleEn)
    expect(en.text).not.toContain(titles[training.id]!.titleEn)

    // nothing new in baishan's news: no mail, but the window moved on
    expect(await digestsTo(quiet.email)).toBe(0)
    expect((await db.subscription.findFirstOrThrow({ where: { email: quiet.email } })).lastDigestAt?.getTime()).toBe(until.getTime())

    // the same week's job again: nothing is sent twice
    await runDigestJob(until)
    expect(await digestsTo(a.email)).toBe(1)
    expect(await digestsTo(u.email)).toBe(1)

    // next week only what is new since: nothing (no mail), then one new event
    await runDigestJob(new Date())
    expect(await digestsTo(a.email)).toBe(1)
    const next = await createSession({ kind: 'EVENT', city: 'changchun' })
    const nextTitle = (await db.offering.findUniqueOrThrow({ where: { id: next.id } })).titleZh
    await runDigestJob(new Date())
    const second = await waitForMail(m => m.to.includes(a.email) && m.text.includes(nextTitle))
    expect(second.text).not.toContain(titles[training.id]!.titleZh)
    expect(await digestsTo(a.email)).toBe(2)
  })

  it('policies by city and tag: a digest over an earlier week lists the policies that took effect in it for that place', async () => {
    const a = await confirmedAddress({ topics: ['policies'], cities: ['jiutai'] })
    const tagged = await confirmedAddress({ topics: ['policies'], cities: ['jiutai'], tags: ['税收优惠'] })
    for (const e of [a.email, tagged.email]) await confirmedOn(e, new Date('2026-09-20T00:00:00+08:00'))
    await runDigestJob(new Date('2026-10-15T00:00:00Z'))
    const mail = await waitForMail(m => m.to.includes(a.email) && m.subject.includes('每周信息摘要'))
    expect(mail.text).toContain('/policies/jiutai-rural-ecommerce-training')
    expect(mail.text).not.toContain('/policies/changbaishan-eco-tourism-startup')
    // that policy is a training subsidy, not a tax relief
    expect(await digestsTo(tagged.email)).toBe(0)
  })

  it('every digest carries RFC 8058 headers; opening the link changes nothing, the one-click POST ends the subscription without a session', async () => {
    const a = await confirmedAddress({ topics: ['trainings'], cities: ['changchun'] })
    await confirmedOn(a.email, new Date(Date.now() - 60_000))
    await createSession({ city: 'changchun' })
    await runDigestJob(new Date())
    const mail = await waitForMail(m => m.to.includes(a.email) && m.subject.includes('每周信息摘要'))
    const header = mail.headers?.['list-unsubscribe'] ?? ''
    expect(header).toMatch(/^<https?:\/\/[^>]+\/unsubscribe\?token=[\w-]{43}>$/)
    expect(mail.headers?.['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    expect(header).not.toContain(a.email)
    const url = localUrl(header.slice(1, -1))

    // a mail scanner fetching the link: a page with a button, the subscription stays
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('确认退订')
    expect((await db.subscription.findFirstOrThrow({ where: { email: a.email } })).status).toBe('ACTIVE')

    // a POST without the one-click body is refused
    const wrong = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1' })
    expect(wrong.status).toBe(400)
    // the mail provider's POST: cross-site, no cookie, no CSRF token
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'origin': 'https://mail.example.com', 'sec-fetch-site': 'cross-site' }, body: 'List-Unsubscribe=One-Click' })
    expect(res.status).toBe(200)
    const row = await db.subscription.findFirstOrThrow({ where: { email: a.email } })
    expect(row.status).toBe('ENDED')
    expect(row.endedAt).toBeTruthy()
    // once more (a retry) is fine; an ended subscription gets no digest
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })).status).toBe(200)
    await createSession({ city: 'changchun' })
    await runDigestJob(new Date())
    expect(await digestsTo(a.email)).toBe(1)

    // multipart/form-data, as some providers send it
    const b = await confirmedAddress({ topics: ['trainings'], cities: ['changchun'] })
    await confirmedOn(b.email, new Date(Date.now() - 60_000))
    await runDigestJob(new Date())
    const mb = await waitForMail(m => m.to.includes(b.email) && m.subject.includes('每周信息摘要'))
    const form = new FormData()
    form.set('List-Unsubscribe', 'One-Click')
    const multi = await fetch(localUrl(mb.headers!['list-unsubscribe']!.slice(1, -1)), { method: 'POST', body: form })
    expect(multi.status).toBe(200)
    expect((await db.subscription.findFirstOrThrow({ where: { email: b.email } })).status).toBe('ENDED')
    // the stored copy of a delivered mail keeps no link
    const stored = await db.mailMessage.findFirstOrThrow({ where: { to: b.email, template: 'releaseDigest' } })
    expect(stored.headers).toBeNull()
  })

  it('the preferences link changes what is sent, and an unknown token is refused', async () => {
    const a = await confirmedAddress({ topics: ['news'] }, 'en')
    const c = new Client('en')
    const view = await c.get<{ topics: string[], locale: string, account: boolean }>(`/api/subscriptions/preferences?token=${a.token}`)
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({ topics: ['news'], locale: 'en', account: false })
    const saved = await c.request<{ topics: string[], cities: string[], locale: string }>('PUT', '/api/subscriptions/preferences', { token: a.token, topics: ['events', 'policies'], tags: [], cities: ['jilin'], locale: 'zh-CN' })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ topics: ['events', 'policies'], cities: ['jilin'], locale: 'zh-CN' })
    const row = await db.subscription.findFirstOrThrow({ where: { email: a.email } })
    expect(row.locale).toBe('zh_CN')
    expect((await c.get(`/api/subscriptions/preferences?token=${'x'.repeat(43)}`)).status).toBe(400)
    expect((await c.get('/api/subscriptions/preferences')).status).toBe(401)
  })
})

describe('feeds', () => {
  it('/feeds/trainings.xml lists only published sessions and honours the city filter, as valid Atom', async () => {
    const here = await createSession({ city: 'siping' })
    const there = await createSession({ city: 'baishan' })
    const draft = await createSession({ city: 'siping' })
    await db.offering.update({ where: { id: draft.id }, data: { status: 'DRAFT', publishedAt: null } })
    const res = await fetch(`${baseUrl()}/feeds/trainings.xml?city=siping`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(res.headers.get('cache-control')).toContain('max-age=')
    const feed = parseXml(await res.text())
    const entries = childrenNamed(feed, 'entry')
    const links = entries.map(e => childrenNamed(e, 'link')[0]!.attrs.href!)
    expect(links.some(l => l.endsWith(`/trainings/${here.id}`))).toBe(true)
    expect(links.some(l => l.endsWith(`/trainings/${there.id}`))).toBe(false)
    expect(links.some(l => l.endsWith(`/trainings/${draft.id}`))).toBe(false)
    expect(childrenNamed(feed, 'link').find(l => l.attrs.rel === 'self')!.attrs.href).toMatch(/\/feeds\/trainings\.xml\?city=siping$/)
    expect(childText(feed, 'updated')).toMatch(RFC3339)
    for (const e of entries) {
      expect(childText(e, 'updated')).toMatch(RFC3339)
      expect(childText(e, 'id')).toMatch(/^tag:/)
    }
  })

  it('/feeds/policies.xml: a place\'s feed includes its city\'s and province-wide policies, tags filter; unknown codes are 400', async () => {
    const res = await fetch(`${baseUrl()}/feeds/policies.xml?city=jiutai`)
    expect(res.status).toBe(200)
    const links = childrenNamed(parseXml(await res.text()), 'entry').map(e => childrenNamed(e, 'link')[0]!.attrs.href!)
    expect(links.some(l => l.endsWith('/policies/jiutai-rural-ecommerce-training'))).toBe(true)
    expect(links.some(l => l.endsWith('/policies/changchun-startup-guaranteed-loan'))).toBe(true)
    expect(links.some(l => l.endsWith('/policies/province-tax-relief-key-groups'))).toBe(true)
    expect(links.some(l => l.endsWith('/policies/baishan-veterans-startup-support'))).toBe(false)

    const en = await fetch(`${baseUrl()}/feeds/policies.xml?tag=${encodeURIComponent('税收优惠')}&lang=en`)
    const feed = parseXml(await en.text())
    expect(feed.attrs['xml:lang']).toBe('en')
    for (const e of childrenNamed(feed, 'entry')) {
      expect(childrenNamed(e, 'category').map(c => c.attrs.term)).toContain('税收优惠')
      expect(childrenNamed(e, 'link')[0]!.attrs.href).toContain('/en/policies/')
    }

    expect((await fetch(`${baseUrl()}/feeds/policies.xml?city=atlantis`)).status).toBe(400)
    expect((await fetch(`${baseUrl()}/feeds/policies.xml?tag=nonsense`)).status).toBe(400)
    expect((await fetch(`${baseUrl()}/feeds/news.xml?tag=${encodeURIComponent('税收优惠')}`)).status).toBe(400)
    expect((await fetch(`${baseUrl()}/feeds/gossip.xml`)).status).toBe(404)
    const news = await fetch(`${baseUrl()}/feeds/news.xml`)
    expect(news.status).toBe(200)
    expect(childrenNamed(parseXml(await news.text()), 'entry').length).toBeGreaterThan(0)
  })

  it('the list pages name their feed in the head', async () => {
    for (const [path, feed] of [['/policies?city=changchun', '/feeds/policies.xml?city=changchun'], ['/trainings', '/feeds/trainings.xml'], ['/en/events', '/feeds/events.xml?lang=en']] as const) {
      const html = await (await fetch(`${baseUrl()}${path}`)).text()
      const link = html.match(/<link[^>]+rel="alternate"[^>]+type="application\/atom\+xml"[^>]*>/)?.[0] ?? html.match(/<link[^>]+type="application\/atom\+xml"[^>]+rel="alternate"[^>]*>/)?.[0]
      expect(link, path).toBeTruthy()
      expect(link!.replace(/&amp;/g, '&')).toContain(`href="${feed}"`)
    }
  })
})
