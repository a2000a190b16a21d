import { getValidatedQuery } from 'h3'
import { staffMentorQuerySchema } from '#shared/schemas/mentor'
import { listMentorApplications } from '../../services/mentors'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

/** GET /api/staff/mentors?status=PENDING|APPROVED|REJECTED — the vetting queue. */
export default defineApiHandler(async (event) => {
  await requireRole(event, 'STAFF', 'ADMIN')
  const { status } = await getValidatedQuery(event, staffMentorQuerySchema.parse)
  return { items: await listMentorApplications(status) }
})
