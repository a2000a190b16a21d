import { z } from 'zod'
import { daysBetween, isCalendarDate, zonedDate } from '../utils/zoned-time'
import { hasControlChars } from '../utils/text'

/**
 * The building blocks of every schema. Messages are keys of shared/i18n/messages.ts; a key
 * that names a limit ("至少 {min} 个字") gets the limit from the zod issue, so the browser and the
 * server show the same words with the same number.
 */

/** No text field accepts control characters; multi-line fields keep tab and line breaks. */
const clean = (opts: { multiline?: boolean } = {}) => (v: string) => !hasControlChars(v, opts)

/** Trimmed text of min..max characters (min 1 means required), one line unless `multiline`. */
/** Text with no control characters (for fields with their own messages). */
export function cleanText(schema: z.ZodString): z.ZodString {
  return schema.refine(clean(), 'validation.controlChars')
}

export function text(min: number, max: number, opts: { multiline?: boolean } = {}) {
  const base = z.string({ error: 'validation.required' }).trim()
  const sized = min <= 1
    ? base.min(1, 'validation.required')
    : base.min(min, 'validation.minChars')
  return sized
    .max(max, 'validation.maxChars')
    .refine(clean(opts), 'validation.controlChars')
}

/** Optional text: empty becomes null. */
export function optionalText(max: number, opts: { multiline?: boolean } = {}) {
  return z.string({ error: 'validation.invalid' }).trim().max(max, 'validation.maxChars')
    .refine(clean(opts), 'validation.controlChars')
    .nullish()
    .transform(v => v || null)
}

/** A free-text search box: trimmed, cut at 100 characters (long queries are trimmed, not refused), control characters refused. */
export const searchText = z.string().optional()
  .transform(s => (s ?? '').trim().slice(0, 100))
  .refine(clean(), 'validation.controlChars')

/**
 * The message for a value that is not a number: a number field left empty (undefined, null, ''
 * or NaN, as forms send it) is "required"; anything else is "not in the right format".
 */
export function numberError(issue: { input?: unknown }): string {
  const v = issue.input
  return v === undefined || v === null || v === '' || Number.isNaN(v) ? 'validation.required' : 'validation.invalid'
}

export function int(min: number, max: number) {
  return z.number({ error: numberError }).int('validation.invalid').min(min, 'validation.minValue').max(max, 'validation.maxValue')
}

/** A whole number from the query string, `min` to `max`. */
export function intParam(min: number, max: number) {
  return z.coerce.number({ error: 'validation.invalid' }).int('validation.invalid').min(min, 'validation.minValue').max(max, 'validation.maxValue')
}

/** A page number from the query string. */
export function pageParam(max = 10_000) {
  return intParam(1, max).default(1)
}

/** How many results a list page holds: `fallback` unless asked, 1 to `max`. */
export function pageSizeParam(fallback: number, max = 50) {
  return intParam(1, max).default(fallback)
}

/** Comma-separated values of one facet in the query string, each once. */
export const listParam = z.string().max(500, 'validation.maxChars').optional()
  .transform(v => (v ? [...new Set(v.split(',').map(s => s.trim()).filter(Boolean))] : []))
  .refine(v => v.every(clean()), 'validation.controlChars')

/** The same, upper-cased (codes such as LOW, ONLINE). */
export const upperListParam = listParam.transform(v => v.map(s => s.toUpperCase()))

/** A choice not made: the field left out or null. */
const notGiven = (v: unknown) => v === undefined || v === null

/**
 * One value of a fixed list. Not given → "此项为必填项。"; any other value → the list it may take
 * ("此项只能是以下之一：…", shared/i18n/messages.ts), so that neither a form nor an API client is
 * left with "此项的格式不正确".
 */
export function oneOf<const T extends readonly string[]>(values: T) {
  return z.enum(values, { error: iss => (notGiven(iss.input) ? 'validation.required' : 'validation.invalid') })
}

/** `true`/`false`/`1`/`0` from the query string. */
export const boolParam = oneOf(['true', 'false', '1', '0']).optional()
  .transform(v => (v === undefined ? undefined : v === 'true' || v === '1'))

/**
 * `facets=false` (or `0`): the page of items alone, without the counts of each facet's values
 * (a short list such as the home page's next three, which shows no filters). Default: counted.
 */
export const facetsParam = boolParam.transform(v => v !== false)

export const idParamSchema = z.object({ id: z.uuid('validation.invalid') })

/** How far from today a date may be: beyond this, it is a typing error (e.g. 9999-12-31). */
export const DATE_BOUND_DAYS = 5 * 366

function withinBound(date: string): boolean {
  const today = new Date().toISOString().slice(0, 10)
  return Math.abs(daysBetween(today, date)) <= DATE_BOUND_DAYS
}

/** A calendar day YYYY-MM-DD within five years of today. */
export const calendarDate = z.string({ error: 'validation.required' })
  .refine(isCalendarDate, 'validation.invalid')
  .refine(withinBound, 'validation.dateOutOfRange')

/** An ISO 8601 instant with offset, within five years of now. */
export const instant = z.iso.datetime({ offset: true, error: 'validation.invalid' })
  .refine(v => Math.abs(Date.parse(v) - Date.now()) <= DATE_BOUND_DAYS * 86_400_000, 'validation.dateOutOfRange')

/** A calendar day YYYY-MM-DD within five years of today and not after today in Beijing (a day something happened). */
export const pastCalendarDate = calendarDate
  .refine(v => v <= zonedDate(new Date()), 'validation.dateInFuture')
