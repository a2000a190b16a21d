import { getValidatedQuery } from 'h3'
import { staffMatchQuerySchema } from '#shared/schemas/match-request'
import { listMatchQueue } from '../../services/match-requests'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

/** GET /api/staff/match-requests?status=OPEN|ASSIGNED|CLOSED — the match-me queue. */
export default defineApiHandler(async (event) => {
  await requireRole(event, 'STAFF', 'ADMIN')
  const { status } = await getValidatedQuery(event, staffMatchQuerySchema.parse)
  return listMatchQueue(status)
})
