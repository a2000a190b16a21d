import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { listCheckIns } from '../../../services/cases'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** GET /api/cases/:id/check-ins — the follow-up check-ins of a case. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return listCheckIns(user, id)
})
