import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { z } from 'zod'
import { objectionHandleSchema } from '#shared/schemas/loan'
import { handleObjection } from '../../../../services/loans'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

const params = z.object({ id: z.uuid('validation.invalid'), objectionId: z.uuid('validation.invalid') })

/** POST /api/loans/:id/objections/:objectionId `{ outcome, note }` — staff handle an objection; dismissed, a notice that is over then ends. Upheld: refuse the NOTICE step. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const { id, objectionId } = await getValidatedRouterParams(event, params.parse)
  await handleObjection(user, id, objectionId, await readValidatedBody(event, objectionHandleSchema.parse))
  return { handled: true }
})
