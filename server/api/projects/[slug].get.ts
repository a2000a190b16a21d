import { getValidatedRouterParams } from 'h3'
import { projectSlugParamSchema } from '#shared/schemas/project'
import { getProjectBySlug, relatedProjects } from '../../services/projects'
import { defineApiHandler } from '../../utils/api'
import { currentSession } from '../../utils/auth'

export default defineApiHandler(async (event) => {
  const { slug } = await getValidatedRouterParams(event, projectSlugParamSchema.parse)
  const session = await currentSession(event)
  const project = await getProjectBySlug(slug, session?.user ?? null)
  return { ...project, related: await relatedProjects(project) }
})
