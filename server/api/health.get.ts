import { setResponseHeader, setResponseStatus } from 'h3'
import { healthReport } from '../services/health'
import { defineApiHandler } from '../utils/api'

export default defineApiHandler(async (event) => {
  const report = await healthReport()
  setResponseHeader(event, 'Cache-Control', 'private, no-store')
  if (report.db === 'down') setResponseStatus(event, 503)
  return report
})
