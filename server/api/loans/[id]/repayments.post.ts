import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { repaymentSchema } from '#shared/schemas/loan'
import { recordRepayment } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** POST /api/loans/:id/repayments `{ kind: "payment", paidOn, principal, interest }` or `{ kind: "overdue", from, to? }` — the bank's records. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, repaymentSchema.parse)
  return recordRepayment(user, id, input)
})
