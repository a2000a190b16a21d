import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { publishOffering } from '../../../../services/trainings'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** POST /api/staff/offerings/:id/publish — publishes a draft: it is listed and searchable. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return publishOffering(user, id)
})
