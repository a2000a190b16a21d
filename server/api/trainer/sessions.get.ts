import { managedOfferings } from '../../services/trainings'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

/** GET /api/trainer/sessions — the sessions and events the viewer trains (staff: those of their city), drafts included. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'TRAINER', 'STAFF')
  return managedOfferings(user)
})
