import { getValidatedRouterParams, setResponseHeaders } from 'h3'
import { z } from 'zod'
import { downloadDocument } from '../../../../services/loans'
import { defineApiHandler } from '../../../../utils/api'
import { requireUser } from '../../../../utils/auth'

const params = z.object({ id: z.uuid('validation.invalid'), docId: z.uuid('validation.invalid') })

/** GET /api/loans/:id/documents/:docId — the file as an attachment, for the applicant and this application's reviewers only (404 to anyone else). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id, docId } = await getValidatedRouterParams(event, params.parse)
  const doc = await downloadDocument(user, id, docId)
  const ascii = doc.filename.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_')
  setResponseHeaders(event, {
    'Content-Type': doc.mime,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': 'sandbox; default-src \'none\'',
  })
  return doc.bytes
})
