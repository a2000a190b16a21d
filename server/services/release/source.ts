import type { H3Event } from 'h3'
import type { AppLocale } from '#shared/i18n/messages'
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
