import type { H3Event } from 'h3'
import type { FeedQuery } from '#shared/schemas/release'
import { releaseText } from '#shared/i18n/release'
import type { ReleaseTextKey } from '#shared/i18n/release'
import type { ReleaseTopic } from '#shared/utils/release'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import { AppError } from '../../utils/errors'
import { serverEnv } from '../../utils/env'
import { calendarHost } from '../../mail/links'
import { referenceData } from '../reference'
import { releaseContext } from './source'
import { localePath } from './items'
import { RELEASE_SOURCES } from './sources'
import { renderAtom, tagUri } from './atom'

/** Atom feeds of every release topic (/feeds/<topic>.xml?city=&tag=&lang=): the newest published items. */
export const FEED_LIMIT = 50

export function feedTopic(file: string): ReleaseTopic | null {
  const m = /^([a-z-]+)\.xml$/.exec(file)
  return m && Object.hasOwn(RELEASE_SOURCES, m[1]!) ? m[1] as ReleaseTopic : null
}

export async function topicFeed(event: H3Event, topic: ReleaseTopic, q: FeedQuery, now = new Date()): Promise<string> {
  const source = RELEASE_SOURCES[topic]
  const ref = await referenceData()
  const city = q.city ? ref.cityByCode.get(q.city) : undefined
  if (q.city && !city && q.city !== PROVINCE_WIDE) throw new AppError('validation', { city: { key: 'validation.unknownValues', params: { values: q.city, allowed: ref.cities.map(c => c.code).join(', ') } } })
  if (q.tag && !source.tagged) throw new AppError('validation', { tag: 'validation.invalid' })
  const items = await source.items(releaseContext(event), { until: now, cities: q.city ? [q.city] : [], tags: q.tag ? [q.tag] : [], locale: q.lang, limit: FEED_LIMIT })
  const app = serverEnv().appUrl
  const params = new URLSearchParams()
  if (q.city) params.set('city', q.city)
  if (q.tag) params.set('tag', q.tag)
  if (q.lang === 'en') params.set('lang', 'en')
  const self = `${app}/feeds/${topic}.xml${params.size ? `?${params}` : ''}`
  const name = releaseText(q.lang, `topic.${topic}` as ReleaseTextKey)
  const filters = [city ? (q.lang === 'en' ? city.nameEn : city.nameZh) : null, q.tag].filter(Boolean).join(q.lang === 'en' ? ', ' : '，')
  const list = new URLSearchParams({ ...(q.city ? { city: q.city } : {}), ...(q.tag ? { tag: q.tag } : {}) })
  return renderAtom({
    id: self,
    title: releaseText(q.lang, 'feed.title', { topic: name }) + (filters ? releaseText(q.lang, 'feed.filtered', { filter: filters }) : ''),
    subtitle: releaseText(q.lang, 'feed.subtitle', { topic: name }),
    lang: q.lang,
    selfUrl: self,
    alternateUrl: `${app}${localePath(q.lang, source.listPath)}${list.size ? `?${list}` : ''}`,
    author: q.lang === 'en' ? 'StartHub (创业一站通)' : '创业一站通 StartHub',
    fallbackUpdated: new Date(Date.UTC(2026, 0, 1)),
    entries: items.map(i => ({
      id: tagUri(calendarHost(), i.id),
      title: i.title,
      summary: i.summary,
      url: `${app}${i.path}`,
      published: new Date(i.publishedAt),
      updated: new Date(i.updatedAt),
      categories: i.tags,
    })),
  })
}
