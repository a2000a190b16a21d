import { readValidatedBody } from 'h3'
import { verifyEmailSchema } from '#shared/schemas/auth'
import { verifyEmail } from '../../services/accounts'
import { defineApiHandler } from '../../utils/api'
import { requestContext } from '../../utils/context'

export default defineApiHandler(async (event) => {
  const { token } = await readValidatedBody(event, verifyEmailSchema.parse)
  await verifyEmail(token, requestContext(event))
  return { ok: true }
})
