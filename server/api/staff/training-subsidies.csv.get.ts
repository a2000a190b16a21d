import { getValidatedQuery, setResponseHeaders } from 'h3'
import { subsidyQuerySchema } from '#shared/schemas/training'
import { subsidyList, trainingSubsidyCsv } from '../../services/trainings'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'
import { requestLocale } from '../../utils/errors'

/** GET /api/staff/training-subsidies.csv?institution=&month= — the same list as CSV (UTF-8), in the request's language. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const q = await getValidatedQuery(event, subsidyQuerySchema.parse)
  const csv = trainingSubsidyCsv(await subsidyList(user, q), requestLocale(event))
  setResponseHeaders(event, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="starthub-training-subsidies${q.month ? `-${q.month}` : ''}.csv"`, 'Cache-Control': 'private, no-store' })
  return csv
})
