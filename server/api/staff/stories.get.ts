import { getValidatedQuery } from 'h3'
import { storyQueueQuerySchema } from '#shared/schemas/story'
import { storyQueue } from '../../services/stories'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

/** GET /api/staff/stories?status=&page= — the moderation queue of the viewer's cities */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const query = await getValidatedQuery(event, storyQueueQuerySchema.parse)
  return storyQueue(user, query)
})
