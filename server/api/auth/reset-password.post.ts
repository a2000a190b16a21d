import { readValidatedBody } from 'h3'
import { resetPasswordSchema } from '#shared/schemas/auth'
import { resetPassword } from '../../services/accounts'
import { defineApiHandler } from '../../utils/api'
import { requestContext } from '../../utils/context'

export default defineApiHandler(async (event) => {
  const input = await readValidatedBody(event, resetPasswordSchema.parse)
  await resetPassword(input, requestContext(event))
  return { ok: true }
})
