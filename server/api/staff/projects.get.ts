import { getValidatedQuery } from 'h3'
import { projectQueueQuerySchema } from '#shared/schemas/project'
import { listForReview } from '../../services/projects'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

export default defineApiHandler(async (event) => {
  await requireRole(event, 'STAFF', 'ADMIN')
  const { status, page } = await getValidatedQuery(event, projectQueueQuerySchema.parse)
  return listForReview(status, page)
})
