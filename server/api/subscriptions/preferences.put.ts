import { readValidatedBody } from 'h3'
import { subscriptionPreferencesSchema } from '#shared/schemas/release'
import { updatePreferences } from '../../services/release'
import { defineApiHandler } from '../../utils/api'
import { subscriptionOwner } from '../../utils/subscription-owner'

/** PUT /api/subscriptions/preferences `{ token?, topics, tags, cities, locale }` → SubscriptionView */
export default defineApiHandler(async (event) => {
  const input = await readValidatedBody(event, subscriptionPreferencesSchema.parse)
  return updatePreferences(await subscriptionOwner(event, input.token), input)
})
