import { readValidatedBody, setResponseStatus } from 'h3'
import { offeringCreateSchema } from '#shared/schemas/training'
import { createOffering } from '../../../services/trainings'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** POST /api/staff/offerings — a training session or an event, with its lessons, as a draft → 201 `{ id, status: "DRAFT" }`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const input = await readValidatedBody(event, offeringCreateSchema.parse)
  const created = await createOffering(user, input)
  setResponseStatus(event, 201)
  return created
})
