import { getValidatedQuery } from 'h3'
import { subscriptionTokenQuerySchema } from '#shared/schemas/release'
import { endSubscription } from '../../services/release'
import { defineApiHandler } from '../../utils/api'
import { subscriptionOwner } from '../../utils/subscription-owner'

/** DELETE /api/subscriptions/preferences?token= (or the signed-in account's): ends the subscription. */
export default defineApiHandler(async (event) => {
  const { token } = await getValidatedQuery(event, subscriptionTokenQuerySchema.parse)
  return endSubscription(await subscriptionOwner(event, token))
})
