import { readValidatedBody, setResponseStatus } from 'h3'
import { projectInputSchema } from '#shared/schemas/project'
import { createProject } from '../../services/projects'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'
import { AppError } from '../../utils/errors'

export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'PROVIDER')
  if (!user.emailVerified) throw new AppError('email_not_verified')
  const input = await readValidatedBody(event, projectInputSchema.parse)
  setResponseStatus(event, 201)
  return createProject(user, input)
})
