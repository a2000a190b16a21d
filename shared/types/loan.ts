import type { Bilingual, LoanAction, LoanDecision, LoanRole, LoanStatusCode, LoanStepCode, PreCheckReasonCode } from '../utils/loan-codes'

/** A rule the applicant does not meet, named with its figures ("年龄须在 18–60 岁之间"). */
export interface PreCheckReason { code: PreCheckReasonCode, text: Bilingual }

/** A document to bring; `heldByPlatform`: StartHub may already hold it (the licence of the case's recorded opening, a StartHub training certificate), so it is not asked for again. */
export interface LoanDocumentItem { code: string, name: Bilingual, heldByPlatform: boolean }

/** What POST /api/loans/pre-check answers. Money in fen, rates in basis points. */
export interface PreCheckResult {
  eligible: boolean
  reasons: PreCheckReason[]
  /** the most this applicant type may borrow (fen), also when not eligible: what the rules allow once the reasons are resolved */
  maxAmount: number
  maxTermMonths: number
  estimate: {
    /** the highest rate the bank may charge: LPR + the rule's spread (bp) */
    rate: number
    /** the part of the rate the subsidy pays back (bp) */
    subsidy: number
    /** the first equal instalment (fen) for the amount asked, at most the maximum, over the maximum term at the full rate (the subsidy is paid back afterwards, 先付后贴) */
    monthlyRepayment: number
  }
  counterGuaranteeRequired: boolean
  documents: LoanDocumentItem[]
}

/** One instalment of a repayment schedule (fen). */
export interface ScheduleRow {
  n: number
  /** YYYY-MM-DD */
  dueOn: string
  principal: number
  interest: number
  total: number
  /** principal still owed after this instalment */
  remaining: number
}

export type SubsidyExclusionCode = 'NOT_DISBURSED' | 'REPAID' | 'OVERDUE' | 'EXTENSION' | 'AFTER_MATURITY'

/** The interest subsidy of one loan for one quarter. */
export interface QuarterSubsidy {
  /** days of the quarter that earn the subsidy */
  days: number
  /** interest at the contract rate on the daily balance of those days (fen) */
  subsidisedInterest: number
  /** the rule's share of it (fen) */
  subsidy: number
  /** days with money owed that earn nothing: overdue, extension, after maturity */
  excludedDays: number
  /** why days of the quarter earn nothing, with their counts */
  reasons: { code: SubsidyExclusionCode, days: number, text: Bilingual }[]
}

/** A step's clock, in Beijing calendar days and working days. */
export interface LoanStepClock {
  step: LoanStepCode
  limitDays: number
  /** working days the reviewer has had it so far (the applicant's time does not count) */
  usedDays: number
  /** the day the step first opened; null while it waits for an earlier step */
  startedOn: string | null
  /** the last day within the limit while the clock runs; null while it waits, is with the applicant (paused) or is done */
  dueOn: string | null
  workingDaysLeft: number
  overdue: boolean
  overdueDays: number
  /** with the applicant (returned): the clock does not run */
  paused: boolean
  done: boolean
  estimated: boolean
  /** the clock's words, e.g. "剩余 3 个工作日" / "3 working days left" */
  text: Bilingual
}

export interface LoanPathClock extends Omit<LoanStepClock, 'step'> {
  /** the whole path's target, submission to payout */
  targetDays: number
}

export interface LoanOpenStep {
  step: LoanStepCode
  state: 'OPEN' | 'CHECKING'
  /** who may take which decision now */
  decisions: { decision: LoanDecision, role: LoanRole }[]
  /** runs side by side with this other step */
  parallelWith: LoanStepCode | null
  /** an approval above the maker-checker amount waits for a second officer; its maker may not confirm it */
  awaitingSecondOfficer: { makerId: string | null } | null
}

export interface LoanNextSteps {
  status: LoanStatusCode
  /** review steps someone may decide now */
  open: LoanOpenStep[]
  /** steps with the applicant (returned for documents), with everything asked at once */
  returned: { step: LoanStepCode, missing: string[], note: string | null }[]
  /** what the applicant may do now (resubmit, withdraw …) */
  applicantActions: LoanAction[]
}
