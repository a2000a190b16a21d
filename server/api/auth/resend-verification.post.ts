import { resendVerification } from '../../services/accounts'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  await resendVerification(user)
  return { ok: true }
})
