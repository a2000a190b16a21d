import { readValidatedBody, setResponseStatus } from 'h3'
import { storyInputSchema } from '#shared/schemas/story'
import { createStory } from '../../services/stories'
import { defineApiHandler } from '../../utils/api'
import { requireVerifiedUser } from '../../utils/auth'

/** POST /api/stories → 201 `{ id, slug, status: "DRAFT" }` (a verified account writes a story) */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const input = await readValidatedBody(event, storyInputSchema.parse)
  setResponseStatus(event, 201)
  return createStory(user, input)
})
