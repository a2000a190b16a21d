import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { z } from 'zod'
import { idParamSchema, optionalText } from '#shared/schemas/common'
import { withdrawLoan } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

const body = z.object({ reason: optionalText(500, { multiline: true }) })

/** POST /api/loans/:id/withdraw `{ reason? }` → `{ id, status: "WITHDRAWN" }` — before a final decision. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { reason } = await readValidatedBody(event, body.parse)
  return withdrawLoan(user, id, reason ?? null)
})
