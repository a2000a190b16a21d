import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { objectionDecisionSchema } from '#shared/schemas/award'
import { decideObjection } from '../../../../services/awards'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** POST /api/staff/award-objections/:id/decision `{ decision: UPHELD | DISMISSED, reason }` — upheld takes the nominee off the shortlist; the objector is mailed. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, objectionDecisionSchema.parse)
  return decideObjection(user, id, input)
})
