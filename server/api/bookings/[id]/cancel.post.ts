import { getRouterParam, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/mentor'
import { bookingReasonSchema } from '#shared/schemas/booking'
import { cancelBooking } from '../../../services/bookings'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { AppError } from '../../../utils/errors'

/** POST /api/bookings/:id/cancel — either party cancels with a reason (METHOD:CANCEL for an accepted session). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const parsed = idParamSchema.safeParse({ id: getRouterParam(event, 'id') })
  if (!parsed.success) throw new AppError('not_found')
  const { id } = parsed.data
  const input = await readValidatedBody(event, bookingReasonSchema.parse)
  return cancelBooking(user, id, input.reason)
})
