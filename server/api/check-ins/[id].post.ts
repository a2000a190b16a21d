import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { checkInAnswerSchema } from '#shared/schemas/check-in'
import { idParamSchema } from '#shared/schemas/common'
import { answerCheckIn } from '../../services/cases'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** POST /api/check-ins/:id `{ status, employees, revenueBand, help? }` → the check-in (the owner, while it is open). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const answer = await readValidatedBody(event, checkInAnswerSchema.parse)
  return answerCheckIn(user, id, answer)
})
