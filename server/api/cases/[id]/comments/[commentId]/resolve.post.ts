import { getValidatedRouterParams } from 'h3'
import { z } from 'zod'
import { resolveComment } from '../../../../../services/cases'
import { defineApiHandler } from '../../../../../utils/api'
import { requireUser } from '../../../../../utils/auth'

const params = z.object({ id: z.uuid('validation.invalid'), commentId: z.uuid('validation.invalid') })

/** POST /api/cases/:id/comments/:commentId/resolve → `{ ok: true }` */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id, commentId } = await getValidatedRouterParams(event, params.parse)
  await resolveComment(user, id, commentId)
  return { ok: true }
})
