import type { z } from 'zod'
import type { Prisma } from '../../generated/prisma/client'
import type { AppLocale } from '#shared/i18n/messages'
import type { subscribeSchema, subscriptionPreferencesSchema } from '#shared/schemas/release'
import type { PublicUser } from '#shared/types/user'
import type { SubscribeResult, SubscriptionConfirmed, SubscriptionView } from '#shared/types/release'
import type { ReleaseTopic } from '#shared/utils/release'
import { RELEASE_TOPICS } from '#shared/utils/release'
import { maskEmail } from '#shared/utils/mask'
import { releaseTexts } from '#shared/i18n/release'
import type { ReleaseTextKey } from '#shared/i18n/release'
import { prisma, isUniqueViolation } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { hashToken, newToken } from '../../utils/tokens'
import { hit, LIMITS, rateLimited } from '../../utils/rate-limit'
import { enqueueMail, fromDbLocale, toDbLocale } from '../mail'
import { siteLink } from '../../mail/links'
import { referenceData } from '../reference'

/**
 * Subscriptions to the weekly digest. An account's subscription is active at once (its address
 * is verified) and follows the account's address and language. An address alone is PENDING
 * until the link of its confirmation mail is followed (double opt-in): nothing else is ever
 * sent to it, and an unconfirmed one is deleted when it expires. Links carry random tokens of
 * which only the SHA-256 is stored. Addresses are never logged and never put in a URL.
 */
export const CONFIRM_HOURS = 48
/** how long a digest's links (preferences, one-click unsubscribe) keep working */
export const MANAGE_DAYS = 400

type Tx = Prisma.TransactionClient
type SubscribeInput = z.output<typeof subscribeSchema>
type PreferencesInput = z.output<typeof subscriptionPreferencesSchema>
/** who manages a subscription: its signed-in account, or a digest's token */
export type SubscriptionOwner = { user: PublicUser } | { token: string }

const subscriptionSelect = {
  id: true, userId: true, email: true, locale: true, status: true, topics: true, tags: true, cities: true, confirmedAt: true, lastDigestAt: true,
  user: { select: { email: true, locale: true, disabledAt: true } },
} satisfies Prisma.SubscriptionSelect
type SubscriptionRow = Prisma.SubscriptionGetPayload<{ select: typeof subscriptionSelect }>

async function checkCities(codes: string[]): Promise<void> {
  if (!codes.length) return
  const ref = await referenceData()
  const unknown = codes.filter(c => !ref.cityByCode.has(c))
  if (unknown.length) throw new AppError('validation', { cities: { key: 'validation.unknownValues', params: { values: unknown.join(', '), allowed: ref.cities.map(c => c.code).join(', ') } } })
}

/** A new link token of a subscription; its plain value goes into one mail and nowhere else. */
export async function issueToken(tx: Tx, subscriptionId: string, purpose: 'CONFIRM' | 'MANAGE', now = new Date()): Promise<string> {
  const token = newToken()
  const ms = purpose === 'CONFIRM' ? CONFIRM_HOURS * 3_600_000 : MANAGE_DAYS * 86_400_000
  await tx.subscriptionToken.create({ data: { subscriptionId, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + ms) } })
  return token
}

const topicNames = (topics: string[]) => {
  const names = topics.map(t => releaseTexts(`topic.${t}` as ReleaseTextKey))
  return { 'zh-CN': names.map(n => n['zh-CN']).join('、'), 'en': names.map(n => n.en).join(', ') }
}

function toView(s: SubscriptionRow): SubscriptionView {
  return {
    status: s.status,
    account: !!s.userId,
    email: maskEmail(s.user?.email ?? s.email ?? ''),
    topics: s.topics.filter((t): t is ReleaseTopic => (RELEASE_TOPICS as readonly string[]).includes(t)),
    tags: s.tags,
    cities: s.cities,
    locale: fromDbLocale(s.user?.locale ?? s.locale),
  }
}

