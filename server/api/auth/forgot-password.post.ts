import { readValidatedBody, setResponseStatus } from 'h3'
import { forgotPasswordSchema } from '#shared/schemas/auth'
import { requestPasswordReset } from '../../services/accounts'
import { defineApiHandler } from '../../utils/api'
import { requestContext } from '../../utils/context'

/** Answers 202 whether or not the address has an account (no user enumeration). */
export default defineApiHandler(async (event) => {
  const input = await readValidatedBody(event, forgotPasswordSchema.parse)
  await requestPasswordReset(input, requestContext(event))
  setResponseStatus(event, 202)
  return { ok: true }
})
