import { getValidatedQuery } from 'h3'
import { policyListQuerySchema } from '#shared/schemas/content'
import { listPolicies } from '../../services/policies'
import { defineApiHandler } from '../../utils/api'

export default defineApiHandler(async (event) => {
  const query = await getValidatedQuery(event, policyListQuerySchema.parse)
  return listPolicies(event, query)
})
