import { getValidatedQuery } from 'h3'
import { offeringListQuerySchema } from '#shared/schemas/training'
import { searchOfferings } from '../../search/specs/offerings'
import { defineApiHandler } from '../../utils/api'

/** GET /api/trainings?q=&programme=&city=&month=&mode=&available=&page=&pageSize= → `{ items, total, facets, degraded }` (public) */
export default defineApiHandler(async (event) => {
  const query = await getValidatedQuery(event, offeringListQuerySchema.parse)
  return searchOfferings({ ...query, kind: 'TRAINING' })
})
