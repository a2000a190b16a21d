import type { TrainingRuleSet } from '../data/training-rules'
import { addMonths } from './zoned-time'

/**
 * The enrolment engine's decisions, pure, shared by trainings and events. The server runs them
 * inside one transaction that has locked the offering's row, so they see every earlier change;
 * the database's CHECK (placesTaken ≤ capacity) is the guarantee underneath.
 *
 * A place is "taken" while it is confirmed or offered to someone on the waitlist. Places are
 * handed out strictly in queue order: nobody new is confirmed while anyone is waiting, and a
 * freed place is offered to the first people still WAITLISTED — a person who held a place and
 * gave it up is no longer on the queue, so it never comes back to them.
 */
export const ENROLMENT_STATUSES = ['CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'DECLINED', 'LAPSED', 'LEFT', 'COMPLETED', 'NOT_COMPLETED'] as const
export type EnrolmentStatusCode = (typeof ENROLMENT_STATUSES)[number]

/** Holding a place (counted in placesTaken). */
export const HOLDS_PLACE: readonly EnrolmentStatusCode[] = ['CONFIRMED', 'OFFERED']
/** Still in the offering: one of these per person per offering (the partial unique index). */
export const LIVE_ENROLMENT: readonly EnrolmentStatusCode[] = ['CONFIRMED', 'WAITLISTED', 'OFFERED', 'COMPLETED', 'NOT_COMPLETED']

export interface PlaceState {
  capacity: number
  /** confirmed + offered */
  taken: number
  /** people waiting, in queue order */
  waiting: number
}

export type EnrolOutcome = 'CONFIRMED' | 'WAITLISTED'

/** A newcomer is confirmed when a place is free and nobody is waiting before them; otherwise queued. */
export function enrolOutcome(s: PlaceState): EnrolOutcome {
  return s.taken < s.capacity && s.waiting === 0 ? 'CONFIRMED' : 'WAITLISTED'
}

/** How many of the queue get an offer now: as many as there are free places, at most all who wait. */
export function offersToMake(s: PlaceState): number {
  return Math.max(0, Math.min(s.capacity - s.taken, s.waiting))
}

/** The next people to offer places to: the first `n` of the queue by their number. */
export function nextInQueue<T extends { waitSeq: number | null }>(queue: readonly T[], n: number): T[] {
  return [...queue].filter(q => q.waitSeq !== null).sort((a, b) => a.waitSeq! - b.waitSeq!).slice(0, Math.max(0, n))
}

/** A waiting person's position (1 = next), from the numbers of everyone still waiting. */
export function waitlistPosition(mySeq: number, waitingSeqs: readonly number[]): number {
  return waitingSeqs.filter(s => s < mySeq).length + 1
}

/** The smallest capacity a session may be set to: the places already confirmed or offered. */
export function minimumCapacity(taken: number): number {
  return Math.max(1, taken)
}

// ----- the training subsidy ---------------------------------------------------------------------

export type SubsidyStatus = 'FULL' | 'PENDING' | 'REDUCED' | 'NOT_ELIGIBLE'
export type SubsidyReason = 'NOT_SUBSIDISED' | 'CATEGORY' | 'ALREADY_SUBSIDISED' | 'OPENED_IN_WINDOW' | 'WINDOW_OPEN' | 'NO_OPENING_IN_WINDOW' | 'REVOKED'

export interface SubsidyInput {
  programme: string
  /** the person category declared on enrolment */
  category: string | null
  /** the first lesson's day and the certificate's day, YYYY-MM-DD (Beijing) */
  startedOn: string
  certificateOn: string
  /** the opening recorded on the trainee's case, if any */
  openedOn: string | null
  /** an earlier certificate of the same programme already carries a subsidy */
  earlierSubsidised: boolean
  revoked: boolean
  /** today, Beijing */
  today: string
}

export interface SubsidyResult {
  status: SubsidyStatus
  reason: SubsidyReason
  /** fen; 0 when not eligible */
  amount: number
  /** the last day an opening still earns the full standard */
  windowEndsOn: string
}

/**
 * The subsidy of one completed trainee, from the rules in force on the certificate's day: full
 * when the trainee's case records an opening from the first lesson to `openingWindowMonths`
 * after the certificate (month ends clamp: 08-31 + 6 months → 02-28), the reduced standard once
 * that window has passed without one, and PENDING (the reduced amount, for now) while it is open.
 * Computed on read, so it changes by itself when an opening is recorded in time.
 */
export function trainingSubsidy(input: SubsidyInput, rules: TrainingRuleSet): SubsidyResult {
  const windowEndsOn = addMonths(input.certificateOn, rules.openingWindowMonths)
  const none = (reason: SubsidyReason): SubsidyResult => ({ status: 'NOT_ELIGIBLE', reason, amount: 0, windowEndsOn })
  const programme = rules.programmes.find(p => p.code === input.programme)
  if (!programme?.subsidy) return none('NOT_SUBSIDISED')
  if (input.revoked) return none('REVOKED')
  if (!input.category || !rules.freeCategories.some(c => c.code === input.category)) return none('CATEGORY')
  if (input.earlierSubsidised) return none('ALREADY_SUBSIDISED')
  if (input.openedOn && input.openedOn >= input.startedOn && input.openedOn <= windowEndsOn) {
    return { status: 'FULL', reason: 'OPENED_IN_WINDOW', amount: programme.subsidy.full, windowEndsOn }
  }
  if (input.today <= windowEndsOn) return { status: 'PENDING', reason: 'WINDOW_OPEN', amount: programme.subsidy.reduced, windowEndsOn }
  return { status: 'REDUCED', reason: 'NO_OPENING_IN_WINDOW', amount: programme.subsidy.reduced, windowEndsOn }
}

// ----- completion --------------------------------------------------------------------------------

export type PlanGradeCode = 'EXCELLENT' | 'PASS' | 'FAIL'
export type CompletionGap = 'HOURS' | 'PLAN_GRADE' | 'PLAN_FAILED'

/** What a trainee still lacks for completion: the programme's class hours and, where it asks, a plan graded 合格 or 优秀. */
export function completionGaps(o: { attendedMinutes: number, requiredMinutes: number, needsPlanGrade: boolean, planGrade: PlanGradeCode | null }): CompletionGap[] {
  const gaps: CompletionGap[] = []
  if (o.attendedMinutes < o.requiredMinutes) gaps.push('HOURS')
  if (o.needsPlanGrade) {
    if (o.planGrade === 'FAIL') gaps.push('PLAN_FAILED')
    else if (!o.planGrade) gaps.push('PLAN_GRADE')
  }
  return gaps
}

// ----- ratings (好差评) -----------------------------------------------------------------------------

/** The five grades of the government service rating, 5 best; the last two are bad reviews that staff call back. */
export const RATING_GRADES = [5, 4, 3, 2, 1] as const
export type RatingGrade = (typeof RATING_GRADES)[number]
export const isBadRating = (g: number) => g <= 2
export const RATED_SERVICES = ['TRAINING', 'EVENT', 'BOOKING', 'LOAN'] as const
export type RatedService = (typeof RATED_SERVICES)[number]
