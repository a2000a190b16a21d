import { getValidatedQuery } from 'h3'
import { bookingListQuerySchema } from '#shared/schemas/booking'
import { listMyBookings } from '../../services/bookings'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/bookings?as=entrepreneur|mentor&when=upcoming|past|all&status= — my bookings, both as entrepreneur and as mentor. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return listMyBookings(user, await getValidatedQuery(event, bookingListQuerySchema.parse))
})
