import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { storyIdParamSchema, storyInputSchema } from '#shared/schemas/story'
import { updateStory } from '../../services/stories'
import { defineApiHandler } from '../../utils/api'
import { requireVerifiedUser } from '../../utils/auth'

/** PATCH /api/stories/:id — the author edits it while it is not public (draft, changes asked, withdrawn). */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, storyIdParamSchema.parse)
  const input = await readValidatedBody(event, storyInputSchema.parse)
  return updateStory(user, id, input)
})
