import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { answerOffer } from '../../../../services/enrolments'
import { defineApiHandler } from '../../../../utils/api'
import { requireUser } from '../../../../utils/auth'

/** POST /api/enrolments/:id/offer/accept → `{ id, status }`; 409 `offer_expired` when the held place ran out (it went to the next person). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return answerOffer(user, id, 'accept')
})
