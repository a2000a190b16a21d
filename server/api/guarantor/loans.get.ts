import { getValidatedQuery } from 'h3'
import { loanQueueQuerySchema } from '#shared/schemas/loan'
import { loanQueue } from '../../services/loans'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

/** GET /api/guarantor/loans?step=&status=&city=&overdue=&page= — the review queue, overdue first (masked rows with each open step's clock). */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'GUARANTOR')
  return loanQueue(user, 'guarantor', await getValidatedQuery(event, loanQueueQuerySchema.parse))
})
