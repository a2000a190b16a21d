import type { LoanRuleSet } from '../data/loan-rules'
import { loanTexts } from '../i18n/loans'
import type { LoanNextSteps, LoanOpenStep, LoanPathClock, LoanStepClock } from '../types/loan'
import type { Bilingual, LoanAction, LoanDecision, LoanRole, LoanStatusCode, LoanStepCode, LoanStepState, RefusalReasonCode } from './loan-codes'
import { LOAN_STEPS } from './loan-codes'
import { defineLifecycle } from './lifecycle'
import type { LoanFacts } from './loan-step-table'
import { BEFORE_DECISION, LOAN_STEP_TABLE, UNDER_REVIEW, deciding, facts, isOpen, stepDef } from './loan-step-table'
import type { CalendarInput } from './working-days'
import { calendarCovers, dueClockOn, workingDaysBetween } from './working-days'
import { zonedDate } from './zoned-time'

/**
 * The review path of a guaranteed start-up loan application, as two tables:
 *
 * 1. LOAN_STEP_TABLE — the review steps: who decides what, which step follows which, which run
 *    side by side, and (from the rule set) each step's time limit in working days.
 *
 *      ELIGIBILITY (STAFF, 7) → NOTICE 公示 (5; SYSTEM ends it, STAFF may refuse on an objection)
 *        → GUARANTOR (3) ‖ BANK (5), side by side → APPROVED → DISBURSED → REPAYING → REPAID
 *
 * 2. loanLifecycle — the application's status, in the style of every lifecycle here
 *    (shared/utils/lifecycle.ts): DRAFT → SUBMITTED (受理 by staff) → ELIGIBILITY → NOTICE →
 *    DUE_DILIGENCE → APPROVED → DISBURSED → REPAYING → REPAID; RETURNED (back to the same step
 *    once the applicant resubmits), REFUSED, WITHDRAWN (by the applicant, any time before a
 *    decision is final).
 *
 * The state of an application is its history of events (the `LoanEvent` rows the server keeps),
 * replayed through the lifecycle by `loanProgress`, so the buttons offered, the check each
 * command makes and the clocks all read the same rows.
 *
 * Decisions are approve | return | refuse, with their rules (`decisionProblem`):
 * - a return names everything missing at once (一次性告知), from the checklist (the rule set's
 *   documents and return items) plus free text; a later return of the same step that asks for
 *   anything the earlier ones did not list is refused unless the reviewer says why;
 * - a refusal needs at least one reason from REFUSAL_REASONS and an explanation; the applicant is
 *   shown each reason with what to do next (`refusalView`);
 * - above the rule set's maker-checker amount, an approval on the listed steps takes two
 *   officers: the first approval waits (CHECKING) until a different officer approves too.
 *
 * Clocks (`stepClocks`): each step's working days run only while the reviewer has it; while it is
 * returned to the applicant the clock stops and resumes on resubmission (补正时间不计入审核时限).
 * The whole path (submission to payout, target `timeLimits.wholePath`) stops only while the
 * application is with the applicant alone. Note that the sample step limits add up to 17 working
 * days (7 + 5 + max(3, 5)), more than the 15-day target: the target is tighter than the steps.
 *
 * The step table and the helpers around it are in loan-step-table.ts, the decisions in
 * loan-decisions.ts; this module re-exports both.
 */
export * from './loan-step-table'
export * from './loan-decisions'

function sideBySide(step: 'GUARANTOR' | 'BANK') {
  const other = step === 'GUARANTOR' ? 'BANK' : 'GUARANTOR'
  const event = step.toLowerCase()
  return [
    { action: 'approve', event: `${event}_approved`, by: [step], from: UNDER_REVIEW, to: 'APPROVED', when: (f: LoanFacts) => deciding(step)(f) && f.steps[other] === 'DONE' },
    { action: 'approve', event: `${event}_approved`, by: [step], from: UNDER_REVIEW, when: deciding(step) },
    { action: 'return', event: 'returned', by: [step], from: UNDER_REVIEW, to: 'RETURNED', when: deciding(step) },
    { action: 'refuse', event: 'refused', by: [step], from: UNDER_REVIEW, to: 'REFUSED', when: deciding(step) },
  ] as const
}

