import { resendVerification } from '../../services/accounts'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'
import { requestContext } from '../../utils/context'

export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  await resendVerification(user, requestContext(event))
  return { ok: true }
})
