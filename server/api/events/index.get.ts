import { getValidatedQuery } from 'h3'
import { offeringListQuerySchema } from '#shared/schemas/training'
import { searchOfferings } from '../../search/specs/offerings'
import { defineApiHandler } from '../../utils/api'

/** GET /api/events?q=&type=&city=&month=&mode=&available=&when=upcoming|past&page=&pageSize= → `{ items, total, facets, degraded }` (public) */
export default defineApiHandler(async (event) => {
  const query = await getValidatedQuery(event, offeringListQuerySchema.parse)
  return searchOfferings({ ...query, kind: 'EVENT' })
})
