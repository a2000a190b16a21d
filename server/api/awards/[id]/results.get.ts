import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { results } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'

/** GET /api/awards/:id/results — final scores, weights, winners per category, and the votes held and removed with why (409 `results_not_published` before). */
export default defineApiHandler(async (event) => {
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return results(id)
})
