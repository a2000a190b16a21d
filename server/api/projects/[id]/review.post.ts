import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { projectIdParamSchema, projectReviewSchema } from '#shared/schemas/project'
import { reviewProject } from '../../../services/projects'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, projectIdParamSchema.parse)
  const input = await readValidatedBody(event, projectReviewSchema.parse)
  await reviewProject(user, id, input)
  return { ok: true }
})
