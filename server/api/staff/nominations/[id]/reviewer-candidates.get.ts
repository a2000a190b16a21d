import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { reviewerCandidates } from '../../../../services/awards'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** GET /api/staff/nominations/:id/reviewer-candidates — staff and approved mentors who may review it (anyone linked to the nominee is left out). */
export default defineApiHandler(async (event) => {
  await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return reviewerCandidates(id)
})
