import { getValidatedRouterParams, readValidatedBody, setResponseStatus } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { objectionCreateSchema } from '#shared/schemas/award'
import { object } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

/** POST /api/awards/:id/objections `{ nominationId, body }` — an objection to a shortlisted nominee during the notice → 201 `{ id }`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, objectionCreateSchema.parse)
  const created = await object(user, id, input)
  setResponseStatus(event, 201)
  return created
})
