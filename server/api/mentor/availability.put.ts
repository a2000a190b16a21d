import { readValidatedBody } from 'h3'
import { availabilitySchema } from '#shared/schemas/mentor'
import { saveAvailability } from '../../services/mentors'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** PUT /api/mentor/availability — replaces the rules and overrides; held bookings stay as they are. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const input = await readValidatedBody(event, availabilitySchema.parse)
  return saveAvailability(user.id, input)
})
