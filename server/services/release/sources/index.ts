import type { ReleaseTopic } from '#shared/utils/release'
import type { ReleaseSource } from '../source'
import { policiesSource } from './policies'
import { newsSource } from './news'
import { trainingsSource } from './trainings'
import { eventsSource } from './events'
import { storiesSource } from './stories'

/**
 * Every release topic's source, one line each. The type makes a topic in RELEASE_TOPICS
 * without a source a compile error. A new topic: its code in RELEASE_TOPICS
 * (shared/utils/release.ts), a file here exporting a ReleaseSource, one line below, and its
 * name in i18n/locales/*.release.json (`release.topic.<topic>`).
 */
export const RELEASE_SOURCES: Record<ReleaseTopic, ReleaseSource> = {
  policies: policiesSource,
  news: newsSource,
  trainings: trainingsSource,
  events: eventsSource,
  stories: storiesSource,
}
