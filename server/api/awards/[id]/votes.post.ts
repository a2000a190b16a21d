import { getValidatedRouterParams, readValidatedBody, setResponseStatus } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { voteSchema } from '#shared/schemas/award'
import { castVote } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { clientIp } from '../../../utils/request'

/** POST /api/awards/:id/votes `{ nominationId }` → 201 `{ id, status, held }`; 409 `already_voted_today`; 403 `not_verified`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { nominationId } = await readValidatedBody(event, voteSchema.parse)
  const vote = await castVote(user, id, nominationId, clientIp(event))
  setResponseStatus(event, 201)
  return vote
})
