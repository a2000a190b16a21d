import type { ErrorCode } from '../utils/errors'

/** The body of every API error: a stable code, a message in the request's language, and field messages. */
export interface ApiErrorBody {
  code: ErrorCode
  message: string
  fields?: Record<string, string>
  /** structured detail some errors carry (a loan decision's problem code and items, the pre-check's reasons) */
  details?: Record<string, unknown>
}

/** What a page knows after a failed call: the API's answer, or `network` when the server could not be reached. */
export type ClientErrorBody = ApiErrorBody | { code: 'network', message: '', fields?: undefined }

export interface HealthReport {
  status: 'ok' | 'degraded'
  db: 'ok' | 'down'
  search: 'ok' | 'down'
  mail: 'ok' | 'down'
}

/** GET /api/health/ready: whether this instance should get traffic (503 when its database is down). */
export interface ReadinessReport extends HealthReport {
  ready: boolean
  /** job-queue workers running in this instance (0 when RUN_JOBS=0) */
  workers: number
  /** whether this instance hears cache-invalidation signals (LISTEN/NOTIFY) now */
  signals: 'ok' | 'down'
}

/** GET /api/health/live: the process answers (no I/O). */
export interface LivenessReport {
  live: true
  uptimeSeconds: number
}
