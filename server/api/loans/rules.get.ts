import { loanRulesSummary } from '../../services/loans'
import { defineApiHandler } from '../../utils/api'

/** GET /api/loans/rules — the rules in force today, for the pre-check form and the page that explains the loan: categories, amounts, terms, rate cap, subsidy, time limits, documents, source. */
export default defineApiHandler(async () => loanRulesSummary())
