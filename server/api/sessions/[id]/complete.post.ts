import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { completeOffering } from '../../../services/enrolments'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** POST /api/sessions/:id/complete → `{ completed, notCompleted }` — after the last lesson: certificates for those with the hours (and a passed plan for SYB). */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'TRAINER', 'STAFF')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return completeOffering(user, id)
})
