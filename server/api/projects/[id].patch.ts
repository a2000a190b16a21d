import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { projectIdParamSchema, projectInputSchema } from '#shared/schemas/project'
import { updateProject } from '../../services/projects'
import { defineApiHandler } from '../../utils/api'
import { requireVerifiedUser } from '../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, projectIdParamSchema.parse)
  const input = await readValidatedBody(event, projectInputSchema.parse)
  return updateProject(user, id, input)
})
