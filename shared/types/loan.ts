import type { HolidayYear } from '../data/holidays'
import type { RuleFigures } from '../schemas/loan-admin'
import type { ApplicantType, Bilingual, LoanAction, LoanDecision, LoanRole, LoanStatusCode, LoanStepCode, LoanStepState, PreCheckReasonCode, RepaymentMethod } from '../utils/loan-codes'

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

// ---------------------------------------------------------------------------------------------
// The application as the API shows it (GET /api/loans/:id), to the applicant and its reviewers.

/** Who is looking: the applicant, or a reviewer of this application (人社 staff of its city, an officer of its guarantee institution or bank). */
export type LoanViewerRole = 'applicant' | 'staff' | 'guarantor' | 'bank'

export interface LoanFileView {
  id: string
  filename: string | null
  mime: string | null
  size: number | null
  source: 'UPLOAD' | 'CASE_OPENING' | 'TRAINING'
  uploadedAt: string
  /** where to download it (an attachment, for the applicant and this application's reviewers only); null: held by reference */
  url: string | null
  /** what a reference points at, in words */
  reference: Bilingual | null
}

export interface LoanDocumentState {
  code: string
  name: Bilingual
  /** the platform holds it (the case's recorded opening, StartHub training) and it is not asked for */
  heldByPlatform: boolean
  /** the newest file first; older ones were replaced */
  files: LoanFileView[]
  /** the current file is there (uploaded or held by reference) */
  provided: boolean
  /** named in the return now open: upload it again */
  asked: boolean
}

export interface LoanStepView extends LoanStepClock {
  state: LoanStepState
  name: Bilingual
}

export interface LoanReturnView {
  step: LoanStepCode
  at: string
  /** everything missing, named at once */
  missing: { code: string, name: Bilingual }[]
  note: string | null
  /** a later return that asked for something new: why */
  newItemsWhy: string | null
}

export interface LoanTimelineEntry {
  at: string
  action: string
  role: LoanRole | null
  step: LoanStepCode | null
  text: Bilingual
  note: string | null
}

export interface LoanPersonalView {
  realName: string | null
  /** always masked: 2201**********1234 */
  idNumber: string | null
  /** masked: 138****5678 */
  phone: string | null
}

export interface LoanView {
  id: string
  status: LoanStatusCode
  role: LoanViewerRole
  /** the applicant may change it now (draft, or returned for documents) */
  editable: boolean
  revision: number
  caseId: string | null
  applicantType: ApplicantType
  category: { code: string, name: Bilingual } | null
  city: { code: string, name: Bilingual } | null
  /** fen */
  amount: number | null
  termMonths: number | null
  details: {
    purpose: string | null
    business: { legalForm: string | null, name: string | null, address: string | null, openedOn: string | null, plannedOn: string | null, jobsCreated: number | null }
    staff: { total: number, newlyHiredEligible: number, onContractsOfYear: number } | null
    arrears: boolean | null
    existingLoans: string[]
    earlierLoans: { count: number, anyOverdueOrUnpaid: boolean } | null
    waivers: string[]
  }
  applicant: LoanPersonalView
  partners: { realName: string, idNumber: string | null }[]
  /** fields filled from the case and plan: shown as such until the applicant changes them */
  prefilled: string[]
  bank: { id: string, name: Bilingual } | null
  guarantor: { id: string, name: Bilingual } | null
  rules: { version: string, effectiveFrom: string, sample: boolean, source: string, maxAmount: number, maxTermMonths: number, rateCapBp: number, subsidyBp: number, counterGuaranteeRequired: boolean }
  documents: LoanDocumentState[]
  steps: LoanStepView[]
  wholePath: LoanPathClock
  next: LoanNextSteps
  /** a reviewer's return checklist beyond the documents: general problems (illegible, a signature missing, other); empty for the applicant */
  returnItems: { code: string, name: Bilingual }[]
  /** the decisions this viewer may take now */
  mine: { step: LoanStepCode, decisions: LoanDecision[], awaitingSecondOfficer: boolean }[]
  returns: LoanReturnView[]
  refusal: { step: LoanStepCode | null, at: string, reasons: { code: string, name: Bilingual, next: Bilingual }[], note: string | null } | null
  notice: { ref: string, from: string, to: string } | null
  disbursement: { disbursedOn: string, amount: number, termMonths: number, rateBp: number, method: RepaymentMethod, firstDueOn: string, maturityOn: string } | null
  schedule: ScheduleRow[]
  repayments: { paidOn: string, principal: number, interest: number }[]
  /** principal still owed (fen) */
  outstanding: number | null
  overduePeriods: { from: string, to: string | null }[]
  subsidies: ({ quarter: string } & QuarterSubsidy)[]
  extension: { months: number, reason: string, status: 'REQUESTED' | 'BANK_APPROVED' | 'APPROVED' | 'REFUSED', from: string | null, to: string | null, note: string | null } | null
  /** objections to the public notice (staff only) */
  objections: { id: string, body: string, at: string, handled: boolean }[]
  timeline: LoanTimelineEntry[]
  submittedAt: string | null
  createdAt: string
  updatedAt: string
}

/** A row of a review queue: masked, with the clock of each open step. */
export interface LoanQueueRow {
  id: string
  maskedName: string | null
  applicantType: ApplicantType
  category: Bilingual | null
  city: Bilingual | null
  amount: number | null
  status: LoanStatusCode
  steps: { step: LoanStepCode, dueOn: string, overdue: boolean, text: Bilingual }[]
  dueOn: string | null
  overdue: boolean
  submittedAt: string | null
}

/** The public notice (公示) list: masked, nothing that identifies the person beyond it. */
export interface LoanNoticeRow {
  ref: string
  maskedName: string
  applicantType: ApplicantType
  category: Bilingual | null
  city: Bilingual | null
  /** fen */
  amount: number
  from: string
  to: string
}

export interface LoanSubsidyRow {
  id: string
  maskedName: string | null
  bank: Bilingual | null
  quarter: string
  disbursedOn: string
  principal: number
  rateBp: number
  days: number
  subsidisedInterest: number
  subsidy: number
  excludedDays: number
  reasons: QuarterSubsidy['reasons']
}

/** GET /api/staff/loans/subsidies: the quarter's rows (of one bank when asked), totals per bank, and the banks a staff member may filter by. */
export interface LoanSubsidyList {
  quarter: string
  /** the bank filtered by, if any */
  bank: string | null
  rows: LoanSubsidyRow[]
  totals: { bankId: string | null, bank: Bilingual | null, subsidy: number, loans: number }[]
  /** every bank that paid out a loan in the staff member's cities */
  banks: { id: string, name: Bilingual }[]
}

/** A version of the loan rules as the admin page shows it (GET /api/admin/loan-rules). */
export interface RuleSetSummary {
  version: string
  effectiveFrom: string
  source: string
  sample: boolean
  inForce: boolean
  /** applications submitted under it */
  used: number
  /** not in force yet and unused: it may still be replaced */
  editable: boolean
  figures: Required<RuleFigures>
}

/** GET /api/admin/loan-rules: every version (newest first), the holiday calendar and the LPR fixings. */
export interface LoanReferenceForAdmin {
  ruleSets: RuleSetSummary[]
  holidays: HolidayYear[]
  lpr: { publishedOn: string, oneYearBp: number, fiveYearBp: number, source: string, sample: boolean }[]
}
