import type { HolidayCalendar, HolidayYear } from '../data/holidays'
import { isoWeekday, zonedDate } from './zoned-time'

/**
 * Working days (工作日) in China: Monday to Friday, less the public holidays, plus the weekend
 * days that are working days (调休) — from a calendar passed in (shared/data/holidays.ts, or one
 * an admin edited in the database). All dates are Beijing calendar days written YYYY-MM-DD.
 *
 * Counting, as time limits are counted in law (民法典 第二百零一条: 开始的当日不计入，自下一日开始
 * 计算): the day something starts never counts; "N working days after D" is the N-th working
 * day strictly after D. Submitted on Friday before a holiday, day 1 is the first working day after
 * the holiday. A limit of N days is kept when the step ends on or before that day.
 *
 *   addWorkingDays('2026-09-30', 1)          → '2026-10-08'  (国庆 1–7 Oct)
 *   workingDaysBetween(a, addWorkingDays(a, n)) === n
 *
 * A year the calendar does not hold counts Monday to Friday; the clock then says `estimated`.
 * Fast: a calendar is compiled once into a per-day bitmap and a running count (cached per
 * calendar array, so treat a calendar as immutable and pass a new array after an edit), which
 * makes `workingDaysBetween` constant time and `isWorkingDay` a table look-up.
 */
export type CalendarInput = HolidayCalendar | CompiledCalendar

export interface CompiledCalendar {
  readonly compiled: true
  /** day number (days since 1970-01-01) of 1 January of the first year held */
  readonly start: number
  /** day number of 1 January after the last year held */
  readonly end: number
  /** 1 = working day, per day from `start` */
  readonly working: Uint8Array
  /** working days in [start, start + i) */
  readonly cum: Int32Array
  /** years held, and whether each is sample data */
  readonly years: ReadonlyMap<number, { sample: boolean }>
}

const DAY_MS = 86_400_000

/** Days since 1970-01-01 of a calendar day; throws on anything that is not a real YYYY-MM-DD. */
export function dayNumber(date: string): number {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') throw new RangeError(`not a calendar day: ${date}`)
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7))
  const d = Number(date.slice(8, 10))
  const t = Date.UTC(y, m - 1, d)
  const check = new Date(t)
  if (!Number.isInteger(y) || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) throw new RangeError(`not a calendar day: ${date}`)
  return t / DAY_MS
}

export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
const weekdayIndex = (n: number) => (((n + 3) % 7) + 7) % 7
const floorDiv = (a: number, b: number) => Math.floor(a / b)

/** Monday-to-Friday days in [0, n) (negative for n < 0). */
function weekdaysBefore(n: number): number {
  const x = n + 3 // days since Monday 1969-12-29
  const weeks = floorDiv(x, 7)
  return weeks * 5 + Math.min(x - weeks * 7, 5) - 3
}

const cache = new WeakMap<HolidayCalendar, CompiledCalendar>()

/** Compiles a calendar (done for you, once per calendar array, by every function here). */
export function compileCalendar(calendar: HolidayCalendar): CompiledCalendar {
  const cached = cache.get(calendar)
  if (cached) return cached
  const years = new Map<number, { sample: boolean }>()
  for (const y of calendar) years.set(y.year, { sample: y.sample })
  const sorted = [...years.keys()].sort((a, b) => a - b)
  const start = sorted.length ? Date.UTC(sorted[0]!, 0, 1) / DAY_MS : 0
  const end = sorted.length ? Date.UTC(sorted[sorted.length - 1]! + 1, 0, 1) / DAY_MS : 0
  const working = new Uint8Array(end - start)
  for (let i = 0; i < working.length; i++) working[i] = weekdayIndex(start + i) < 5 ? 1 : 0
  for (const y of calendar) {
    for (const d of y.holidays) {
      const n = dayNumber(d)
      if (n >= start && n < end) working[n - start] = 0
    }
    for (const d of y.workdays) {
      const n = dayNumber(d)
      if (n >= start && n < end) working[n - start] = 1
    }
  }
  const cum = new Int32Array(working.length + 1)
  for (let i = 0; i < working.length; i++) cum[i + 1] = cum[i]! + working[i]!
  const compiled: CompiledCalendar = { compiled: true, start, end, working, cum, years }
  cache.set(calendar, compiled)
  return compiled
}

function compiledOf(calendar: CalendarInput): CompiledCalendar {
  return 'compiled' in calendar ? calendar : compileCalendar(calendar)
}

function isWorkingNumber(c: CompiledCalendar, n: number): boolean {
  if (n >= c.start && n < c.end) return c.working[n - c.start] === 1
  return weekdayIndex(n) < 5
}

/** Working days in [c.start, n), extended outside the calendar by Monday to Friday. */
function rank(c: CompiledCalendar, n: number): number {
  if (n <= c.start) return weekdaysBefore(n) - weekdaysBefore(c.start)
  if (n <= c.end) return c.cum[n - c.start]!
  return c.cum[c.end - c.start]! + weekdaysBefore(n) - weekdaysBefore(c.end)
}

