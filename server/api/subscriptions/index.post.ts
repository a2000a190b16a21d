import { readValidatedBody, setResponseStatus } from 'h3'
import { subscribeSchema } from '#shared/schemas/release'
import { subscribe } from '../../services/release'
import { defineApiHandler } from '../../utils/api'
import { currentSession } from '../../utils/auth'
import { requestContext } from '../../utils/context'

/** POST /api/subscriptions: signed in, the account's subscription (201 ACTIVE); otherwise an address, which gets a confirmation mail (202 PENDING, whatever its state). */
export default defineApiHandler(async (event) => {
  const input = await readValidatedBody(event, subscribeSchema.parse)
  const session = await currentSession(event)
  const result = await subscribe(session?.user ?? null, input, requestContext(event))
  setResponseStatus(event, result.status === 'ACTIVE' ? 201 : 202)
  return result
})
