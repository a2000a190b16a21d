import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { checkInSchema } from '#shared/schemas/training'
import { checkIn } from '../../../services/enrolments'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** POST /api/lessons/:id/check-in `{ code }` → 200 `{ lessonId, at }`, or 400 `code_expired` / `code_invalid`, 409 `already_checked_in` / `check_in_not_open`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { code } = await readValidatedBody(event, checkInSchema.parse)
  return checkIn(user, id, code)
})
