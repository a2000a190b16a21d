import { getValidatedRouterParams } from 'h3'
import { projectSlugParamSchema } from '#shared/schemas/project'
import { getProjectBySlug, relatedProjects } from '../../services/projects'
import { defineApiHandler } from '../../utils/api'
import { currentSession } from '../../utils/auth'

/**
 * GET /api/projects/:slug. The file is named [id] because every route below /api/projects/ must
 * use one parameter name for the same path segment; for GET its value is the project's slug.
 */
export default defineApiHandler(async (event) => {
  const { id: slug } = await getValidatedRouterParams(event, projectSlugParamSchema.parse)
  const session = await currentSession(event)
  const project = await getProjectBySlug(slug, session?.user ?? null)
  return { ...project, related: await relatedProjects(project) }
})
