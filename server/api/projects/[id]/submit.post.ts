import { getValidatedRouterParams } from 'h3'
import { projectIdParamSchema } from '#shared/schemas/project'
import { submitProject } from '../../../services/projects'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, projectIdParamSchema.parse)
  await submitProject(user, id)
  return { ok: true }
})
