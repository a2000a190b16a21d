import { getValidatedQuery } from 'h3'
import { staffCaseQuerySchema } from '#shared/schemas/case'
import { listStaffCases } from '../../services/cases'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

/** GET /api/staff/cases?city=&stage=&status=&stalled=&help=&page= — the cases of the staff member's cities. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  return listStaffCases(user, await getValidatedQuery(event, staffCaseQuerySchema.parse))
})
