import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { submitLoan } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

/**
 * POST /api/loans/:id/submit → `{ id, status }` — submits a draft (400 naming everything missing
 * at once; 422 `loan_not_eligible` with the rules' reasons), or resubmits a returned application
 * to the step that returned it.
 */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return submitLoan(user, id)
})
