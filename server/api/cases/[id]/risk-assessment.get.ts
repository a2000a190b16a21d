import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { listAssessments } from '../../../services/cases'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { requestLocale } from '../../../utils/errors'

/** GET /api/cases/:id/risk-assessment — every assessment, the latest first, each with what changed since the one before. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return listAssessments(user, id, requestLocale(event))
})
