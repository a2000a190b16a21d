import { getValidatedQuery } from 'h3'
import { searchQuerySchema } from '#shared/schemas/content'
import { searchContent } from '../search/content'
import { defineApiHandler } from '../utils/api'

export default defineApiHandler(async (event) => {
  const query = await getValidatedQuery(event, searchQuerySchema.parse)
  return searchContent(event, query)
})
