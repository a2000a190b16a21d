import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { projectEvaluationSchema, projectIdParamSchema } from '#shared/schemas/project'
import { evaluateProject } from '../../../services/projects'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'MENTOR', 'STAFF')
  const { id } = await getValidatedRouterParams(event, projectIdParamSchema.parse)
  const input = await readValidatedBody(event, projectEvaluationSchema.parse)
  return evaluateProject(user, id, input)
})
