import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { z } from 'zod'
import { text } from '#shared/schemas/common'
import { handleObjection } from '../../../../services/loans'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

const params = z.object({ id: z.uuid('validation.invalid'), objectionId: z.uuid('validation.invalid') })
const body = z.object({ outcome: z.enum(['dismissed', 'upheld'], { error: 'validation.invalid' }), note: text(4, 500, { multiline: true }) })

/** POST /api/loans/:id/objections/:objectionId `{ outcome, note }` — staff handle an objection; dismissed, a notice that is over then ends. Upheld: refuse the NOTICE step. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const { id, objectionId } = await getValidatedRouterParams(event, params.parse)
  await handleObjection(user, id, objectionId, await readValidatedBody(event, body.parse))
  return { handled: true }
})
