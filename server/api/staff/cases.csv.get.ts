import { getValidatedQuery, setResponseHeaders } from 'h3'
import { staffCaseQuerySchema } from '#shared/schemas/case'
import { staffCasesCsv } from '../../services/cases'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

/** GET /api/staff/cases.csv — the same list as CSV (the filters of /api/staff/cases). */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const csv = await staffCasesCsv(user, await getValidatedQuery(event, staffCaseQuerySchema.parse))
  setResponseHeaders(event, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="starthub-cases.csv"' })
  return csv
})
