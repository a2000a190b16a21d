import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { getOpeningChecklist } from '../../../../services/cases'
import { defineApiHandler } from '../../../../utils/api'
import { requireUser } from '../../../../utils/auth'

/** GET /api/cases/:id/opening-checklist → `{ items, complete, settled, total }` for the case's legal form, category and city. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return getOpeningChecklist(user, id)
})
