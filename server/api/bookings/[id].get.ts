import { getRouterParam } from 'h3'
import { idParamSchema } from '#shared/schemas/mentor'
import { getBooking } from '../../services/bookings'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'
import { AppError } from '../../utils/errors'

/** GET /api/bookings/:id — 404 for anyone who is not a party or staff. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const parsed = idParamSchema.safeParse({ id: getRouterParam(event, 'id') })
  if (!parsed.success) throw new AppError('not_found')
  return getBooking(user, parsed.data.id)
})
