import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/mentor'
import { matchAssignSchema } from '#shared/schemas/match-request'
import { assignMatch } from '../../../../services/match-requests'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** POST /api/staff/match-requests/:id/assign { mentorId, note } — both sides are mailed. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return assignMatch(user, id, await readValidatedBody(event, matchAssignSchema.parse))
})