/** POST /api/subscriptions */
export async function subscribe(user: PublicUser | null, input: SubscribeInput, ctx: { ip: string, locale: AppLocale }): Promise<SubscribeResult> {
  await checkCities(input.cities)
  const choices = { topics: input.topics, tags: input.tags, cities: input.cities }
  if (user) {
    if (!user.emailVerified) throw new AppError('email_not_verified')
    const now = new Date()
    await prisma.$transaction(async (tx) => {
      const existing = await tx.subscription.findUnique({ where: { userId: user.id }, select: { status: true } })
      const fresh = existing?.status !== 'ACTIVE'
      await tx.subscription.upsert({
        where: { userId: user.id },
        create: { userId: user.id, status: 'ACTIVE', confirmedAt: now, ...choices },
        update: { ...choices, status: 'ACTIVE', endedAt: null, expiresAt: null, ...(fresh ? { confirmedAt: now, lastDigestAt: null } : {}) },
      })
    })
    return { status: 'ACTIVE' }
  }
  if (!input.email) throw new AppError('validation', { email: 'validation.required' })
  const email = input.email
  const ipLimit = await hit(`subscribe:ip:${ctx.ip}`, LIMITS.subscribeIp)
  if (ipLimit.exceeded) throw rateLimited(ipLimit.retryAfterSeconds)
  const addressLimit = await hit(`subscribe:email:${hashToken(email)}`, LIMITS.subscribeEmail)
  // the same answer whatever the address's state, so nobody learns who subscribed
  if (addressLimit.exceeded) return { status: 'PENDING' }
  const locale = input.locale ?? ctx.locale
  const now = new Date()
  try {
    await prisma.$transaction(async (tx) => {
      const existing = await tx.subscription.findFirst({ where: { email }, select: { id: true, status: true, locale: true } })
      // a confirmed address keeps its choices (changing them takes a link sent to it): it is
      // mailed a fresh link to its preferences instead, in its own language
      if (existing?.status === 'ACTIVE') {
        const token = await issueToken(tx, existing.id, 'MANAGE', now)
        const own = fromDbLocale(existing.locale)
        await enqueueMail(tx, { to: email, locale: own, template: 'releaseAlready', params: { url: siteLink(own, `/subscriptions/preferences?token=${token}`) } })
        return
      }
      const data = { ...choices, locale: toDbLocale(locale), status: 'PENDING' as const, expiresAt: new Date(now.getTime() + CONFIRM_HOURS * 3_600_000), confirmedAt: null, lastDigestAt: null, endedAt: null }
      const row = existing
        ? await tx.subscription.update({ where: { id: existing.id }, data, select: { id: true } })
        : await tx.subscription.create({ data: { ...data, email }, select: { id: true } })
      await tx.subscriptionToken.deleteMany({ where: { subscriptionId: row.id, purpose: 'CONFIRM' } })
      const token = await issueToken(tx, row.id, 'CONFIRM', now)
      await enqueueMail(tx, { to: email, locale, template: 'releaseConfirm', params: { topics: topicNames(input.topics), url: siteLink(locale, `/subscriptions/confirm?token=${token}`) } })
    })
  }
  catch (error) {
    // two requests for one new address at once: the other one made it
    if (!isUniqueViolation(error)) throw error
  }
  return { status: 'PENDING' }
}

/** POST /api/subscriptions/confirm: the double opt-in's second step; answers the preferences page's token. */
export async function confirmSubscription(token: string, now = new Date()): Promise<SubscriptionConfirmed> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.subscriptionToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, purpose: true, expiresAt: true, subscription: { select: { id: true, status: true, expiresAt: true } } } })
    const sub = row?.subscription
    if (!row || row.purpose !== 'CONFIRM' || row.expiresAt <= now || !sub || sub.status !== 'PENDING' || (sub.expiresAt && sub.expiresAt <= now)) throw new AppError('token_invalid')
    const done = await tx.subscription.updateMany({ where: { id: sub.id, status: 'PENDING' }, data: { status: 'ACTIVE', confirmedAt: now, expiresAt: null } })
    if (!done.count) throw new AppError('token_invalid')
    await tx.subscriptionToken.deleteMany({ where: { subscriptionId: sub.id, purpose: 'CONFIRM' } })
    return { status: 'ACTIVE' as const, token: await issueToken(tx, sub.id, 'MANAGE', now) }
  })
}