export const loanLifecycle = defineLifecycle<LoanStatusCode, LoanAction, LoanRole, LoanFacts>([
  { action: 'submit', event: 'submitted', by: ['APPLICANT'], from: ['DRAFT'], to: 'SUBMITTED' },
  { action: 'accept', event: 'accepted', by: ['STAFF'], from: ['SUBMITTED'], to: 'ELIGIBILITY' },
  // eligibility: above the maker-checker amount the first approval waits for a second officer
  { action: 'approve', event: 'approval_made', by: ['STAFF'], from: ['SUBMITTED', 'ELIGIBILITY'], to: 'ELIGIBILITY', when: f => deciding('ELIGIBILITY')(f) && f.firstOfTwo },
  { action: 'approve', event: 'eligibility_approved', by: ['STAFF'], from: ['SUBMITTED', 'ELIGIBILITY'], to: 'NOTICE', when: deciding('ELIGIBILITY') },
  { action: 'return', event: 'returned', by: ['STAFF'], from: ['SUBMITTED', 'ELIGIBILITY'], to: 'RETURNED', when: deciding('ELIGIBILITY') },
  { action: 'refuse', event: 'refused', by: ['STAFF'], from: ['SUBMITTED', 'ELIGIBILITY'], to: 'REFUSED', when: deciding('ELIGIBILITY') },
  // the public notice ends by itself when its days are over; an upheld objection refuses
  { action: 'approve', event: 'notice_ended', by: ['SYSTEM'], from: ['NOTICE'], to: 'DUE_DILIGENCE', when: deciding('NOTICE'), offered: false },
  { action: 'refuse', event: 'refused', by: ['STAFF'], from: ['NOTICE'], to: 'REFUSED', when: deciding('NOTICE') },
  // guarantor and bank side by side: the second approval approves the loan
  ...sideBySide('GUARANTOR'),
  ...sideBySide('BANK'),
  // the applicant: back to the step that returned it, or out
  { action: 'resubmit', event: 'resubmitted', by: ['APPLICANT'], from: ['RETURNED'], to: 'ELIGIBILITY', when: f => f.steps.ELIGIBILITY === 'RETURNED' },
  { action: 'resubmit', event: 'resubmitted', by: ['APPLICANT'], from: ['RETURNED'], to: 'DUE_DILIGENCE', when: f => f.steps.GUARANTOR === 'RETURNED' || f.steps.BANK === 'RETURNED' },
  { action: 'withdraw', event: 'withdrawn', by: ['APPLICANT'], from: BEFORE_DECISION, to: 'WITHDRAWN' },
  // payout and repayment
  { action: 'disburse', event: 'disbursed', by: ['BANK'], from: ['APPROVED'], to: 'DISBURSED' },
  { action: 'repay', event: 'repayment', by: ['BANK', 'SYSTEM'], from: ['DISBURSED', 'REPAYING'], to: 'REPAYING', offered: false },
  { action: 'settle', event: 'repaid', by: ['BANK', 'SYSTEM'], from: ['DISBURSED', 'REPAYING'], to: 'REPAID' },
])

/** One row of an application's history (the server's LoanEvent rows, with the payload read back). */
export interface LoanEvent {
  action: LoanAction
  /** the step decided (approve, return, refuse) */
  step?: LoanStepCode | null
  at: Date
  actorId: string | null
  role: LoanRole
  /** return: checklist codes */
  missing?: readonly string[]
  /** return or refusal: the free text */
  note?: string | null
  /** refusal */
  reasons?: readonly RefusalReasonCode[]
  /** a later return asking for something new: why */
  newItemsWhy?: string | null
}

/** The application as the pure functions need it: the amount asked (fen) and its history. */
export interface LoanApplicationState {
  amount: number
  history: readonly LoanEvent[]
}

export interface Period { from: Date, to: Date | null }
export interface LoanReturn { at: Date, by: string | null, missing: string[], note: string | null, newItemsWhy: string | null }

export interface LoanStepProgress {
  step: LoanStepCode
  state: LoanStepState
  /** the times the reviewer had it (a return closes one, a resubmission opens the next) */
  periods: Period[]
  returns: LoanReturn[]
  /** the officer whose approval waits for a second one */
  makerId: string | null
}

export interface LoanProgress {
  status: LoanStatusCode
  steps: LoanStepProgress[]
  submittedAt: Date | null
  /** payout, refusal or withdrawal: the whole path's clock stops */
  endedAt: Date | null
  /** the times the application was with the applicant alone (returned, no reviewer at work) */
  applicantPeriods: Period[]
}

/** The lifecycle's facts for an application now, for `loanLifecycle.actionsFor` / `refusal`. */
export function loanFacts(application: LoanApplicationState, step: LoanStepCode | null, rules: LoanRuleSet): LoanFacts {
  return facts(loanProgress(application, rules).steps, step, application.amount, rules)
}

/**
 * Replays an application's history through the lifecycle: its status, every step's state and
 * periods, the returns. Throws on a history the lifecycle does not allow (a corrupt record).
 */
