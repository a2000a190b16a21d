import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { storyIdParamSchema, storyReviewSchema } from '#shared/schemas/story'
import { reviewStory } from '../../../services/stories'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** POST /api/stories/:id/review `{ decision: approve | changes | reject, reason }` (staff of the story's city) */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, storyIdParamSchema.parse)
  const input = await readValidatedBody(event, storyReviewSchema.parse)
  await reviewStory(user, id, input)
  return { ok: true }
})
