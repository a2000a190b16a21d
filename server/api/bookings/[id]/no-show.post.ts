import { getRouterParam } from 'h3'
import { idParamSchema } from '#shared/schemas/mentor'
import { finishBooking } from '../../../services/bookings'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { AppError } from '../../../utils/errors'

/** POST /api/bookings/:id/no-show — the mentor marks a no-show (after its start). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const parsed = idParamSchema.safeParse({ id: getRouterParam(event, 'id') })
  if (!parsed.success) throw new AppError('not_found')
  const { id } = parsed.data
  return finishBooking(user, id, 'NO_SHOW')
})
