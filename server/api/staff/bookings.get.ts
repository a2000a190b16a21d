import { getValidatedQuery } from 'h3'
import { staffBookingQuerySchema } from '#shared/schemas/booking'
import { listAllBookings } from '../../services/bookings'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

/** GET /api/staff/bookings?status=&mentorId=&from=&to=&page= — every booking, for staff. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  return listAllBookings(user, await getValidatedQuery(event, staffBookingQuerySchema.parse))
})
