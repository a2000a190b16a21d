import { getRouterParam, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/mentor'
import { mentorReviewSchema } from '#shared/schemas/booking'
import { reviewBooking } from '../../../services/bookings'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { AppError } from '../../../utils/errors'

/** POST /api/bookings/:id/review — the entrepreneur rates a completed session once. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const parsed = idParamSchema.safeParse({ id: getRouterParam(event, 'id') })
  if (!parsed.success) throw new AppError('not_found')
  const { id } = parsed.data
  const input = await readValidatedBody(event, mentorReviewSchema.parse)
  return reviewBooking(user, id, input)
})
