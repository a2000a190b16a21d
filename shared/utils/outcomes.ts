/**
 * 平台记录的经营数据: what StartHub itself recorded about a business — never typed in by hand.
 * Success stories show these figures (the author chooses which), award rounds check their
 * eligibility rules against them. Pure: the server gathers the rows (server/services/cases/outcomes.ts).
 */

export const OUTCOME_FIGURES = ['openedOn', 'monthsTrading', 'employees', 'loan', 'training'] as const
export type OutcomeFigure = (typeof OUTCOME_FIGURES)[number]

export interface OutcomeCheckIn {
  /** YYYY-MM-DD, Beijing, when it was answered */
  answeredOn: string
  trading: 'TRADING' | 'PAUSED' | 'CLOSED' | null
  employees: number | null
}

export interface OutcomeInput {
  /** the recorded opening (licence day), YYYY-MM-DD */
  openedOn: string | null
  openingEmployees: number | null
  /** answered check-ins, any order */
  checkIns: readonly OutcomeCheckIn[]
  /** fen paid out by the bank on guaranteed loans applied for through StartHub */
  loansDisbursed: readonly number[]
  /** training programmes with a valid certificate from StartHub */
  trainingProgrammes: readonly string[]
}

export interface CaseOutcomes {
  /** YYYY-MM of the recorded opening */
  openedOn: string | null
  /** whole months from the opening to today, or to the check-in that reported it closed */
  monthsTrading: number | null
  /** trading status at the last check-in (null: none answered yet) */
  trading: 'TRADING' | 'PAUSED' | 'CLOSED' | null
  /** people employed, owner included, at the last check-in that says, else at the opening */
  employees: number | null
  /** where `employees` comes from */
  employeesAsOf: 'check_in' | 'opening' | null
  /** YYYY-MM-DD of the last answered check-in */
  lastCheckInOn: string | null
  /** fen, sum of the loans paid out (null: none) */
  loanFen: number | null
  trainingProgrammes: string[]
}

/** Whole months from `from` to `to` (both YYYY-MM-DD): 2026-01-31 → 2026-02-28 is 0, → 2026-03-01 is 1. */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number]
  let months = (ty - fy) * 12 + (tm - fm)
  if (td < fd) months -= 1
  return Math.max(0, months)
}

export function caseOutcomes(input: OutcomeInput, today: string): CaseOutcomes {
  const answered = [...input.checkIns].sort((a, b) => a.answeredOn.localeCompare(b.answeredOn))
  const last = answered.at(-1) ?? null
  const closedAt = answered.find(c => c.trading === 'CLOSED')?.answeredOn ?? null
  const withEmployees = [...answered].reverse().find(c => c.employees !== null)
  const opened = input.openedOn && input.openedOn <= today ? input.openedOn : null
  const loans = input.loansDisbursed.filter(f => f > 0)
  return {
    openedOn: opened ? opened.slice(0, 7) : null,
    monthsTrading: opened ? wholeMonthsBetween(opened, closedAt ?? today) : null,
    trading: last?.trading ?? null,
    employees: withEmployees?.employees ?? (opened ? input.openingEmployees : null),
    employeesAsOf: withEmployees ? 'check_in' : (opened && input.openingEmployees !== null ? 'opening' : null),
    lastCheckInOn: last?.answeredOn ?? null,
    loanFen: loans.length ? loans.reduce((a, b) => a + b, 0) : null,
    trainingProgrammes: [...new Set(input.trainingProgrammes)].sort(),
  }
}

/** Which of the figures are recorded at all (a story can only show those). */
export function recordedFigures(o: CaseOutcomes): OutcomeFigure[] {
  return OUTCOME_FIGURES.filter((f) => {
    switch (f) {
      case 'openedOn': return o.openedOn !== null
      case 'monthsTrading': return o.monthsTrading !== null
      case 'employees': return o.employees !== null
      case 'loan': return o.loanFen !== null
      case 'training': return o.trainingProgrammes.length > 0
    }
    return false
  })
}
