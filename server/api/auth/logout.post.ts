import { audit } from '../../services/audit'
import { defineApiHandler } from '../../utils/api'
import { endSession } from '../../utils/auth'
import { clientIp } from '../../utils/request'

export default defineApiHandler(async (event) => {
  const userId = await endSession(event)
  if (userId) await audit({ action: 'auth.logout', actorId: userId, subjectId: userId, ip: clientIp(event) })
  return { ok: true }
})
