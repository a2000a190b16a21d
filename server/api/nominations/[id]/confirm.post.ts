import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { confirmNomination } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

/** POST /api/nominations/:id/confirm — the nominee accepts a nomination made by someone else; the recorded figures decide whether it stands → `{ id, status }`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return confirmNomination(user, id)
})
