import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { offeringPatchSchema } from '#shared/schemas/training'
import { updateOffering } from '../../../services/trainings'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** PATCH /api/staff/offerings/:id — capacity (409 `capacity_below_taken`; more places are offered to the queue at once), closing time, offer hours, place, report. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const patch = await readValidatedBody(event, offeringPatchSchema.parse)
  return updateOffering(user, id, patch)
})
