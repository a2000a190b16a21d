import { getValidatedRouterParams, readValidatedBody, setResponseStatus } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { enrolSchema } from '#shared/schemas/training'
import { enrol } from '../../../services/enrolments'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

/**
 * POST /api/sessions/:id/enrolments `{ category? }` → 201 `{ id, status: "CONFIRMED" }` or 201
 * `{ id, status: "WAITLISTED", position }` — a training session or an event; 409 `already_enrolled`,
 * `enrolment_closed`, `programme_limit`; 422 `enrolment_not_eligible`.
 */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, enrolSchema.parse)
  const result = await enrol(user, id, input)
  setResponseStatus(event, 201)
  return result
})
