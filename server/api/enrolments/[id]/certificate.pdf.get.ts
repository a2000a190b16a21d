import { getValidatedRouterParams, setResponseHeaders } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { certificatePdf } from '../../../services/enrolments'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { requestLocale } from '../../../utils/errors'

/** GET /api/enrolments/:id/certificate.pdf → application/pdf: the holder's certificate (also its trainers and staff). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { pdf, code } = await certificatePdf(user, id, requestLocale(event))
  setResponseHeaders(event, { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="starthub-certificate-${code}.pdf"`, 'Cache-Control': 'private, no-store' })
  return pdf
})
