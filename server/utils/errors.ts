import type { H3Event } from 'h3'
import { getHeader, isError, setResponseHeader, setResponseStatus } from 'h3'
import { ZodError } from 'zod'
import type { AppLocale, MessageKey } from '#shared/i18n/messages'
import { isMessageKey, resolveLocale, translate } from '#shared/i18n/messages'
import type { ApiErrorBody } from '#shared/types/user'
import { log } from './log'

/**
 * Every error code the API answers with, and its HTTP status. One place, so pages and
 * outside clients can rely on `code`; `message` is translated into the request's language.
 */
export const ERROR_CODES = {
  validation: { status: 400, key: 'error.validation' },
  unauthorized: { status: 401, key: 'error.unauthorized' },
  invalid_credentials: { status: 401, key: 'error.invalid_credentials' },
  forbidden: { status: 403, key: 'error.forbidden' },
  csrf: { status: 403, key: 'error.csrf' },
  email_not_verified: { status: 403, key: 'error.email_not_verified' },
  not_found: { status: 404, key: 'error.not_found' },
  conflict: { status: 409, key: 'error.conflict' },
  email_taken: { status: 409, key: 'error.email_taken' },
  rate_limited: { status: 429, key: 'error.rate_limited' },
  token_invalid: { status: 400, key: 'error.token_invalid' },
  wrong_password: { status: 400, key: 'error.wrong_password' },
  role_not_grantable: { status: 400, key: 'error.role_not_grantable' },
  last_admin: { status: 409, key: 'error.last_admin' },
  slot_taken: { status: 409, key: 'error.slot_taken' },
  slot_unavailable: { status: 409, key: 'error.slot_unavailable' },
  weekly_cap_reached: { status: 409, key: 'error.weekly_cap_reached' },
  booking_overlap: { status: 409, key: 'error.booking_overlap' },
  invalid_transition: { status: 409, key: 'error.invalid_transition' },
  mentor_unavailable: { status: 409, key: 'error.mentor_unavailable' },
  already_reviewed: { status: 409, key: 'error.already_reviewed' },
  mentor_profile_exists: { status: 409, key: 'error.mentor_profile_exists' },
  image_too_large: { status: 413, key: 'error.image_too_large' },
  unsupported_image: { status: 415, key: 'error.unsupported_image' },
  db_unavailable: { status: 503, key: 'error.db_unavailable' },
  internal: { status: 500, key: 'error.internal' },
} as const satisfies Record<string, { status: number, key: MessageKey }>

export type ErrorCode = keyof typeof ERROR_CODES

/** A field's message: a key, or a key with parameters. */
export type FieldMessage = MessageKey | { key: MessageKey, params: Record<string, string | number> }

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly fields?: Record<string, FieldMessage>,
    public readonly params: Record<string, string | number> = {},
    public readonly headers: Record<string, string> = {},
  ) {
    super(code)
    this.name = 'AppError'
  }
}

/** The language of a request: the page's explicit choice, else Accept-Language; Chinese first. */
export function requestLocale(event: H3Event): AppLocale {
  return resolveLocale(getHeader(event, 'x-starthub-locale') || getHeader(event, 'accept-language'))
}

function fieldsFromZod(err: ZodError, locale: AppLocale): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of err.issues) {
    const path = issue.path.join('.') || '_'
    if (fields[path]) continue
    const key = isMessageKey(issue.message) ? issue.message : 'validation.invalid'
    fields[path] = translate(locale, key)
  }
  return fields
}

/** Turns anything thrown in an API handler into the public error body; never a stack trace. */
export function toErrorResponse(event: H3Event, error: unknown): { status: number, body: ApiErrorBody } {
  const locale = requestLocale(event)
  let cause: unknown = error
  // h3's readValidatedBody/getValidatedQuery wrap the validator's error in `data`.
  if (isError(error) && error.data && (error.data instanceof AppError || error.data instanceof ZodError)) cause = error.data

  if (cause instanceof AppError) {
    const def = ERROR_CODES[cause.code]
    for (const [k, v] of Object.entries(cause.headers)) setResponseHeader(event, k, v)
    const body: ApiErrorBody = { code: cause.code, message: translate(locale, def.key, cause.params) }
    if (cause.fields) {
      body.fields = Object.fromEntries(Object.entries(cause.fields).map(([k, v]) => [k, typeof v === 'string' ? translate(locale, v) : translate(locale, v.key, v.params)]))
    }
    return { status: def.status, body }
  }
  if (cause instanceof ZodError) {
    return { status: 400, body: { code: 'validation', message: translate(locale, 'error.validation'), fields: fieldsFromZod(cause, locale) } }
  }
  if (isError(error)) {
    const status = error.statusCode
    const code: ErrorCode | null = status === 400
      ? 'validation'
      : status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'not_found' : status === 405 ? 'not_found' : status === 413 ? 'validation' : null
    if (code) return { status: status === 405 ? 404 : status, body: { code, message: translate(locale, ERROR_CODES[code].key) } }
  }
  if (isDatabaseDown(error)) {
    log.error('database unavailable', { path: event.path, error: describe(error) })
    return { status: 503, body: { code: 'db_unavailable', message: translate(locale, 'error.db_unavailable') } }
  }
  log.error('unhandled API error', { path: event.path, error: describe(error) })
  return { status: 500, body: { code: 'internal', message: translate(locale, 'error.internal') } }
}

export function sendApiError(event: H3Event, error: unknown): ApiErrorBody {
  const { status, body } = toErrorResponse(event, error)
  setResponseStatus(event, status)
  return body
}

export function isDatabaseDown(error: unknown): boolean {
  const text = describe(error)
  return /ECONNREFUSED|ECONNRESET|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|DatabaseNotReachable|Can't reach database|the database system is (starting up|shutting down)/i.test(text)
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause
    return `${error.name}: ${error.message}${cause ? ` (cause: ${describe(cause)})` : ''}`
  }
  return String(error)
}
