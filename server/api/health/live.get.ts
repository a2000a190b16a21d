import { setResponseHeader } from 'h3'
import { livenessReport } from '../../services/health'
import { defineApiHandler } from '../../utils/api'

/** GET /api/health/live — liveness: the process answers; no database, search or mail is asked. */
export default defineApiHandler((event) => {
  setResponseHeader(event, 'Cache-Control', 'private, no-store')
  return livenessReport()
})
