import { getValidatedQuery } from 'h3'
import { storyListQuerySchema } from '#shared/schemas/story'
import { searchStories } from '../../search/specs/stories'
import { defineApiHandler } from '../../utils/api'

/** GET /api/stories?q=&city=&category=&verified=&featured=&project=&page= → `{ items, total, facets, degraded }` (public) */
export default defineApiHandler(async (event) => {
  const query = await getValidatedQuery(event, storyListQuerySchema.parse)
  return searchStories(query)
})
