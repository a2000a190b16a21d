import { getValidatedQuery } from 'h3'
import { subsidyQuerySchema } from '#shared/schemas/training'
import { subsidyList } from '../../services/trainings'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

/** GET /api/staff/training-subsidies?institution=&month=YYYY-MM — each completed trainee's subsidy (computed on read) with its evidence. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const q = await getValidatedQuery(event, subsidyQuerySchema.parse)
  return subsidyList(user, q)
})
