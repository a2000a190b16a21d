import { readValidatedBody, setResponseStatus } from 'h3'
import { ratingSchema } from '#shared/schemas/training'
import { rateService } from '../services/ratings'
import { defineApiHandler } from '../utils/api'
import { requireUser } from '../utils/auth'

/** POST /api/ratings `{ serviceType, serviceId, grade 1–5, comment? }` → 201 — one 好差评 rating per person per service; a bad one becomes a staff call-back task. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const input = await readValidatedBody(event, ratingSchema.parse)
  const r = await rateService(user, input)
  setResponseStatus(event, 201)
  return r
})
