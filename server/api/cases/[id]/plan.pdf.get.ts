import { getValidatedQuery, getValidatedRouterParams, setResponseHeaders } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { planDocumentQuerySchema } from '#shared/schemas/case-plan'
import { planDocument } from '../../../services/cases'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { requestLocale } from '../../../utils/errors'

/** GET /api/cases/:id/plan.pdf?version= → application/pdf: the plan laid out as a 创业计划书 (the draft, or a frozen version). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { version } = await getValidatedQuery(event, planDocumentQuerySchema.parse)
  const doc = await planDocument(user, id, 'pdf', { version, locale: requestLocale(event) })
  setResponseHeaders(event, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${doc.filename}"`,
    'Cache-Control': 'private, no-store',
  })
  return doc.body
})
