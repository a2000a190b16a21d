import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { scoreSchema } from '#shared/schemas/award'
import { scoreNomination } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** PUT /api/nominations/:id/score `{ scores, comment }` — an assigned reviewer's rubric scores, once; 403 `reviewer_excluded` when linked to the nominee. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, scoreSchema.parse)
  return scoreNomination(user, id, input)
})
