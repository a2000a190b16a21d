import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { extensionDecisionSchema } from '#shared/schemas/loan'
import { decideExtension } from '../../../../services/loans'
import { defineApiHandler } from '../../../../utils/api'
import { requireUser } from '../../../../utils/auth'

/** POST /api/loans/:id/extension/decision `{ approve, note? }` → `{ status }` — the bank first, then staff. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return decideExtension(user, id, await readValidatedBody(event, extensionDecisionSchema.parse))
})
