import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { withdrawEnrolment } from '../../services/enrolments'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** DELETE /api/enrolments/:id → `{ id, status }` — gives up a place (offered on to the queue), leaves the waitlist, or declines an open offer. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return withdrawEnrolment(user, id)
})
