import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { withdrawNomination } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

/** POST /api/nominations/:id/withdraw — the nominee or nominator withdraws it before the shortlist → `{ id, status }`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return withdrawNomination(user, id)
})
