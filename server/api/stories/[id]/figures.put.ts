import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { storyFiguresSchema, storyIdParamSchema } from '#shared/schemas/story'
import { chooseFigures } from '../../../services/stories'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

/** PUT /api/stories/:id/figures `{ figures }` — which recorded figures the story shows (also while it is public). */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, storyIdParamSchema.parse)
  const input = await readValidatedBody(event, storyFiguresSchema.parse)
  await chooseFigures(user, id, input)
  return { ok: true }
})
