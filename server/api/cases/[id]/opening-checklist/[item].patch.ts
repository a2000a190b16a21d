import { getRouterParam, getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { checklistItemUpdateSchema } from '#shared/schemas/opening'
import { updateChecklistItem } from '../../../../services/cases'
import { defineApiHandler } from '../../../../utils/api'
import { requireUser } from '../../../../utils/auth'

/** PATCH /api/cases/:id/opening-checklist/:item `{ status, doneOn?, reason? }` → the checklist (the owner). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const code = getRouterParam(event, 'item')?.toUpperCase()
  const update = await readValidatedBody(event, body => checklistItemUpdateSchema.parse({ ...(body && typeof body === 'object' ? body : {}), code }))
  return updateChecklistItem(user, id, update)
})