export function loanProgress(application: LoanApplicationState, rules: LoanRuleSet): LoanProgress {
  const steps = LOAN_STEPS.map((step): LoanStepProgress => ({ step, state: 'WAITING', periods: [], returns: [], makerId: null }))
  const get = (code: LoanStepCode) => steps.find(s => s.step === code)!
  const p: LoanProgress = { status: 'DRAFT', steps, submittedAt: null, endedAt: null, applicantPeriods: [] }
  const open = (s: LoanStepProgress, at: Date) => {
    s.state = 'OPEN'
    s.periods.push({ from: at, to: null })
  }
  const close = (s: LoanStepProgress, at: Date) => {
    const last = s.periods[s.periods.length - 1]
    if (last && last.to === null) last.to = at
  }
  const openSuccessors = (at: Date) => {
    for (const d of LOAN_STEP_TABLE) {
      const s = get(d.step)
      if (s.state === 'WAITING' && d.after.every(a => get(a).state === 'DONE')) open(s, at)
    }
  }
  const withApplicantAlone = () => p.status === 'RETURNED' && !steps.some(s => isOpen(s.state))

  application.history.forEach((e, i) => {
    const f = facts(steps, e.step ?? null, application.amount, rules)
    const rule = loanLifecycle.find(e.action, p.status, e.role, f)
    if (!rule) throw new Error(`loan history: event ${i} (${e.action}${e.step ? ` on ${e.step}` : ''} by ${e.role}) does not fit status ${p.status}`)
    const wasAlone = withApplicantAlone()
    const s = e.step ? get(e.step) : null
    switch (e.action) {
      case 'submit':
        p.submittedAt = e.at
        open(get('ELIGIBILITY'), e.at)
        break
      case 'approve':
        if (f.firstOfTwo) {
          s!.state = 'CHECKING'
          s!.makerId = e.actorId
        }
        else {
          s!.state = 'DONE'
          s!.makerId = null
          close(s!, e.at)
          openSuccessors(e.at)
        }
        break
      case 'return':
        s!.state = 'RETURNED'
        s!.makerId = null
        s!.returns.push({ at: e.at, by: e.actorId, missing: [...(e.missing ?? [])], note: e.note ?? null, newItemsWhy: e.newItemsWhy ?? null })
        close(s!, e.at)
        break
      case 'refuse':
        s!.state = 'REFUSED'
        break
      case 'resubmit':
        for (const r of steps) if (r.state === 'RETURNED') open(r, e.at)
        break
      case 'disburse':
        p.endedAt = e.at
        break
      default:
        break
    }
    p.status = loanLifecycle.target(rule, p.status)
    if (p.status === 'REFUSED' || p.status === 'WITHDRAWN') {
      p.endedAt = e.at
      for (const r of steps) close(r, e.at)
    }
    const alone = withApplicantAlone()
    if (!wasAlone && alone) p.applicantPeriods.push({ from: e.at, to: null })
    if (wasAlone && !alone) p.applicantPeriods[p.applicantPeriods.length - 1]!.to = e.at
  })
  return p
}

/**
 * What can happen next: the steps someone may decide now (who, which decisions, side by side
 * with what, waiting for a second officer), what is with the applicant, and the applicant's actions.
 */
export function nextSteps(application: LoanApplicationState, rules: LoanRuleSet): LoanNextSteps {
  const p = loanProgress(application, rules)
  const open: LoanOpenStep[] = []
  for (const s of p.steps) {
    if (!isOpen(s.state)) continue
    const def = stepDef(s.step)
    const f = facts(p.steps, s.step, application.amount, rules)
    const decisions = (Object.entries(def.decisions) as [LoanDecision, LoanRole][])
      .filter(([decision, role]) => loanLifecycle.find(decision, p.status, role, f))
      .map(([decision, role]) => ({ decision, role }))
    if (!decisions.length) continue
    open.push({
      step: s.step,
      state: s.state === 'CHECKING' ? 'CHECKING' : 'OPEN',
      decisions,
      parallelWith: def.parallelWith,
      awaitingSecondOfficer: s.state === 'CHECKING' ? { makerId: s.makerId } : null,
    })
  }
  const returned = p.steps.filter(s => s.state === 'RETURNED').map((s) => {
    const last = s.returns[s.returns.length - 1]!
    return { step: s.step, missing: last.missing, note: last.note }
  })
  return { status: p.status, open, returned, applicantActions: loanLifecycle.actionsFor(p.status, 'APPLICANT', facts(p.steps, null, application.amount, rules)) }
}

