import { readValidatedBody } from 'h3'
import { changePasswordSchema } from '#shared/schemas/auth'
import { changePassword } from '../../services/accounts'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'
import { requestContext } from '../../utils/context'

export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const input = await readValidatedBody(event, changePasswordSchema.parse)
  await changePassword(event, user, input, requestContext(event))
  return { ok: true }
})
