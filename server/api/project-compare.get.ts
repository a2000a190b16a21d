import { getValidatedQuery } from 'h3'
import { compareQuerySchema } from '#shared/schemas/engagement'
import { compareProjects } from '../services/projects'
import { defineApiHandler } from '../utils/api'

export default defineApiHandler(async (event) => {
  const { ids } = await getValidatedQuery(event, compareQuerySchema.parse)
  return compareProjects(ids)
})
