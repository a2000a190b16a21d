import { getAvailability } from '../../services/mentors'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/mentor/availability — weekly rules, date overrides and settings (Asia/Shanghai). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return getAvailability(user.id)
})
