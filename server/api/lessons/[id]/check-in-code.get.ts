import { getValidatedRouterParams, setResponseHeader } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { screenCode } from '../../../services/enrolments'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** GET /api/lessons/:id/check-in-code — the room screen: the current 6-digit code, its QR code (SVG) and when it changes (trainers of the session and staff). */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'TRAINER', 'STAFF')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  setResponseHeader(event, 'Cache-Control', 'no-store')
  return screenCode(user, id)
})
