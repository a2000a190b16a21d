import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { storyFeatureSchema, storyIdParamSchema } from '#shared/schemas/story'
import { featureStory } from '../../../services/stories'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** POST /api/stories/:id/feature `{ featured }` (staff of the story's city) */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, storyIdParamSchema.parse)
  const input = await readValidatedBody(event, storyFeatureSchema.parse)
  await featureStory(user, id, input)
  return { ok: true }
})
