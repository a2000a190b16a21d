import { getValidatedRouterParams, readValidatedBody, setResponseStatus } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { extensionRequestSchema } from '#shared/schemas/loan'
import { requestExtension } from '../../../../services/loans'
import { defineApiHandler } from '../../../../utils/api'
import { requireUser } from '../../../../utils/auth'

/** POST /api/loans/:id/extension `{ months, reason }` → 201 — the borrower asks for the one extension (展期) the rules allow. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  await requestExtension(user, id, await readValidatedBody(event, extensionRequestSchema.parse))
  setResponseStatus(event, 201)
  return { requested: true }
})
