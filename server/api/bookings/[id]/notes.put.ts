import { getRouterParam, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/mentor'
import { bookingNotesSchema } from '#shared/schemas/booking'
import { saveNotes } from '../../../services/bookings'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { AppError } from '../../../utils/errors'

/** PUT /api/bookings/:id/notes — the mentor's session notes (parties and staff see them). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const parsed = idParamSchema.safeParse({ id: getRouterParam(event, 'id') })
  if (!parsed.success) throw new AppError('not_found')
  const input = await readValidatedBody(event, bookingNotesSchema.parse)
  return saveNotes(user, parsed.data.id, input.notes)
})
