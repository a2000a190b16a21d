import { getValidatedQuery } from 'h3'
import { projectListQuerySchema } from '#shared/schemas/project'
import { searchProjects } from '../../search/specs/projects'
import { defineApiHandler } from '../../utils/api'

export default defineApiHandler(async (event) => {
  const query = await getValidatedQuery(event, projectListQuerySchema.parse)
  return searchProjects(query)
})
