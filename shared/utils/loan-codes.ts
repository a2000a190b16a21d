/**
 * Codes of guaranteed start-up loans (创业担保贷款). Names and wording live in
 * i18n/locales/*.loans.json (`loans.*`), the rule figures in shared/data/loan-rules.ts.
 * When the database gets its loan tables, its Prisma enums are tied to these lists by the
 * compile-time check in server/utils/codes.ts.
 */
import type { AppLocale } from '../i18n/messages'

/** A text in both languages, as the API answers it. */
export type Bilingual = Readonly<Record<AppLocale, string>>

/** 个人 / 合伙创业 / 小微企业 */
export const APPLICANT_TYPES = ['INDIVIDUAL', 'PARTNERSHIP', 'ENTERPRISE'] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]

/** Loans the borrower or spouse may already have; the rule set says which are allowed. */
export const EXISTING_LOAN_KINDS = ['STUDENT', 'HOUSING', 'CAR', 'SMALL_CONSUMER', 'BUSINESS', 'OTHER'] as const
export type ExistingLoanKind = (typeof EXISTING_LOAN_KINDS)[number]

/** Grounds on which no counter-guarantee (反担保) is asked. SMALL_AMOUNT follows from the amount; the others are claimed. */
export const WAIVER_CODES = ['SMALL_AMOUNT', 'INCUBATOR_RECOMMENDED', 'CREDIT_COMMUNITY', 'HONOUR', 'CREDIT_RATED'] as const
export type WaiverCode = (typeof WAIVER_CODES)[number]
export const CLAIMABLE_WAIVERS = ['INCUBATOR_RECOMMENDED', 'CREDIT_COMMUNITY', 'HONOUR', 'CREDIT_RATED'] as const satisfies readonly WaiverCode[]
export type ClaimableWaiver = (typeof CLAIMABLE_WAIVERS)[number]

/** Why a pre-check finds someone not eligible (texts: loans.precheck.<CODE>). */
export const PRECHECK_REASONS = ['CATEGORY', 'AGE', 'CITY', 'OTHER_LOANS', 'LOAN_COUNT', 'EARLIER_OVERDUE', 'ENTERPRISE_SHARE', 'ENTERPRISE_CONTRACTS', 'ENTERPRISE_ARREARS'] as const
export type PreCheckReasonCode = (typeof PRECHECK_REASONS)[number]

export const REPAYMENT_METHODS = ['INTEREST_ONLY', 'EQUAL_INSTALMENTS'] as const
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number]

/** The application's status (the review path: shared/utils/loan-steps.ts). */
export const LOAN_STATUSES = ['DRAFT', 'SUBMITTED', 'ELIGIBILITY', 'NOTICE', 'DUE_DILIGENCE', 'APPROVED', 'DISBURSED', 'REPAYING', 'REPAID', 'RETURNED', 'REFUSED', 'WITHDRAWN'] as const
export type LoanStatusCode = (typeof LOAN_STATUSES)[number]

/** The review steps, each with its own reviewer and time limit. GUARANTOR and BANK run side by side. */
export const LOAN_STEPS = ['ELIGIBILITY', 'NOTICE', 'GUARANTOR', 'BANK'] as const
export type LoanStepCode = (typeof LOAN_STEPS)[number]

export const LOAN_ROLES = ['APPLICANT', 'STAFF', 'GUARANTOR', 'BANK', 'SYSTEM'] as const
export type LoanRole = (typeof LOAN_ROLES)[number]

export const LOAN_DECISIONS = ['approve', 'return', 'refuse'] as const
export type LoanDecision = (typeof LOAN_DECISIONS)[number]

/** Everything that happens to an application: the applicant's actions, the reviewers' decisions, payout and repayment. */
export const LOAN_ACTIONS = ['submit', 'accept', ...LOAN_DECISIONS, 'resubmit', 'withdraw', 'disburse', 'repay', 'settle'] as const
export type LoanAction = (typeof LOAN_ACTIONS)[number]

/** A review step's own state (the application's status is derived from them). */
export const LOAN_STEP_STATES = ['WAITING', 'OPEN', 'CHECKING', 'RETURNED', 'DONE', 'REFUSED'] as const
export type LoanStepState = (typeof LOAN_STEP_STATES)[number]

/** Why an application is refused (texts and what to do next: loans.refusal.<CODE>). */
export const REFUSAL_REASONS = [
  'NOT_IN_CATEGORY', 'AGE', 'TOO_MANY_LOANS', 'EARLIER_OVERDUE', 'OTHER_LOANS', 'ENTERPRISE_CONDITIONS',
  'GUARANTOR_ALREADY_GUARANTEEING', 'GUARANTOR_LOAN_OVERDUE', 'NOTICE_OBJECTION', 'FALSE_INFORMATION',
  'BUSINESS_NOT_VIABLE', 'OTHER',
] as const
export type RefusalReasonCode = (typeof REFUSAL_REASONS)[number]
