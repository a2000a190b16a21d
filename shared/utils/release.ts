import { POLICY_TAGS } from './content-taxonomy'

/**
 * Information release (信息发布): what can be subscribed to and followed as a feed, and the
 * "what is new since" window of the weekly digest. Pure: the server and the pages read it.
 *
 * A topic is one source of published items (server/services/release/sources/). Adding one (the
 * stories) is its code here, its source file, and one line in the sources' registry.
 */
export const RELEASE_TOPICS = ['policies', 'news', 'trainings', 'events', 'stories'] as const
export type ReleaseTopic = (typeof RELEASE_TOPICS)[number]

/** The policy tags a subscription or a feed can narrow policies to (none: every tag). */
export const RELEASE_TAGS = POLICY_TAGS

/** How far back a digest looks at most, however long ago the last one was (a paused or failed run). */
export const DIGEST_MAX_DAYS = 31
const DAY_MS = 86_400_000

export interface DigestWindow {
  /** items published after this instant … */
  since: Date
  /** … and at or before this one */
  until: Date
}

/**
 * The window of one subscriber's digest: from the end of their last digest (or, before the
 * first one, from when they confirmed) to `until`, the run's own instant, and never more than
 * DIGEST_MAX_DAYS. Null when there is nothing to cover: a digest up to `until` (or later) was
 * already made, so running the job twice sends nothing twice.
 */
export function digestWindow(s: { lastDigestAt: Date | null, confirmedAt: Date }, until: Date, maxDays = DIGEST_MAX_DAYS): DigestWindow | null {
  const start = s.lastDigestAt ?? s.confirmedAt
  if (start.getTime() >= until.getTime()) return null
  const floor = until.getTime() - maxDays * DAY_MS
  return { since: new Date(Math.max(start.getTime(), floor)), until }
}

/** Whether an item published at `at` is new in the window: (since, until]. */
export function isNewIn(at: Date, w: DigestWindow): boolean {
  return at.getTime() > w.since.getTime() && at.getTime() <= w.until.getTime()
}

/**
 * The instant the weekly digest of the week containing `now` is made: Monday 08:00 Beijing time
 * (Monday 00:00 UTC). The job's key and its `until`: a second run in the same week covers nothing.
 */
export function weeklyDigestInstant(now: Date): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  const sinceMonday = (d.getUTCDay() + 6) % 7
  return new Date(d.getTime() - sinceMonday * DAY_MS)
}
