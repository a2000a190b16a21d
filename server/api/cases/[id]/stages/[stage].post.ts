import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { stageActionSchema, stageParamSchema } from '#shared/schemas/case'
import { actOnStage, getCase } from '../../../../services/cases'
import { defineApiHandler } from '../../../../utils/api'
import { requireUser } from '../../../../utils/auth'

/** POST /api/cases/:id/stages/:stage `{ action: complete | skip | reopen, reason? }` → the case. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id, stage } = await getValidatedRouterParams(event, stageParamSchema.parse)
  const input = await readValidatedBody(event, stageActionSchema.parse)
  await actOnStage(user, id, stage, input)
  return getCase(user, id)
})
