import type { H3Event } from 'h3'
import type { AppLocale, Bilingual } from '#shared/i18n/messages'
import type { ReleaseItem } from '#shared/types/release'
import type { ReleaseTopic } from '#shared/utils/release'
import type { ReferenceData } from '../reference'
import { referenceData } from '../reference'
import type { ContentLibrary } from './content'
import { loadContentLibrary } from './content'

/**
 * A release source answers one question for its topic: the published items, newest first,
 * published after `since` (and at or before `until`), in these cities and with these tags, in
 * one language. Digests and feeds ask only this. A new topic (the stories) is one more source
 * file in ./sources/ and one line in the registry (./sources/index.ts).
 */
export interface ReleaseFilter {
  /** published strictly after this instant (none: from the beginning) */
  since?: Date
  /** published at or before this instant: nothing dated in the future is out yet */
  until: Date
  /** city codes (none: every city); each source applies them as its list pages do */
  cities: readonly string[]
  /** policy tags (none: every tag); only for sources with `tagged` */
  tags: readonly string[]
  locale: AppLocale
  limit: number
}

export interface ReleaseSource {
  topic: ReleaseTopic
  /** whether its items carry policy tags (a feed's ?tag= is refused otherwise) */
  tagged: boolean
  /** the list page the feed stands for (its alternate link) */
  listPath: string
  items: (ctx: ReleaseContext, filter: ReleaseFilter) => Promise<ReleaseItem[]>
}

/** What sources read, loaded at most once per request or per digest run (never shared across them). */
export interface ReleaseContext {
  content: () => Promise<ContentLibrary>
  reference: () => Promise<ReferenceData>
}

export function releaseContext(event?: H3Event): ReleaseContext {
  let content: Promise<ContentLibrary> | null = null
  return {
    content: () => (content ??= loadContentLibrary(event)),
    reference: () => referenceData(),
  }
}

/** A path in a language: English pages live under /en. */
export function localePath(locale: AppLocale, path: string): string {
  return locale === 'en' ? `/en${path}` : path
}

export const pick = (b: Bilingual, locale: AppLocale) => b[locale]

/** A content date (YYYY-MM-DD) as the instant it begins in Beijing. */
export function beijingDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`)
}

/** A content library entry (policy, news) as a release item, dated by its calendar day. */
export function contentItem(topic: ReleaseTopic, row: { path: string, title: string, titleEn: string, summary: string, summaryEn: string, city: string }, day: string, tags: readonly string[], locale: AppLocale): ReleaseItem {
  const at = beijingDayStart(day).toISOString()
  return {
    id: `${topic}:${row.path.split('/').pop()!}`,
    topic,
    title: locale === 'en' ? row.titleEn : row.title,
    summary: locale === 'en' ? row.summaryEn : row.summary,
    path: localePath(locale, row.path),
    publishedAt: at,
    updatedAt: at,
    city: row.city,
    tags: [...tags],
  }
}

/** Newest first, within the filter's window, at most `limit`. */
export function newestInWindow(items: ReleaseItem[], f: Pick<ReleaseFilter, 'since' | 'until' | 'limit'>): ReleaseItem[] {
  return items
    .filter((i) => {
      const at = new Date(i.publishedAt).getTime()
      return at <= f.until.getTime() && (!f.since || at > f.since.getTime())
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id))
    .slice(0, f.limit)
}