export function isWorkingDay(date: string, calendar: CalendarInput): boolean {
  return isWorkingNumber(compiledOf(calendar), dayNumber(date))
}

/**
 * The n-th working day after `date` (the date itself never counts); n < 0 counts back, n = 0
 * gives the date itself.
 */
export function addWorkingDays(date: string, n: number, calendar: CalendarInput): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of working days: ${n}`)
  const c = compiledOf(calendar)
  let d = dayNumber(date)
  const step = n < 0 ? -1 : 1
  for (let left = Math.abs(n); left > 0;) {
    d += step
    if (isWorkingNumber(c, d)) left--
  }
  return dayString(d)
}

/**
 * Working days after `from` up to and including `to`: 0 for the same day, negative when `to` is
 * earlier. The inverse of addWorkingDays.
 */
export function workingDaysBetween(from: string, to: string, calendar: CalendarInput): number {
  const c = compiledOf(calendar)
  return rank(c, dayNumber(to) + 1) - rank(c, dayNumber(from) + 1)
}

/** True when every day from `from` to `to` lies in a year the calendar holds as checked data. */
export function calendarCovers(from: string, to: string, calendar: CalendarInput): boolean {
  const c = compiledOf(calendar)
  const [a, b] = from <= to ? [from, to] : [to, from]
  for (let y = Number(a.slice(0, 4)); y <= Number(b.slice(0, 4)); y++) {
    const held = c.years.get(y)
    if (!held || held.sample) return false
  }
  return true
}

export interface DueClock {
  /** the Beijing day the clock started (it does not count) */
  startedOn: string
  /** the last day within the limit */
  dueOn: string
  /** working days after today up to the due day (0 on the due day itself and once overdue) */
  workingDaysLeft: number
  /** today is after the due day */
  overdue: boolean
  /** working days after the due day up to today (0 over a weekend right after the due day) */
  overdueDays: number
  /** some day counted lies in a year the calendar does not hold, or holds as sample data */
  estimated: boolean
}

/** The clock of a time limit of `limitDays` working days that started at an instant. */
export function dueClock(startedAt: Date, limitDays: number, now: Date, calendar: CalendarInput): DueClock {
  return dueClockOn(zonedDate(startedAt), limitDays, zonedDate(now), calendar)
}

/** The same, from Beijing calendar days. */
export function dueClockOn(startedOn: string, limitDays: number, today: string, calendar: CalendarInput): DueClock {
  const c = compiledOf(calendar)
  const dueOn = addWorkingDays(startedOn, limitDays, c)
  const overdue = today > dueOn
  return {
    startedOn,
    dueOn,
    workingDaysLeft: overdue ? 0 : Math.max(0, workingDaysBetween(today, dueOn, c)),
    overdue,
    overdueDays: overdue ? workingDaysBetween(dueOn, today, c) : 0,
    estimated: !calendarCovers(startedOn, today > dueOn ? today : dueOn, c),
  }
}

export type CalendarProblemCode = 'NOT_A_DATE' | 'OTHER_YEAR' | 'DUPLICATE' | 'BOTH' | 'WORKDAY_ON_WEEKDAY' | 'DUPLICATE_YEAR'
export interface CalendarProblem { year: number, date: string | null, code: CalendarProblemCode }

/**
 * What is wrong with a calendar an admin entered: a day that is no date or lies in another year,
 * a day listed twice or as both holiday and workday, a "workday" that is a weekday anyway, a
 * year given twice. Empty when it is fine.
 */
export function checkCalendar(calendar: readonly HolidayYear[]): CalendarProblem[] {
  const out: CalendarProblem[] = []
  const seenYears = new Set<number>()
  for (const y of calendar) {
    if (seenYears.has(y.year)) out.push({ year: y.year, date: null, code: 'DUPLICATE_YEAR' })
    seenYears.add(y.year)
    const seen = new Map<string, 'holiday' | 'workday'>()
    const visit = (d: string, kind: 'holiday' | 'workday') => {
      try {
        dayNumber(d)
      }
      catch {
        out.push({ year: y.year, date: d, code: 'NOT_A_DATE' })
        return
      }
      if (Number(d.slice(0, 4)) !== y.year) out.push({ year: y.year, date: d, code: 'OTHER_YEAR' })
      const before = seen.get(d)
      if (before) out.push({ year: y.year, date: d, code: before === kind ? 'DUPLICATE' : 'BOTH' })
      seen.set(d, kind)
      if (kind === 'workday' && isoWeekday(d) < 6) out.push({ year: y.year, date: d, code: 'WORKDAY_ON_WEEKDAY' })
    }
    for (const d of y.holidays) visit(d, 'holiday')
    for (const d of y.workdays) visit(d, 'workday')
  }
  return out
}
