import { getValidatedQuery, setResponseHeaders } from 'h3'
import { subsidyQuerySchema } from '#shared/schemas/loan'
import { subsidyCsv, subsidyList } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'
import { requestLocale } from '../../../utils/errors'

/** GET /api/staff/loans/subsidies.csv?quarter=&bank= — the same list as CSV (UTF-8), in the request's language. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const q = await getValidatedQuery(event, subsidyQuerySchema.parse)
  const csv = subsidyCsv(await subsidyList(user, q.quarter, q.bank), requestLocale(event))
  setResponseHeaders(event, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="starthub-subsidies-${q.quarter}.csv"` })
  return csv
})
