import { readValidatedBody, setResponseStatus } from 'h3'
import { loanDraftSchema } from '#shared/schemas/loan'
import { createLoan } from '../../services/loans'
import { defineApiHandler } from '../../utils/api'
import { requireVerifiedUser } from '../../utils/auth'

/** POST /api/loans `{ caseId?, …draft fields }` → 201 `{ id, status: "DRAFT" }`, prefilled from the case when named; 409 `loan_open` when one is live already. */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const input = await readValidatedBody(event, loanDraftSchema.parse)
  const created = await createLoan(user, input)
  setResponseStatus(event, 201)
  return created
})