// ---------------------------------------------------------------------------------------------
// Clocks

function periodDays(periods: readonly Period[], until: Date, c: CalendarInput): number {
  return periods.reduce((n, pd) => n + Math.max(0, workingDaysBetween(zonedDate(pd.from), zonedDate(pd.to ?? until), c)), 0)
}

interface ClockCore { limitDays: number, usedDays: number, startedOn: string | null, dueOn: string | null, workingDaysLeft: number, overdue: boolean, overdueDays: number, paused: boolean, done: boolean, estimated: boolean }

/** One clock over periods with the reviewer: running (last period open), paused, or done. */
function clockOver(periods: readonly Period[], limit: number, state: 'WAITING' | 'RUNNING' | 'PAUSED' | 'DONE', until: Date, c: CalendarInput): ClockCore {
  const first = periods[0]
  if (state === 'WAITING' || !first) {
    return { limitDays: limit, usedDays: 0, startedOn: null, dueOn: null, workingDaysLeft: limit, overdue: false, overdueDays: 0, paused: false, done: false, estimated: false }
  }
  const startedOn = zonedDate(first.from)
  const today = zonedDate(until)
  const used = periodDays(periods, until, c)
  const estimated = !calendarCovers(startedOn, today, c)
  if (state === 'RUNNING') {
    const last = periods[periods.length - 1]!
    const before = periodDays(periods.slice(0, -1), until, c)
    const remaining = limit - before
    const clock = dueClockOn(zonedDate(last.from), Math.max(0, remaining), today, c)
    const late = Math.max(0, -remaining)
    return { limitDays: limit, usedDays: used, startedOn, dueOn: clock.dueOn, workingDaysLeft: clock.workingDaysLeft, overdue: clock.overdue || late > 0, overdueDays: clock.overdueDays + late, paused: false, done: false, estimated: estimated || clock.estimated }
  }
  return { limitDays: limit, usedDays: used, startedOn, dueOn: null, workingDaysLeft: Math.max(0, limit - used), overdue: used > limit, overdueDays: Math.max(0, used - limit), paused: state === 'PAUSED', done: state === 'DONE', estimated }
}

function clockText(k: ClockCore, today: string): Bilingual {
  if (!k.startedOn) return loanTexts('clock.waiting')
  if (k.done) return k.overdueDays > 0 ? loanTexts('clock.doneLate', { n: k.overdueDays }) : loanTexts('clock.done', { n: k.usedDays })
  if (k.paused) return loanTexts('clock.paused', { n: k.workingDaysLeft })
  if (k.overdue) return k.overdueDays > 0 ? loanTexts('clock.overdueDays', { n: k.overdueDays }) : loanTexts('clock.overdue')
  if (k.dueOn === today) return loanTexts('clock.dueToday')
  return loanTexts('clock.daysLeft', { n: k.workingDaysLeft })
}

/**
 * Every step's clock and the whole path's, as of `now` (Beijing days, working days of the
 * calendar). A step's clock runs while its reviewer has it, stops while it is returned to the
 * applicant, and ends when the step is done or the application ends.
 */
export function stepClocks(progress: LoanProgress, now: Date, calendar: CalendarInput, rules: LoanRuleSet): { steps: LoanStepClock[], wholePath: LoanPathClock } {
  const until = progress.endedAt && progress.endedAt < now ? progress.endedAt : now
  const today = zonedDate(until)
  const ended = progress.endedAt !== null
  const steps = progress.steps.map((s): LoanStepClock => {
    const state = s.state === 'WAITING'
      ? 'WAITING'
      : s.state === 'DONE' || s.state === 'REFUSED' || ended ? 'DONE' : s.state === 'RETURNED' ? 'PAUSED' : 'RUNNING'
    const k = clockOver(s.periods, rules.timeLimits[s.step], state, until, calendar)
    return { step: s.step, ...k, text: clockText(k, today) }
  })
  // the whole path: from submission, less the times with the applicant alone
  const periods: Period[] = []
  if (progress.submittedAt) {
    let from: Date | null = progress.submittedAt
    for (const a of progress.applicantPeriods) {
      if (from) periods.push({ from, to: a.from })
      from = a.to
    }
    if (from) periods.push({ from, to: null })
  }
  const pathState = !progress.submittedAt ? 'WAITING' : ended ? 'DONE' : periods[periods.length - 1]?.to === null ? 'RUNNING' : 'PAUSED'
  const whole = clockOver(periods, rules.timeLimits.wholePath, pathState, until, calendar)
  return { steps, wholePath: { ...whole, targetDays: rules.timeLimits.wholePath, text: clockText(whole, today) } }
}
