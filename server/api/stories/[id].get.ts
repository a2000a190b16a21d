import { getValidatedRouterParams } from 'h3'
import { storySlugParamSchema } from '#shared/schemas/story'
import { getStory } from '../../services/stories'
import { defineApiHandler } from '../../utils/api'
import { currentSession } from '../../utils/auth'

/** GET /api/stories/:slug (the parameter is named id) — published to everyone; its author and staff see it in any status. */
export default defineApiHandler(async (event) => {
  const { id } = await getValidatedRouterParams(event, storySlugParamSchema.parse)
  const session = await currentSession(event)
  return getStory(session?.user ?? null, id)
})
