import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { disbursementSchema } from '#shared/schemas/loan'
import { recordDisbursement } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** POST /api/loans/:id/disbursement `{ disbursedOn, amount, termMonths, rateBp, method, firstDueOn? }` — the bank pays out (within the approval, the term and the rate cap). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, disbursementSchema.parse)
  return recordDisbursement(user, id, input)
})
