import { readValidatedBody, setResponseStatus } from 'h3'
import { bookingCreateSchema } from '#shared/schemas/booking'
import { createBooking } from '../../services/bookings'
import { defineApiHandler } from '../../utils/api'
import { requireVerifiedUser } from '../../utils/auth'

/** POST /api/bookings { mentorId, startsAt, stage, topic, description, mode? } → 201 PENDING, or 409 slot_taken. */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const input = await readValidatedBody(event, bookingCreateSchema.parse)
  const booking = await createBooking(user, input)
  setResponseStatus(event, 201)
  return booking
})
