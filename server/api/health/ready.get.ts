import { setResponseHeader, setResponseStatus } from 'h3'
import { readinessReport } from '../../services/health'
import { defineApiHandler } from '../../utils/api'

/** GET /api/health/ready — readiness for a load balancer: 200 while the database answers, else 503; search, mail, workers and signals named. */
export default defineApiHandler(async (event) => {
  const report = await readinessReport()
  setResponseHeader(event, 'Cache-Control', 'private, no-store')
  if (!report.ready) setResponseStatus(event, 503)
  return report
})
