import { getValidatedRouterParams } from 'h3'
import { storyIdParamSchema } from '#shared/schemas/story'
import { withdrawStory } from '../../../services/stories'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, storyIdParamSchema.parse)
  await withdrawStory(user, id)
  return { ok: true }
})
