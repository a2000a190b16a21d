import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { gradeSchema } from '#shared/schemas/training'
import { gradePlan } from '../../../services/enrolments'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** POST /api/enrolments/:id/grade `{ grade: EXCELLENT|PASS|FAIL }` — the trainer grades an SYB trainee's business plan. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'TRAINER', 'STAFF')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { grade } = await readValidatedBody(event, gradeSchema.parse)
  return gradePlan(user, id, grade)
})
