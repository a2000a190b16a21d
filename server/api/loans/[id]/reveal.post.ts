import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { revealSchema } from '#shared/schemas/loan'
import { revealPersonal } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { clientIp } from '../../../utils/request'

/** POST /api/loans/:id/reveal `{ reason }` → `{ idNumber, phone, partners }` — staff or the bank see the full numbers; the reason goes to the audit log. Never a guarantor. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { reason } = await readValidatedBody(event, revealSchema.parse)
  return revealPersonal(user, id, reason, clientIp(event))
})
