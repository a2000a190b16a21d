import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { nominationView } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** GET /api/nominations/:id — for its nominee, nominator, reviewers and staff (404 for anyone else). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return nominationView(user, id)
})
