import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { adviserSchema } from '#shared/schemas/case'
import { idParamSchema } from '#shared/schemas/common'
import { chooseAdviser } from '../../../../services/cases'
import { defineApiHandler } from '../../../../utils/api'
import { requireUser } from '../../../../utils/auth'

/** POST /api/cases/:id/adviser `{ userId }` or `{ mentorId }` → `{ adviser: assigned | invited }`: the owner invites a mentor (one they had a session with is assigned at once); staff assign. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, adviserSchema.parse)
  return chooseAdviser(user, id, input)
})
