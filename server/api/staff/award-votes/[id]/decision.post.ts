import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { heldVoteDecisionSchema } from '#shared/schemas/award'
import { decideHeldVote } from '../../../../services/awards'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** POST /api/staff/award-votes/:id/decision `{ decision: release | remove, reason }` — audited. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, heldVoteDecisionSchema.parse)
  return decideHeldVote(user, id, input)
})
