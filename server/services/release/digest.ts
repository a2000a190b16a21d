import type { AppLocale } from '#shared/i18n/messages'
import type { ReleaseItem } from '#shared/types/release'
import { digestWindow, RELEASE_TOPICS, weeklyDigestInstant } from '#shared/utils/release'
import type { DigestWindow } from '#shared/utils/release'
import { formatDate } from '#shared/utils/format-time'
import { prisma } from '../../utils/prisma'
import { serverEnv } from '../../utils/env'
import { log } from '../../utils/log'
import { enqueueMail, fromDbLocale } from '../mail'
import { siteLink } from '../../mail/links'
import type { ReleaseContext } from './source'
import { releaseContext } from './source'
import { RELEASE_SOURCES } from './sources'
import type { SubscriptionRow } from './subscriptions'
import { issueToken, subscriptionSelect } from './subscriptions'

/**
 * The weekly digest (a graphile-worker cron job, Monday 08:00 Beijing). Each active subscriber
 * gets one mail with what their topics published in their cities since their last digest (the
 * window of shared/utils/release.ts), in their language; nothing when nothing is new. The run's
 * `until` is the week's digest instant, and each subscriber's `lastDigestAt` moves to it in the
 * transaction that queues the mail: a second run of the same week finds nothing to cover.
 */
export const DIGEST_TASK = 'release_digest'
export const RELEASE_CLEANUP_TASK = 'release_cleanup'
const BATCH = 200
/** items per topic in one mail; the mail links to the lists for the rest */
const PER_TOPIC = 20

export async function runDigest(until = weeklyDigestInstant(new Date())): Promise<{ sent: number, empty: number }> {
  const ctx = releaseContext()
  let cursor: string | undefined
  let sent = 0
  let empty = 0
  for (;;) {
    const batch = await prisma.subscription.findMany({
      where: { status: 'ACTIVE', OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: until } }], ...(cursor ? { id: { gt: cursor } } : {}) },
      select: subscriptionSelect,
      orderBy: { id: 'asc' },
      take: BATCH,
    })
    if (!batch.length) break
    cursor = batch.at(-1)!.id
    for (const s of batch) {
      const r = await digestOne(ctx, s, until)
      if (r === 'sent') sent++
      else if (r === 'empty') empty++
    }
  }
  log.info('release digest made', { sent, empty, until: until.toISOString() })
  return { sent, empty }
}

/** What is new for one subscriber in their window, by topic, in their language. */
export async function digestItems(ctx: ReleaseContext, s: Pick<SubscriptionRow, 'topics' | 'tags' | 'cities'>, w: DigestWindow, locale: AppLocale): Promise<{ topic: string, items: ReleaseItem[] }[]> {
  const topics = RELEASE_TOPICS.filter(t => s.topics.includes(t))
  const sections = await Promise.all(topics.map(async topic => ({
    topic,
    items: await RELEASE_SOURCES[topic].items(ctx, { since: w.since, until: w.until, cities: s.cities, tags: RELEASE_SOURCES[topic].tagged ? s.tags : [], locale, limit: PER_TOPIC }),
  })))
  return sections.filter(x => x.items.length)
}

async function digestOne(ctx: ReleaseContext, s: SubscriptionRow, until: Date): Promise<'sent' | 'empty' | 'skipped'> {
  if (!s.confirmedAt) return 'skipped'
  const w = digestWindow({ lastDigestAt: s.lastDigestAt, confirmedAt: s.confirmedAt }, until)
  if (!w) return 'skipped'
  const locale = fromDbLocale(s.user?.locale ?? s.locale)
  const to = s.user?.email ?? s.email
  // a disabled account is sent nothing
  if (!to || s.user?.disabledAt) return 'skipped'
  // read outside the lock; the transaction below re-checks that nobody covered this window meanwhile
  const sections = await digestItems(ctx, s, w, locale)
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ lastDigestAt: Date | null, status: string }[]>`SELECT "lastDigestAt", status::text FROM "Subscription" WHERE id = ${s.id}::uuid FOR UPDATE`
    const now = locked[0]
    if (!now || now.status !== 'ACTIVE' || (now.lastDigestAt?.getTime() ?? null) !== (s.lastDigestAt?.getTime() ?? null)) return 'skipped' as const
    await tx.subscription.update({ where: { id: s.id }, data: { lastDigestAt: until } })
    if (!sections.length) return 'empty' as const
    const token = await issueToken(tx, s.id, 'MANAGE')
    const unsubscribe = `${serverEnv().appUrl}/unsubscribe?token=${token}`
    await enqueueMail(tx, {
      to,
      locale,
      template: 'releaseDigest',
      params: {
        name: null,
        count: sections.reduce((n, x) => n + x.items.length, 0),
        since: { 'zh-CN': formatDate(w.since, 'zh-CN'), 'en': formatDate(w.since, 'en') },
        sections: sections.map(x => ({ topic: x.topic, items: x.items.map(i => ({ title: i.title, url: `${serverEnv().appUrl}${i.path}`, note: i.summary })) })),
        manageUrl: siteLink(locale, `/subscriptions/preferences?token=${token}`),
        unsubscribeUrl: siteLink(locale, `/unsubscribe?token=${token}`),
      },
      // RFC 8058: one-click unsubscribe by a POST to this address, without a session
      headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    })
    return 'sent' as const
  })
}
