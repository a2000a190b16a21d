import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { awardRoundPatchSchema } from '#shared/schemas/award'
import { patchRound } from '../../../../services/awards'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

/** PATCH /api/staff/awards/:id — titles and windows (categories and rules only while a draft). */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF', 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, awardRoundPatchSchema.parse)
  return patchRound(user, id, input)
})
