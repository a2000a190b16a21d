import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { getCase } from '../../services/cases'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/cases/:id → `{ id, project, stages, timeline, adviser, … }` (404 to anyone not the owner, the adviser or staff of the city). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return getCase(user, id)
})
