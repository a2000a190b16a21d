import { describe, expect, it } from 'vitest'
import { digestWindow, DIGEST_MAX_DAYS, isNewIn, weeklyDigestInstant } from '#shared/utils/release'
import { renderAtom, rfc3339, tagUri, xmlEscape } from '../../server/services/release/atom'
import type { AtomFeed } from '../../server/services/release/atom'
import { childrenNamed, childText, parseXml, RFC3339 } from '../support/xml'
import { beijingDayStart, contentItem, newestInWindow } from '../../server/services/release/items'
import { placesThatApply } from '#shared/utils/cities'

const d = (s: string) => new Date(s)

describe('the digest\'s "what is new since" window', () => {
  it('starts at the end of the last digest and ends at the run\'s instant', () => {
    const w = digestWindow({ lastDigestAt: d('2026-11-23T00:00:00Z'), confirmedAt: d('2026-10-01T00:00:00Z') }, d('2026-11-30T00:00:00Z'))!
    expect(w.since.toISOString()).toBe('2026-11-23T00:00:00.000Z')
    expect(w.until.toISOString()).toBe('2026-11-30T00:00:00.000Z')
  })

  it('before the first digest, starts when the subscription was confirmed (nothing older is news to them)', () => {
    const w = digestWindow({ lastDigestAt: null, confirmedAt: d('2026-11-27T09:30:00Z') }, d('2026-11-30T00:00:00Z'))!
    expect(w.since.toISOString()).toBe('2026-11-27T09:30:00.000Z')
  })

  it('is empty when a digest up to that instant was already made: a second run sends nothing twice', () => {
    const until = d('2026-11-30T00:00:00Z')
    expect(digestWindow({ lastDigestAt: until, confirmedAt: d('2026-10-01T00:00:00Z') }, until)).toBeNull()
    expect(digestWindow({ lastDigestAt: d('2026-12-07T00:00:00Z'), confirmedAt: d('2026-10-01T00:00:00Z') }, until)).toBeNull()
    expect(digestWindow({ lastDigestAt: null, confirmedAt: d('2026-11-30T00:00:01Z') }, until)).toBeNull()
  })

  it(`never looks back more than ${DIGEST_MAX_DAYS} days`, () => {
    const w = digestWindow({ lastDigestAt: d('2025-01-06T00:00:00Z'), confirmedAt: d('2025-01-01T00:00:00Z') }, d('2026-11-30T00:00:00Z'))!
    expect((w.until.getTime() - w.since.getTime()) / 86_400_000).toBe(DIGEST_MAX_DAYS)
  })

  it('counts an item as new after `since` and up to `until`, both ends exact', () => {
    const w = { since: d('2026-11-23T00:00:00Z'), until: d('2026-11-30T00:00:00Z') }
    expect(isNewIn(d('2026-11-23T00:00:00Z'), w)).toBe(false) // covered by the last digest
    expect(isNewIn(d('2026-11-23T00:00:00.001Z'), w)).toBe(true)
    expect(isNewIn(d('2026-11-30T00:00:00Z'), w)).toBe(true)
    expect(isNewIn(d('2026-11-30T00:00:00.001Z'), w)).toBe(false) // the next digest's
  })

  it('consecutive windows neither overlap nor leave a gap', () => {
    const first = digestWindow({ lastDigestAt: null, confirmedAt: d('2026-11-20T10:00:00Z') }, d('2026-11-23T00:00:00Z'))!
    const second = digestWindow({ lastDigestAt: first.until, confirmedAt: d('2026-11-20T10:00:00Z') }, d('2026-11-30T00:00:00Z'))!
    const item = d('2026-11-23T00:00:00Z')
    expect([isNewIn(item, first), isNewIn(item, second)]).toEqual([true, false])
  })

  it('the weekly instant is Monday 08:00 Beijing (00:00 UTC) of the week', () => {
    expect(weeklyDigestInstant(d('2026-12-01T16:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z') // a Tuesday
    expect(weeklyDigestInstant(d('2026-11-30T00:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z') // the Monday itself
    expect(weeklyDigestInstant(d('2026-12-06T23:59:59Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z') // Sunday
  })
})

describe('Atom feeds', () => {
  const feed: AtomFeed = {
    id: 'https://starthub.test/feeds/policies.xml?city=changchun',
    title: '创业一站通 · 政策',
    subtitle: 'R&D <tax> "relief"',
    lang: 'zh-CN',
    selfUrl: 'https://starthub.test/feeds/policies.xml?city=changchun&tag=%E7%A8%8E',
    alternateUrl: 'https://starthub.test/policies?city=changchun',
    author: '创业一站通 StartHub',
    fallbackUpdated: d('2026-01-01T00:00:00Z'),
    entries: [
      { id: tagUri('starthub.test', 'policies:changchun-startup-guaranteed-loan'), title: '贷款 <b>&</b> 补贴 \'一次\' "办"\u0007', summary: 'A & B < C', url: 'https://starthub.test/policies/a?x=1&y=2', published: d('2026-03-01T00:00:00.123Z'), updated: d('2026-03-02T00:00:00Z'), categories: ['税收优惠'] },
      { id: tagUri('starthub.test', 'trainings:7b0f'), title: 'SYB', summary: '', url: 'https://starthub.test/trainings/7b0f', published: d('2026-02-01T00:00:00Z'), updated: d('2026-02-01T00:00:00Z'), categories: [] },
    ],
  }

  it('parses back as Atom with a feed id, title, author, self link and its type', () => {
    const root = parseXml(renderAtom(feed))
    expect(root.name).toBe('feed')
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2005/Atom')
    expect(root.attrs['xml:lang']).toBe('zh-CN')
    expect(childText(root, 'id')).toBe(feed.id)
    expect(childText(root, 'title')).toBe('创业一站通 · 政策')
    expect(childText(root, 'subtitle')).toBe('R&D <tax> "relief"')
    expect(childText(childrenNamed(root, 'author')[0]!, 'name')).toBe('创业一站通 StartHub')
    const links = childrenNamed(root, 'link').map(l => l.attrs)
    expect(links).toContainEqual({ rel: 'self', type: 'application/atom+xml', href: feed.selfUrl })
    expect(links).toContainEqual({ rel: 'alternate', type: 'text/html', href: feed.alternateUrl })
  })

  it('dates are RFC 3339; the feed is updated when its newest entry was', () => {
    const root = parseXml(renderAtom(feed))
    expect(childText(root, 'updated')).toBe('2026-03-02T00:00:00Z')
    for (const e of childrenNamed(root, 'entry')) {
      expect(childText(e, 'published')).toMatch(RFC3339)
      expect(childText(e, 'updated')).toMatch(RFC3339)
    }
    expect(childText(childrenNamed(root, 'entry')[0]!, 'published')).toBe('2026-03-01T00:00:00Z')
    expect(rfc3339(d('2026-12-01T08:09:10.999Z'))).toBe('2026-12-01T08:09:10Z')
  })

  it('escapes text and links, and drops characters XML forbids, so titles read back exactly', () => {
    const xml = renderAtom(feed)
    expect(xml).not.toContain('<b>')
    const entry = childrenNamed(parseXml(xml), 'entry')[0]!
    expect(childText(entry, 'title')).toBe('贷款 <b>&</b> 补贴 \'一次\' "办"')
    expect(childText(entry, 'summary')).toBe('A & B < C')
    expect(childrenNamed(entry, 'link')[0]!.attrs.href).toBe('https://starthub.test/policies/a?x=1&y=2')
    expect(childrenNamed(entry, 'category')[0]!.attrs.term).toBe('税收优惠')
    expect(xmlEscape('a\u0000b\u001Fc\td')).toBe('abc\td')
  })

  it('entry ids are unique permanent tag: URIs', () => {
    const ids = childrenNamed(parseXml(renderAtom(feed)), 'entry').map(e => childText(e, 'id')!)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^tag:starthub\.test,2026:[\w:%.-]+$/)
    expect(tagUri('starthub.test', 'policies:a b')).toBe('tag:starthub.test,2026:policies%3Aa%20b')
  })

  it('an empty feed is still valid: its own updated date, no entries', () => {
    const root = parseXml(renderAtom({ ...feed, entries: [] }))
    expect(childText(root, 'updated')).toBe('2026-01-01T00:00:00Z')
    expect(childrenNamed(root, 'entry')).toEqual([])
  })

  it('the test reader refuses what is not well-formed', () => {
    expect(() => parseXml('<a>x & y</a>')).toThrow()
    expect(() => parseXml('<a><b></a></b>')).toThrow()
    expect(() => parseXml('<a>')).toThrow()
  })
})

describe('release sources\' shared rules', () => {
  const row = { path: '/policies/jiutai-rural-ecommerce-training', title: '九台农村电商', titleEn: 'Jiutai rural e-commerce', summary: '摘要', summaryEn: 'Summary', city: 'jiutai' }

  it('a content item is dated from the start of its day in Beijing, in the reader\'s language, with a stable id', () => {
    expect(beijingDayStart('2026-10-01').toISOString()).toBe('2026-09-30T16:00:00.000Z')
    const zh = contentItem('policies', row, '2026-10-01', ['培训补贴'], 'zh-CN')
    const en = contentItem('policies', row, '2026-10-01', ['培训补贴'], 'en')
    expect(zh).toMatchObject({ id: 'policies:jiutai-rural-ecommerce-training', title: '九台农村电商', path: '/policies/jiutai-rural-ecommerce-training', publishedAt: '2026-09-30T16:00:00.000Z', tags: ['培训补贴'] })
    expect(en).toMatchObject({ id: zh.id, title: 'Jiutai rural e-commerce', summary: 'Summary', path: '/en/policies/jiutai-rural-ecommerce-training' })
  })

  it('lists newest first, only what is out by `until` and after `since`, at most `limit`', () => {
    const items = ['2026-09-01', '2026-10-01', '2026-11-01', '2027-01-01'].map((day, i) => contentItem('news', { ...row, path: `/news/n${i}` }, day, [], 'zh-CN'))
    const until = new Date('2026-12-01T00:00:00Z')
    expect(newestInWindow(items, { until, limit: 10 }).map(i => i.id)).toEqual(['news:n2', 'news:n1', 'news:n0'])
    expect(newestInWindow(items, { until, since: beijingDayStart('2026-10-01'), limit: 10 }).map(i => i.id)).toEqual(['news:n2'])
    expect(newestInWindow(items, { until, limit: 1 }).map(i => i.id)).toEqual(['news:n2'])
  })

  it('a place\'s documents include its city\'s (for an area) and the province\'s', () => {
    const cities = [{ code: 'changchun', parent: null }, { code: 'jiutai', parent: 'changchun' }, { code: 'baishan', parent: null }]
    expect([...placesThatApply(cities, ['jiutai'], 'province')].sort()).toEqual(['changchun', 'jiutai', 'province'])
    expect([...placesThatApply(cities, ['changchun'], 'province')].sort()).toEqual(['changchun', 'province'])
    expect([...placesThatApply(cities, ['jiutai', 'baishan'], 'province')].sort()).toEqual(['baishan', 'changchun', 'jiutai', 'province'])
  })
})
