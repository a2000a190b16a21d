import { getValidatedRouterParams, readValidatedBody, setResponseStatus } from 'h3'
import { caseCommentSchema } from '#shared/schemas/case'
import { idParamSchema } from '#shared/schemas/common'
import { addComment } from '../../../../services/cases'
import { defineApiHandler } from '../../../../utils/api'
import { requireUser } from '../../../../utils/auth'

/** POST /api/cases/:id/comments `{ body, planVersion?, section? }` → 201 `{ id }` (owner, adviser, staff of the city). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, caseCommentSchema.parse)
  const created = await addComment(user, id, input)
  setResponseStatus(event, 201)
  return created
})
