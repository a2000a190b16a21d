import { readValidatedBody, setResponseStatus } from 'h3'
import { awardRoundCreateSchema } from '#shared/schemas/award'
import { createRound } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** POST /api/staff/awards — a round as a draft, with its own copy of the rules in force → 201 `{ id }`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const input = await readValidatedBody(event, awardRoundCreateSchema.parse)
  const created = await createRound(user, input)
  setResponseStatus(event, 201)
  return created
})
