import { staffRounds } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** GET /api/staff/awards — every round, drafts included. */
export default defineApiHandler(async (event) => {
  await requireRole(event, 'STAFF', 'ADMIN')
  return staffRounds()
})
