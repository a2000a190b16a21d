import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { caseCloseSchema } from '#shared/schemas/case'
import { idParamSchema } from '#shared/schemas/common'
import { endCase, getCase } from '../../../services/cases'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** POST /api/cases/:id/close `{ reason }` → the case, closed (by its owner or staff) ; it stays readable. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { reason } = await readValidatedBody(event, caseCloseSchema.parse)
  await endCase(user, id, 'close', reason)
  return getCase(user, id)
})
