import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { loanPatchSchema } from '#shared/schemas/loan'
import { updateLoan } from '../../services/loans'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** PATCH /api/loans/:id `{ baseRevision, …fields }` → `{ id, revision }`; 409 `loan_conflict` when changed elsewhere since. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, loanPatchSchema.parse)
  return updateLoan(user, id, input)
})
