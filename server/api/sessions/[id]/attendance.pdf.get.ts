import { getValidatedRouterParams, setResponseHeaders } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { attendanceRegisterPdf } from '../../../services/trainings'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'
import { requestLocale } from '../../../utils/errors'

/** GET /api/sessions/:id/attendance.pdf → the attendance register (考勤册) as a printable PDF (the session's trainers and staff). */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'TRAINER', 'STAFF')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { pdf, filename } = await attendanceRegisterPdf(user, id, requestLocale(event))
  setResponseHeaders(event, { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'private, no-store' })
  return pdf
})
