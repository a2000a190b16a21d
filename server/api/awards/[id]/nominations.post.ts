import { getValidatedRouterParams, readValidatedBody, setResponseStatus } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { nominationCreateSchema } from '#shared/schemas/award'
import { nominate } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

/** POST /api/awards/:id/nominations `{ category, nomineeEmail?, statement, evidence }` → 201 `{ id, status }`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, nominationCreateSchema.parse)
  const created = await nominate(user, id, input)
  setResponseStatus(event, 201)
  return created
})
