import { getRouterParam, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/mentor'
import { bookingReasonSchema } from '#shared/schemas/booking'
import { declineBooking } from '../../../services/bookings'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { AppError } from '../../../utils/errors'

/** POST /api/bookings/:id/decline — the mentor declines with a reason. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const parsed = idParamSchema.safeParse({ id: getRouterParam(event, 'id') })
  if (!parsed.success) throw new AppError('not_found')
  const { id } = parsed.data
  const input = await readValidatedBody(event, bookingReasonSchema.parse)
  return declineBooking(user, id, input.reason)
})
