import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { cancelOffering } from '../../../../services/trainings'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** POST /api/staff/offerings/:id/cancel — cancels it: everyone enrolled or waiting is told, the lessons leave their calendars. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return cancelOffering(user, id)
})
