import { getValidatedQuery, getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { heldVoteQuerySchema } from '#shared/schemas/award'
import { listVotes } from '../../../../services/awards'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** GET /api/staff/awards/:id/votes?status=HELD — the held (or removed, or released) votes with why; never who voted or from where. */
export default defineApiHandler(async (event) => {
  await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { status } = await getValidatedQuery(event, heldVoteQuerySchema.parse)
  return listVotes(id, status)
})
