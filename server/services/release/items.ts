import type { AppLocale } from '#shared/i18n/messages'
import type { ReleaseItem } from '#shared/types/release'
import type { ReleaseTopic } from '#shared/utils/release'
import type { ReleaseFilter } from './source'

/** Pure helpers of the release sources: paths, content dates, the window and order of a list. */

/** A path in a language: English pages live under /en. */
export function localePath(locale: AppLocale, path: string): string {
  return locale === 'en' ? `/en${path}` : path
}

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
