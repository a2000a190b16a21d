import { getValidatedQuery } from 'h3'
import { subsidyQuerySchema } from '#shared/schemas/loan'
import { subsidyList } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** GET /api/staff/loans/subsidies?quarter=2027Q1&bank= — each paid-out loan's interest subsidy for the quarter, with totals per bank. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const q = await getValidatedQuery(event, subsidyQuerySchema.parse)
  return subsidyList(user, q.quarter, q.bank)
})
