import { z } from 'zod'
import { oneOf } from './common'
import { SUPPORTED_LOCALES } from '../i18n/messages'
import { RELEASE_TAGS, RELEASE_TOPICS } from '../utils/release'
import { emailField } from './auth'

/** Payloads of information release (信息发布): subscriptions, their links, the feeds. */
const cityCode = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'validation.invalid')
const locale = oneOf(SUPPORTED_LOCALES)

/** A link's token: 32 random bytes, base64url. */
export const releaseTokenField = z.string({ error: 'validation.required' }).regex(/^[\w-]{43}$/, 'validation.invalid')

const choices = {
  topics: z.array(oneOf(RELEASE_TOPICS), { error: 'validation.required' }).min(1, 'validation.required').max(RELEASE_TOPICS.length, 'validation.invalid')
    .transform(v => [...new Set(v)]),
  /** policy tags; none: every tag */
  tags: z.array(oneOf(RELEASE_TAGS)).max(RELEASE_TAGS.length, 'validation.invalid').default([])
    .transform(v => [...new Set(v)]),
  /** city codes (checked against the City table); none: every city */
  cities: z.array(cityCode).max(50, 'validation.invalid').default([])
    .transform(v => [...new Set(v)]),
}

/** POST /api/subscriptions: signed in, the account's own; otherwise an address, confirmed by mail first. */
export const subscribeSchema = z.object({
  email: emailField.optional(),
  ...choices,
  locale: locale.optional(),
})
export type SubscribeInput = z.input<typeof subscribeSchema>

/** POST /api/subscriptions/confirm */
export const subscriptionConfirmSchema = z.object({ token: releaseTokenField })

/** GET/DELETE /api/subscriptions/preferences: a digest's token, or the signed-in account's own (no token). */
export const subscriptionTokenQuerySchema = z.object({ token: releaseTokenField.optional() })

/** PUT /api/subscriptions/preferences */
export const subscriptionPreferencesSchema = z.object({
  token: releaseTokenField.optional(),
  ...choices,
  locale,
})
export type SubscriptionPreferencesInput = z.input<typeof subscriptionPreferencesSchema>

/** POST /unsubscribe?token= (RFC 8058 one-click) */
export const unsubscribeQuerySchema = z.object({ token: releaseTokenField })

/** GET /feeds/<topic>.xml?city=&tag=&lang= */
export const feedQuerySchema = z.object({
  city: cityCode.optional(),
  tag: oneOf(RELEASE_TAGS).optional(),
  lang: locale.default('zh-CN'),
})
export type FeedQuery = z.infer<typeof feedQuerySchema>
