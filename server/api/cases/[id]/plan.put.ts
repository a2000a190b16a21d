import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { planSaveSchema } from '#shared/schemas/case-plan'
import { savePlan } from '../../../services/cases'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** PUT /api/cases/:id/plan `{ baseVersion, plan, prefilled? }` → 200 the plan, or 409 `plan_conflict` when saved elsewhere since. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, planSaveSchema.parse)
  return savePlan(user, id, input)
})
