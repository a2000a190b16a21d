import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema, mentorReviewDecisionSchema } from '#shared/schemas/mentor'
import { reviewMentor } from '../../../../services/mentors'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** POST /api/staff/mentors/:id/review { decision: approve|reject, reason } */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  await reviewMentor(user, id, await readValidatedBody(event, mentorReviewDecisionSchema.parse))
  return { ok: true }
})
