import { readValidatedBody } from 'h3'
import { subscriptionConfirmSchema } from '#shared/schemas/release'
import { confirmSubscription } from '../../services/release'
import { defineApiHandler } from '../../utils/api'

/** POST /api/subscriptions/confirm `{ token }`: the double opt-in's second step → `{ status, token }` (the preferences page's). */
export default defineApiHandler(async (event) => {
  const { token } = await readValidatedBody(event, subscriptionConfirmSchema.parse)
  return confirmSubscription(token)
})
