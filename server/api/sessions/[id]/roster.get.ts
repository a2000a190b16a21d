import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { roster } from '../../../services/trainings'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** GET /api/sessions/:id/roster — the class roster with attendance and what each trainee still lacks (the session's trainers and staff). */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'TRAINER', 'STAFF')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return roster(user, id)
})
