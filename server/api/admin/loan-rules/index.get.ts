import { loanReferenceForAdmin } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** GET /api/admin/loan-rules — every version of the rules (which is in force, which are used), the holiday calendar and the LPR fixings. */
export default defineApiHandler(async (event) => {
  await requireRole(event, 'ADMIN')
  return loanReferenceForAdmin()
})
