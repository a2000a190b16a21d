import { getValidatedRouterParams, readValidatedBody, setResponseStatus } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { reviewerAssignSchema } from '#shared/schemas/award'
import { assignReviewer } from '../../../../services/awards'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** POST /api/staff/nominations/:id/reviewers `{ userId }` → 201; 409 `reviewer_conflict` for someone linked to the nominee. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { userId } = await readValidatedBody(event, reviewerAssignSchema.parse)
  const created = await assignReviewer(user, id, userId)
  setResponseStatus(event, 201)
  return created
})
