import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { manualAttendanceSchema } from '#shared/schemas/training'
import { markPresent } from '../../../services/enrolments'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** POST /api/lessons/:id/attendance `{ enrolmentId, reason }` — a trainer marks a trainee present by hand (audited). */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'TRAINER', 'STAFF')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, manualAttendanceSchema.parse)
  return markPresent(user, id, input)
})
