import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { loanDecisionSchema, loanStepParamSchema } from '#shared/schemas/loan'
import { decideStep } from '../../../../../services/loans'
import { defineApiHandler } from '../../../../../utils/api'
import { requireUser } from '../../../../../utils/auth'

/**
 * POST /api/loans/:id/steps/:step/decision `{ decision: "approve"|"return"|"refuse", reasons?, missing?, note?, newItemsWhy?, guarantorId?, bankId? }`
 * → `{ status, awaitingSecondOfficer }`; 409 `loan_decision` naming the rule (everything missing at once, reasons for a refusal, a second officer above the amount …).
 */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id, step } = await getValidatedRouterParams(event, loanStepParamSchema.parse)
  const input = await readValidatedBody(event, loanDecisionSchema.parse)
  return decideStep(user, id, step, input)
})
