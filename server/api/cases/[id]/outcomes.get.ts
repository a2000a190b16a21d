import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { caseOutcomesFor } from '../../../services/cases'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** GET /api/cases/:id/outcomes → `{ outcomes, recorded }`: the figures StartHub recorded for the case (opening, check-ins, loans, training). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return caseOutcomesFor(user, id)
})
