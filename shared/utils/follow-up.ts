import { addDays, addMonths } from './zoned-time'

/**
 * 跟踪扶持 — follow-up after opening: when to ask, when a question counts as missed, and the
 * survival figures (创业实体生存指数) staff read per city and opening cohort. Pure; dates are
 * Beijing calendar days written YYYY-MM-DD (shared/utils/zoned-time.ts).
 *
 * Rules:
 * - A check-in is due N months after the opening, on the same day of the month; when that month
 *   is shorter, on its last day (opened 2024-01-31 → 3 months: 2024-04-30; 2024-02-29 → 12
 *   months: 2025-02-28). The months are always counted from the opening, never from the
 *   previous check-in, so the dates do not drift (2024-01-31 → 6 months: 2024-07-31).
 * - It may be answered from 14 days before it is due; a reminder goes out 7 days after it is due
 *   if it is still unanswered; the last day an answer counts is 30 days after it is due. From the
 *   day after, the check-in is missed: it is closed, never answered later and never guessed.
 * - Survival at a point (6, 12, 36 months) is the share of a cohort (the businesses of one city
 *   that opened in one calendar month) still trading at that check-in, counted from check-ins
 *   only. A missed check-in is left out of that point's denominator and reported as `unknown`.
 *   A closure is final: a business that reported CLOSED is counted closed at every later point
 *   (follow-up stops asking it) unless a later check-in says otherwise. A point is reported only
 *   once every business of the cohort is past that check-in's last day; before that it is null.
 *   Cohorts are never mixed in one rate (Eurostat/ONS business demography).
 */

export const CHECK_IN_MONTHS = [3, 6, 12, 24, 36] as const
export type CheckInMonths = (typeof CHECK_IN_MONTHS)[number]

/** Check-in answers (the business's own words at that check-in). */
export const CHECK_IN_STATUSES = ['TRADING', 'PAUSED', 'CLOSED'] as const
export type CheckInStatusCode = (typeof CHECK_IN_STATUSES)[number]

/** Monthly revenue bands (CNY, inclusive); labels in i18n/locales/*.cases.json (cases.revenueBand). */
export const REVENUE_BANDS = [
  { code: 'lt10k', min: 0, max: 9_999 },
  { code: '10k-30k', min: 10_000, max: 29_999 },
  { code: '30k-100k', min: 30_000, max: 99_999 },
  { code: '100k-500k', min: 100_000, max: 499_999 },
  { code: 'gte500k', min: 500_000, max: Number.MAX_SAFE_INTEGER },
] as const
export type RevenueBandCode = (typeof REVENUE_BANDS)[number]['code']
export const REVENUE_BAND_CODES = REVENUE_BANDS.map(b => b.code) as [RevenueBandCode, ...RevenueBandCode[]]

/** What help the business asks for at a check-in (cases.helpKind). */
export const HELP_KINDS = ['FINANCING', 'MARKET', 'STAFF', 'LICENCES', 'OTHER'] as const
export type HelpKindCode = (typeof HELP_KINDS)[number]

/** The points survival is reported at. */
export const SURVIVAL_POINTS = [6, 12, 36] as const satisfies readonly CheckInMonths[]
export type SurvivalMonths = (typeof SURVIVAL_POINTS)[number]

/** Days around the due date (see the rules above). */
export const CHECK_IN_WINDOW = { opensDaysBefore: 14, remindDaysAfter: 7, closesDaysAfter: 30 } as const

export interface CheckInDue {
  monthsAfter: CheckInMonths
  dueOn: string
  /** the first day an answer is taken */
  opensOn: string
  /** the reminder, if still unanswered */
  remindOn: string
  /** the last day an answer counts; from the next day the check-in is missed */
  closesOn: string
}

/** The dates of one check-in. */
export function checkInDates(openedOn: string, monthsAfter: CheckInMonths): CheckInDue {
  const dueOn = addMonths(openedOn, monthsAfter)
  return {
    monthsAfter,
    dueOn,
    opensOn: addDays(dueOn, -CHECK_IN_WINDOW.opensDaysBefore),
    remindOn: addDays(dueOn, CHECK_IN_WINDOW.remindDaysAfter),
    closesOn: addDays(dueOn, CHECK_IN_WINDOW.closesDaysAfter),
  }
}

/** Every check-in of a business that opened on `openedOn` (a Beijing calendar day). */
export function checkInSchedule(openedOn: string): CheckInDue[] {
  return CHECK_IN_MONTHS.map(n => checkInDates(openedOn, n))
}

/**
 * Where a check-in stands on a day: not yet open, open (until due), overdue (past due, still
 * taken), answered, or missed.
 */
export type CheckInState = 'UPCOMING' | 'OPEN' | 'OVERDUE' | 'ANSWERED' | 'MISSED'

