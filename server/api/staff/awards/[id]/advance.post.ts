import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { awardAdvanceSchema } from '#shared/schemas/award'
import { advanceRound } from '../../../../services/awards'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** POST /api/staff/awards/:id/advance `{ reason }` — starts the next phase now (audited); 409 `objections_open` before voting. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { reason } = await readValidatedBody(event, awardAdvanceSchema.parse)
  return advanceRound(user, id, reason)
})
