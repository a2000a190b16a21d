import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { projectIdParamSchema, projectRecommendSchema } from '#shared/schemas/project'
import { recommendProject } from '../../../services/projects'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, projectIdParamSchema.parse)
  const input = await readValidatedBody(event, projectRecommendSchema.parse)
  await recommendProject(user, id, input)
  return { ok: true }
})
