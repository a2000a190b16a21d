import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { revisionReviewSchema } from '#shared/schemas/revision'
import { reviewRevision } from '../../../../services/revisions'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** POST /api/staff/revisions/:id/review { decision: approve|reject, reason } — the author is mailed either way. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, revisionReviewSchema.parse)
  return reviewRevision(user, id, input)
})
