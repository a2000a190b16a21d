import { readValidatedBody, setResponseStatus } from 'h3'
import { lprFixingSchema } from '#shared/schemas/loan-admin'
import { addLprFixing } from '../../services/loans'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'
import { clientIp } from '../../utils/request'

/** POST /api/admin/lpr `{ publishedOn, oneYearBp, fiveYearBp, source, sample }` → 201 — an LPR fixing (the rate cap follows it). */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'ADMIN')
  await addLprFixing(user, await readValidatedBody(event, lprFixingSchema.parse), clientIp(event))
  setResponseStatus(event, 201)
  return { saved: true }
})
