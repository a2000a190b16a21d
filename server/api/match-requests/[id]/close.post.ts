import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/mentor'
import { closeMatchRequest } from '../../../services/match-requests'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** POST /api/match-requests/:id/close — the entrepreneur closes their request. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return closeMatchRequest(user, id)
})
