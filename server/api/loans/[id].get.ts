import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { getLoan } from '../../services/loans'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/loans/:id — the application as its viewer may see it (personal numbers masked); 404 to anyone not its applicant or a reviewer of it. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return getLoan(user, id)
})
