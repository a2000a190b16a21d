/**
 * Wall-clock time in a named time zone without a date library: Intl does the zone rules.
 * Mentors enter and see times in Asia/Shanghai; the database stores UTC instants.
 * A "date" here is a calendar day written YYYY-MM-DD; a "minute" is minutes since that day's midnight.
 */
export const SERVICE_TIMEZONE = 'Asia/Shanghai'

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    formatters.set(tz, f)
  }
  return f
}

interface WallClock { year: number, month: number, day: number, hour: number, minute: number, second: number }

/** Intl's answer, the slow way (formatToParts): what the cached offsets below are checked against. */
function wallClockByIntl(t: number, tz: string): WallClock {
  const parts = formatter(tz).formatToParts(t)
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find(p => p.type === type)!.value)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
}

/** The offset in ms that Intl gives at t (whole seconds), the sub-second part of t ignored. */
function offsetByIntl(t: number, tz: string): number {
  const w = wallClockByIntl(t, tz)
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(t / 1000) * 1000
}

const BUCKET_MS = 15 * 60_000
const MAX_OFFSETS = 20_000
/** `${tz}|${15-minute bucket of UTC}` → the zone's offset in ms, where it is the same all through that bucket */
const offsets = new Map<string, number>()

/**
 * The zone's offset at t. formatToParts cost about 1.5 % of a signed-in page's render (every date
 * on it), so the offset is kept per zone and quarter-hour: a quarter-hour is cached only when Intl
 * gives the same offset at its first and its last second (no change of offset inside it, however
 * a zone's rules fall); otherwise each instant asks Intl.
 */
function offsetAt(t: number, tz: string): number {
  const bucket = Math.floor(t / BUCKET_MS)
  const key = `${tz}|${bucket}`
  const known = offsets.get(key)
  if (known !== undefined) return known
  const start = bucket * BUCKET_MS
  const first = offsetByIntl(start, tz)
  if (offsetByIntl(start + BUCKET_MS - 1000, tz) !== first) return offsetByIntl(t, tz)
  if (offsets.size >= MAX_OFFSETS) offsets.clear()
  offsets.set(key, first)
  return first
}

export function wallClock(instant: Date, tz: string = SERVICE_TIMEZONE): WallClock {
  const t = instant.getTime()
  const d = new Date(t + offsetAt(t, tz))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() }
}

/** The zone's offset from UTC at that instant, in minutes (Asia/Shanghai: +480). */
export function zoneOffsetMinutes(instant: Date, tz: string = SERVICE_TIMEZONE): number {
  const w = wallClock(instant, tz)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0')

/** The UTC instant of a wall-clock time (date + minutes since midnight) in the zone. */
export function zonedToUtc(date: string, minute: number, tz: string = SERVICE_TIMEZONE): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const naive = Date.UTC(y, m - 1, d, 0, minute)
  // two passes settle the offset also next to a zone's offset change
  let offset = zoneOffsetMinutes(new Date(naive), tz)
  offset = zoneOffsetMinutes(new Date(naive - offset * 60_000), tz)
  return new Date(naive - offset * 60_000)
}

/** Since 1992 Beijing time is UTC+8 all year (China dropped daylight saving in 1991). */
const FIXED_OFFSET_FROM = Date.UTC(1992, 0, 1)

/** The calendar day of an instant in the zone. */
export function zonedDate(instant: Date, tz: string = SERVICE_TIMEZONE): string {
  // the clocks of the loan queue ask this for every row: skip Intl where the offset is fixed
  const t = instant.getTime()
  if (tz === SERVICE_TIMEZONE && t >= FIXED_OFFSET_FROM) return new Date(t + 8 * 3_600_000).toISOString().slice(0, 10)
  const w = wallClock(instant, tz)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`
}

/** ISO 8601 with the zone's offset, e.g. 2026-12-01T10:00:00+08:00. */
export function toZonedIso(instant: Date, tz: string = SERVICE_TIMEZONE): string {
  const w = wallClock(instant, tz)
  const off = zoneOffsetMinutes(instant, tz)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
}

/** HH:mm of an instant in the zone. */
export function zonedTime(instant: Date, tz: string = SERVICE_TIMEZONE): string {
  const w = wallClock(instant, tz)
  return `${pad(w.hour)}:${pad(w.minute)}`
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The same day n months later (or earlier), at the month's last day when it is shorter: 01-31 + 1 month → 02-28. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10)
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7
}

/** The Monday that starts the calendar day's week. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date))
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export function isCalendarDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && addDays(s, 0) === s
}

/** "09:30" ⇄ 570 */
export function minuteToHhmm(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`
}
export function hhmmToMinute(s: string): number {
  const [h, m] = s.split(':').map(Number) as [number, number]
  return h * 60 + m
}