/** The subscription a request manages: the account's own, or a digest's (unexpired) token's. */
async function ownedId(owner: SubscriptionOwner, db: Tx | typeof prisma = prisma, now = new Date()): Promise<string | null> {
  if ('user' in owner) return (await db.subscription.findUnique({ where: { userId: owner.user.id }, select: { id: true } }))?.id ?? null
  const row = await db.subscriptionToken.findUnique({ where: { tokenHash: hashToken(owner.token) }, select: { purpose: true, expiresAt: true, subscriptionId: true } })
  if (!row || row.purpose !== 'MANAGE' || row.expiresAt <= now) throw new AppError('token_invalid')
  return row.subscriptionId
}

/** GET /api/subscriptions/preferences: null when the account has none. */
export async function subscriptionPreferences(owner: SubscriptionOwner): Promise<SubscriptionView | null> {
  const id = await ownedId(owner)
  if (!id) return null
  const row = await prisma.subscription.findUnique({ where: { id }, select: subscriptionSelect })
  return row ? toView(row) : null
}

/** PUT /api/subscriptions/preferences: topics, cities, language (an account's is its own); it also takes an ended subscription up again. */
export async function updatePreferences(owner: SubscriptionOwner, input: PreferencesInput): Promise<SubscriptionView> {
  await checkCities(input.cities)
  return prisma.$transaction(async (tx) => {
    const id = await ownedId(owner, tx)
    if (!id) throw new AppError('not_found')
    const current = await tx.subscription.findUniqueOrThrow({ where: { id }, select: { status: true, userId: true } })
    if (current.status === 'PENDING') throw new AppError('token_invalid')
    const now = new Date()
    await tx.subscription.update({
      where: { id },
      data: {
        topics: input.topics, tags: input.tags, cities: input.cities,
        // an account's digests follow the account's language; an address alone sets its own
        ...(current.userId ? {} : { locale: toDbLocale(input.locale) }),
        ...(current.status === 'ENDED' ? { status: 'ACTIVE', endedAt: null, confirmedAt: now, lastDigestAt: null } : {}),
      },
    })
    return toView(await tx.subscription.findUniqueOrThrow({ where: { id }, select: subscriptionSelect }))
  })
}

/**
 * Ends a subscription (DELETE /api/subscriptions/preferences, POST /unsubscribe one-click).
 * Ending an ended one is fine; the token keeps working, so its page can take it up again.
 */
export async function endSubscription(owner: SubscriptionOwner, now = new Date()): Promise<{ status: 'ENDED' }> {
  const id = await ownedId(owner)
  if (!id) throw new AppError('not_found')
  await prisma.subscription.updateMany({ where: { id, status: { not: 'ENDED' } }, data: { status: 'ENDED', endedAt: now, expiresAt: null } })
  return { status: 'ENDED' }
}

/** Deletes unconfirmed subscriptions past their time and links past theirs (an hourly job). */
export async function deleteExpiredSubscriptions(now = new Date()): Promise<{ subscriptions: number, tokens: number }> {
  const subscriptions = await prisma.subscription.deleteMany({ where: { status: 'PENDING', expiresAt: { lte: now } } })
  const tokens = await prisma.subscriptionToken.deleteMany({ where: { expiresAt: { lte: now } } })
  return { subscriptions: subscriptions.count, tokens: tokens.count }
}

export { subscriptionSelect }
export type { SubscriptionRow }
