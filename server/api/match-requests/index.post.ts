import { readValidatedBody, setResponseStatus } from 'h3'
import { matchRequestSchema } from '#shared/schemas/match-request'
import { createMatchRequest } from '../../services/match-requests'
import { defineApiHandler } from '../../utils/api'
import { requireVerifiedUser } from '../../utils/auth'

/** POST /api/match-requests { stage, industry, cityCode, text } — ask staff to suggest a mentor. */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const created = await createMatchRequest(user, await readValidatedBody(event, matchRequestSchema.parse))
  setResponseStatus(event, 201)
  return created
})
