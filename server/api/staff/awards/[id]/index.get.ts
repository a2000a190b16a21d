import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { staffRoundView } from '../../../../services/awards'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** GET /api/staff/awards/:id — the round with every nomination, its reviews and expert score, the objections and the vote counts by status. */
export default defineApiHandler(async (event) => {
  await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return staffRoundView(id)
})
