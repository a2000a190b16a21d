import { readValidatedBody } from 'h3'
import { preCheckSchema } from '#shared/schemas/loan'
import { runPreCheck } from '../../services/loans'
import { defineApiHandler } from '../../utils/api'

/**
 * POST /api/loans/pre-check — anyone, no account: `{ applicantType, category, age, city, amountYuan, … }`
 * → `{ eligible, reasons, maxAmount, maxTermMonths, estimate: { rate, subsidy, monthlyRepayment }, counterGuaranteeRequired, documents }`.
 * Judged by the rules in force today; nothing typed is stored or logged.
 */
export default defineApiHandler(async (event) => {
  const input = await readValidatedBody(event, preCheckSchema.parse)
  return runPreCheck(input)
})
