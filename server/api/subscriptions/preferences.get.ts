import { getValidatedQuery } from 'h3'
import { subscriptionTokenQuerySchema } from '#shared/schemas/release'
import { subscriptionPreferences } from '../../services/release'
import { defineApiHandler } from '../../utils/api'
import { subscriptionOwner } from '../../utils/subscription-owner'

/** GET /api/subscriptions/preferences?token= (or the signed-in account's) → SubscriptionView, or null for an account without one. */
export default defineApiHandler(async (event) => {
  const { token } = await getValidatedQuery(event, subscriptionTokenQuerySchema.parse)
  return subscriptionPreferences(await subscriptionOwner(event, token))
})