export function checkInState(due: Pick<CheckInDue, 'opensOn' | 'dueOn' | 'closesOn'>, today: string, answeredOn: string | null = null): CheckInState {
  if (answeredOn && answeredOn <= due.closesOn) return 'ANSWERED'
  if (today < due.opensOn) return 'UPCOMING'
  if (today <= due.dueOn) return 'OPEN'
  if (today <= due.closesOn) return 'OVERDUE'
  return 'MISSED'
}

/** Whether an answer given today still counts for this check-in. */
export function acceptsAnswer(due: Pick<CheckInDue, 'opensOn' | 'closesOn'>, today: string): boolean {
  return today >= due.opensOn && today <= due.closesOn
}

// ---------------------------------------------------------------------------------------------
// Survival by cohort
// ---------------------------------------------------------------------------------------------

export interface SurvivalOpening { caseId: string, city: string | null, openedOn: string }
export interface SurvivalCheckIn {
  caseId: string
  monthsAfter: number
  /** null: the check-in was missed */
  status: CheckInStatusCode | null
  employees: number | null
}

/** The figures of one cohort at one point. Aggregates only: no case is named. */
export interface SurvivalFigures {
  /** businesses whose status at this point is known (answered, or closed earlier) */
  known: number
  trading: number
  paused: number
  closed: number
  /** missed check-ins: not in `known` and not guessed */
  unknown: number
  /** trading / known; null when nothing is known */
  share: number | null
  /** people working (owners included) in the businesses known at this point; closed ones count 0 */
  jobs: number
}

export interface SurvivalRow {
  city: string | null
  /** the opening month, YYYY-MM */
  cohort: string
  opened: number
  /** null: the cohort has not reached that point yet */
  points: Record<SurvivalMonths, SurvivalFigures | null>
}

function statusAt(checkIns: readonly SurvivalCheckIn[], months: number): { status: CheckInStatusCode, employees: number } | null {
  const own = checkIns.find(c => c.monthsAfter === months && c.status !== null)
  if (own?.status) return { status: own.status, employees: own.status === 'CLOSED' ? 0 : own.employees ?? 0 }
  // a closure reported earlier stands until an answer says otherwise
  const earlier = checkIns
    .filter((c): c is SurvivalCheckIn & { status: CheckInStatusCode } => c.monthsAfter < months && c.status !== null)
    .sort((a, b) => b.monthsAfter - a.monthsAfter)[0]
  return earlier?.status === 'CLOSED' ? { status: 'CLOSED', employees: 0 } : null
}

/**
 * Survival per city and opening cohort as of a day (see the rules at the top of this file).
 * Rows are ordered by city (no city last) and cohort.
 */
export function survivalByCohort(openings: readonly SurvivalOpening[], checkIns: readonly SurvivalCheckIn[], asOf: string): SurvivalRow[] {
  const byCase = new Map<string, SurvivalCheckIn[]>()
  for (const c of checkIns) {
    const list = byCase.get(c.caseId)
    if (list) list.push(c)
    else byCase.set(c.caseId, [c])
  }
  const groups = new Map<string, { city: string | null, cohort: string, cases: SurvivalOpening[] }>()
  for (const o of openings) {
    const cohort = o.openedOn.slice(0, 7)
    const key = `${o.city ?? ''}\u0000${cohort}`
    const group = groups.get(key)
    if (group) group.cases.push(o)
    else groups.set(key, { city: o.city, cohort, cases: [o] })
  }

  const rows: SurvivalRow[] = []
  for (const { city, cohort, cases } of groups.values()) {
    const lastOpened = cases.reduce((max, c) => (c.openedOn > max ? c.openedOn : max), cases[0]!.openedOn)
    const point = (months: SurvivalMonths): SurvivalFigures | null => {
      if (asOf <= checkInDates(lastOpened, months).closesOn) return null
      const f: SurvivalFigures = { known: 0, trading: 0, paused: 0, closed: 0, unknown: 0, share: null, jobs: 0 }
      for (const c of cases) {
        const s = statusAt(byCase.get(c.caseId) ?? [], months)
        if (!s) {
          f.unknown++
          continue
        }
        f.known++
        f.jobs += s.employees
        if (s.status === 'TRADING') f.trading++
        else if (s.status === 'PAUSED') f.paused++
        else f.closed++
      }
      f.share = f.known ? f.trading / f.known : null
      return f
    }
    rows.push({ city, cohort, opened: cases.length, points: { 6: point(6), 12: point(12), 36: point(36) } })
  }
  return rows.sort((a, b) => (a.city === b.city ? 0 : a.city === null ? 1 : b.city === null ? -1 : a.city < b.city ? -1 : 1) || (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : 0))
}
