import { getValidatedRouterParams } from 'h3'
import { projectIdParamSchema } from '#shared/schemas/project'
import { unsaveProject } from '../../../services/projects'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, projectIdParamSchema.parse)
  await unsaveProject(user, id)
  return { saved: false }
})
