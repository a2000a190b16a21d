import type { H3Event } from 'h3'
import { getHeader, isError, setResponseHeader, setResponseStatus } from 'h3'
import { ZodError } from 'zod'
import type { AppLocale, MessageKey } from '#shared/i18n/messages'
import { issueMessage, resolveLocale, translate } from '#shared/i18n/messages'
import type { ApiErrorBody } from '#shared/types/api'
import type { ErrorCode } from '#shared/utils/errors'
import { ERROR_CODES } from '#shared/utils/errors'
import { log } from './log'

/** A field's message: a key, or a key with parameters. */
export type FieldMessage = MessageKey | { key: MessageKey, params: Record<string, string | number> }

/** A message parameter: one value, or one per language (a list of reasons named in each). */
export type ErrorParam = string | number | Record<AppLocale, string>

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly fields?: Record<string, FieldMessage>,
    public readonly params: Record<string, ErrorParam> = {},
    public readonly headers: Record<string, string> = {},
    /** structured detail for the page (codes, items), added to the body as `details` */
    public readonly details?: Record<string, unknown>,
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
    fields[path] = issueMessage(locale, issue as Parameters<typeof issueMessage>[1])
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
    const params = Object.fromEntries(Object.entries(cause.params).map(([k, v]) => [k, typeof v === 'object' ? v[locale] : v]))
    const body: ApiErrorBody = { code: cause.code, message: translate(locale, def.key, params) }
    if (cause.details) body.details = cause.details
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
  if (isOverloaded(error)) {
    // the transaction never started or was rolled back: nothing was written, and saying so is the truth
    log.warn('database busy', { path: event.path, error: describe(error) })
    setResponseHeader(event, 'Retry-After', 5)
    return { status: 503, body: { code: 'busy', message: translate(locale, 'error.busy') } }
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

/** A transaction that could not start in time, or ran out of time, under load (Prisma P2028), or a statement past its time limit (57014): it was rolled back. */
export function isOverloaded(error: unknown): boolean {
  return /P2028|Unable to start a transaction in the given time|Transaction already closed|Transaction API error|57014|canceling statement due to statement timeout/i.test(describe(error))
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
