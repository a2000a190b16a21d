import { z } from 'zod'
import type { LoanRuleSet } from '../data/loan-rules'
import { LEGAL_FORMS } from '../utils/cases'
import { birthDateOfIdNumber, isMainlandMobile, isValidIdNumber, normalizeIdNumber, normalizeMobile } from '../utils/identity'
import { APPLICANT_TYPES, CLAIMABLE_WAIVERS, EXISTING_LOAN_KINDS, LOAN_DECISIONS, LOAN_STATUSES, LOAN_STEPS, REFUSAL_REASONS, REPAYMENT_METHODS } from '../utils/loan-codes'
import { maxAmount } from '../utils/loans'
import { boolParam, calendarDate, int, numberError, oneOf, optionalText, pageParam, pastCalendarDate, text } from './common'

/**
 * Guaranteed start-up loans (创业担保贷款): the pre-check anyone may run, and the application.
 * The bounds here catch typing errors; the rules (shared/data/loan-rules.ts) decide eligibility,
 * so a pre-check of someone aged 70 parses and answers "年龄须在 18–60 岁之间".
 */

/** A category code of the rule set (checked against the rules in force), or NONE. */
const categoryCode = z.string({ error: 'validation.required' }).trim().regex(/^[A-Z][A-Z_]{1,39}$/, 'validation.invalid')

/** Yuan as typed (at most two decimals) → fen. */
const yuanToFen = (max: number) => z.number({ error: numberError })
  .min(1, 'validation.minValue')
  .max(max, 'validation.maxValue')
  .refine(v => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'validation.invalid')
  .transform(v => Math.round(v * 100))

const staffCounts = z.object({
  /** all staff on the payroll */
  total: int(1, 10_000),
  /** newly hired this year, of the eligible categories */
  newlyHiredEligible: int(0, 10_000),
  /** of those, on labour contracts of a year or more */
  onContractsOfYear: int(0, 10_000),
}).refine(s => s.newlyHiredEligible <= s.total && s.onContractsOfYear <= s.newlyHiredEligible, { message: 'validation.staffCounts', path: ['newlyHiredEligible'] })

const preCheckCommon = {
  city: text(1, 40),
  /** yuan in the form; `amount` in fen after parsing */
  amountYuan: yuanToFen(100_000_000),
  /** loans the applicant or spouse has now */
  existingLoans: z.array(oneOf(EXISTING_LOAN_KINDS)).max(EXISTING_LOAN_KINDS.length, 'validation.tooMany').default([]),
  /** guaranteed start-up loans had before (all of them, repaid or not) */
  earlierLoans: z.object({
    count: int(0, 50),
    anyOverdueOrUnpaid: z.boolean({ error: 'validation.required' }),
  }),
  /** grounds claimed for not needing a counter-guarantee */
  waivers: z.array(oneOf(CLAIMABLE_WAIVERS)).max(CLAIMABLE_WAIVERS.length, 'validation.tooMany').default([]),
}

/** POST /api/loans/pre-check */
export const preCheckSchema = z.discriminatedUnion('applicantType', [
  z.object({ applicantType: z.literal('INDIVIDUAL'), category: categoryCode, age: int(14, 100), ...preCheckCommon }),
  // partnerCount: the partners who each qualify, the applicant included (the maximum counts them)
  z.object({ applicantType: z.literal('PARTNERSHIP'), category: categoryCode, age: int(14, 100), partnerCount: int(2, 10), ...preCheckCommon }),
  z.object({ applicantType: z.literal('ENTERPRISE'), staff: staffCounts, arrears: z.boolean({ error: 'validation.required' }), ...preCheckCommon }),
], { error: 'validation.invalid' }).transform(({ amountYuan, ...rest }) => ({ ...rest, amount: amountYuan }))

export type PreCheckForm = z.input<typeof preCheckSchema>
export type PreCheckInput = z.output<typeof preCheckSchema>

/**
 * A resident ID number with a valid GB 11643 check character; a lower-case x becomes X. A number
 * of the right form whose last character does not match the first 17 is named as such (a typo).
 */
export const idNumber = z.string({ error: 'validation.required' }).transform(normalizeIdNumber).superRefine((v, ctx) => {
  if (isValidIdNumber(v)) return
  const checkOnly = /^[1-9]\d{16}[\dX]$/.test(v) && birthDateOfIdNumber(v) !== null
  ctx.addIssue({ code: 'custom', input: v, message: checkOnly ? 'validation.idCheckDigit' : 'validation.idNumber' })
})

/** A mainland mobile number, stored as its 11 digits. */
export const mobile = z.string({ error: 'validation.required' }).transform(normalizeMobile).refine(isMainlandMobile, 'validation.mobile')

const partner = z.object({ realName: text(2, 30), idNumber })

const business = z.object({
  legalForm: oneOf(LEGAL_FORMS),
  name: text(2, 60),
  address: text(5, 120),
  /** the licence date of a business already open, or … */
  openedOn: calendarDate.nullish().transform(v => v ?? null),
  /** … the day it is planned to open */
  plannedOn: calendarDate.nullish().transform(v => v ?? null),
  /** jobs the business creates, the owner included (带动就业): at least the owner's own */
  jobsCreated: int(1, 10_000),
}).refine(b => (b.openedOn === null) !== (b.plannedOn === null), {
  message: 'validation.openingDate',
  path: ['openedOn'],
  // checked with the other fields, not after they are all put right: every problem named at once
  when: p => !p.issues.some(i => i.path?.[0] === 'openedOn' || i.path?.[0] === 'plannedOn'),
})

/**
 * POST /api/loans — the application, checked against the rules it will be judged by (the set in
 * force today): amount in fen up to the applicant type's maximum, term up to its maximum, a
 * category of that set. Partners are the others besides the applicant.
 */
export function loanApplicationSchema(rules: LoanRuleSet) {
  const category = oneOf(rules.categories.map(c => c.code) as [string, ...string[]])
  const common = {
    realName: text(2, 30),
    idNumber,
    phone: mobile,
    /** fen */
    amount: int(1, 1_000_000_000),
    termMonths: int(1, 120),
    purpose: text(10, 500, { multiline: true }),
    business,
  }
  return z.discriminatedUnion('applicantType', [
    z.object({ applicantType: z.literal('INDIVIDUAL'), category, ...common }),
    z.object({ applicantType: z.literal('PARTNERSHIP'), category, partners: z.array(partner).min(1, 'validation.minItems').max(9, 'validation.maxItems'), ...common }),
    z.object({ applicantType: z.literal('ENTERPRISE'), staff: staffCounts, arrears: z.boolean({ error: 'validation.required' }), ...common }),
  ], { error: 'validation.invalid' }).superRefine((a, ctx) => {
    // this runs beside the fields' own problems (see `when`): a field it reads may still be wrong
    const partners = a.applicantType === 'PARTNERSHIP' && Array.isArray(a.partners) ? a.partners.length + 1 : 1
    if (a.applicantType === 'PARTNERSHIP' && Array.isArray(a.partners)) {
      const seen = new Set([a.idNumber])
      a.partners.forEach((p, i) => {
        if (seen.has(p.idNumber)) ctx.addIssue({ code: 'custom', input: p.idNumber, path: ['partners', i, 'idNumber'], message: 'validation.duplicateId' })
        seen.add(p.idNumber)
      })
    }
    const max = maxAmount(a.applicantType, rules, partners)
    // the limit is named in yuan, as the person reads it
    if (typeof a.amount === 'number' && a.amount > max) ctx.addIssue({ code: 'too_big', origin: 'number', maximum: max / 100, inclusive: true, input: a.amount, path: ['amount'], message: 'validation.maxYuan' })
    const term = rules.terms[a.applicantType]
    if (typeof a.termMonths === 'number' && a.termMonths > term) ctx.addIssue({ code: 'too_big', origin: 'number', maximum: term, inclusive: true, input: a.termMonths, path: ['termMonths'], message: 'validation.maxMonths' })
  }, {
    // named with every other problem of the application, not in a second round once those are
    // put right; it needs a known applicant type (each type has its limits)
    when: p => (p.value as { applicantType?: unknown })?.applicantType !== undefined && !p.issues.some(i => i.path?.[0] === 'applicantType'),
  })
}

export type LoanApplicationInput = z.output<ReturnType<typeof loanApplicationSchema>>

// ---------------------------------------------------------------------------------------------
// The application as a draft: every field optional and checked for its form as it is saved;
// completeness and the rules are checked on submission (everything missing named at once).

const partnerDraft = z.object({
  realName: text(2, 30),
  /** omitted: keep the number already saved for this partner (it is only ever shown masked) */
  idNumber: idNumber.optional(),
})

const businessDraft = z.object({
  legalForm: oneOf(LEGAL_FORMS).optional(),
  name: text(2, 60).optional(),
  address: text(5, 120).optional(),
  openedOn: calendarDate.nullish(),
  plannedOn: calendarDate.nullish(),
  jobsCreated: int(1, 10_000).optional(),
})

const staffDraft = z.object({ total: int(1, 10_000), newlyHiredEligible: int(0, 10_000), onContractsOfYear: int(0, 10_000) })

/** POST /api/loans and PATCH /api/loans/:id: what the applicant typed so far. */
export const loanDraftSchema = z.object({
  /** POST: the one-stop case to prefill from (its financing stage) */
  caseId: z.uuid('validation.invalid').optional(),
  applicantType: oneOf(APPLICANT_TYPES).optional(),
  category: categoryCode.optional(),
  city: text(1, 40).optional(),
  realName: text(2, 30).optional(),
  idNumber: idNumber.optional(),
  phone: mobile.optional(),
  /** fen */
  amount: int(1, 1_000_000_000).optional(),
  termMonths: int(1, 120).optional(),
  purpose: text(10, 500, { multiline: true }).optional(),
  business: businessDraft.optional(),
  partners: z.array(partnerDraft).max(9, 'validation.maxItems').optional(),
  staff: staffDraft.optional(),
  arrears: z.boolean({ error: 'validation.invalid' }).optional(),
  existingLoans: z.array(oneOf(EXISTING_LOAN_KINDS)).max(EXISTING_LOAN_KINDS.length, 'validation.tooMany').optional(),
  earlierLoans: z.object({ count: int(0, 50), anyOverdueOrUnpaid: z.boolean({ error: 'validation.required' }) }).optional(),
  waivers: z.array(oneOf(CLAIMABLE_WAIVERS)).max(CLAIMABLE_WAIVERS.length, 'validation.tooMany').optional(),
  /** the handling bank the applicant prefers (an organisation serving the city) */
  bankId: z.uuid('validation.invalid').nullish(),
})
export type LoanDraftInput = z.infer<typeof loanDraftSchema>

/** PATCH /api/loans/:id also names the revision it was read at (409 `loan_conflict` when saved elsewhere since). */
export const loanPatchSchema = loanDraftSchema.omit({ caseId: true }).extend({ baseRevision: int(0, 1_000_000_000) })
export type LoanPatchInput = z.infer<typeof loanPatchSchema>

export const loanStepParamSchema = z.object({ id: z.uuid('validation.invalid'), step: oneOf(LOAN_STEPS) })

/** POST /api/loans/:id/steps/:step/decision */
export const loanDecisionSchema = z.object({
  decision: oneOf(LOAN_DECISIONS),
  /** refuse: codes of REFUSAL_REASONS */
  reasons: z.array(oneOf(REFUSAL_REASONS)).max(REFUSAL_REASONS.length, 'validation.tooMany').optional(),
  /** return: everything missing, at once (codes of the checklist) */
  missing: z.array(z.string().trim().regex(/^[A-Z][A-Z_]{1,39}$/, 'validation.invalid')).max(40, 'validation.tooMany').optional(),
  /** return: free text (needed with OTHER); refuse: the explanation */
  note: optionalText(1000, { multiline: true }),
  /** a later return that asks for something the first did not: why */
  newItemsWhy: optionalText(500, { multiline: true }),
  /** eligibility approval: the guarantee institution and the bank (defaults: the city's institution, the applicant's bank) */
  guarantorId: z.uuid('validation.invalid').optional(),
  bankId: z.uuid('validation.invalid').optional(),
})
export type LoanDecisionInput = z.infer<typeof loanDecisionSchema>

/** POST /api/loans/:id/disbursement (the bank) */
export const disbursementSchema = z.object({
  disbursedOn: pastCalendarDate,
  /** fen, at most the amount approved */
  amount: int(1, 1_000_000_000),
  termMonths: int(1, 120),
  /** the contract rate (bp), at most the cap of the rules */
  rateBp: int(0, 2_000),
  method: oneOf(REPAYMENT_METHODS),
  /** the first instalment's day; default one month after payout */
  firstDueOn: calendarDate.optional(),
})
export type DisbursementInput = z.infer<typeof disbursementSchema>

/** POST /api/loans/:id/repayments (the bank): a payment, or an overdue period opened or closed. */
export const repaymentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('payment'), paidOn: pastCalendarDate, principal: int(0, 1_000_000_000), interest: int(0, 1_000_000_000) }),
  z.object({ kind: z.literal('overdue'), from: pastCalendarDate, to: pastCalendarDate.nullish() }),
], { error: 'validation.invalid' })
export type RepaymentInput = z.infer<typeof repaymentSchema>

/** POST /api/loans/:id/extension (the applicant, once) */
export const extensionRequestSchema = z.object({ months: int(1, 24), reason: text(10, 500, { multiline: true }) })
/** POST /api/loans/:id/extension/decision (the bank, then staff) */
export const extensionDecisionSchema = z.object({ approve: z.boolean({ error: 'validation.required' }), note: optionalText(500, { multiline: true }) })

/** POST /api/loans/:id/reveal — a reviewer who needs the full numbers says why (audited). */
export const revealSchema = z.object({ reason: text(4, 200) })

/** POST /api/loans/notices/:ref/objections — anyone may object to a public notice. */
export const objectionSchema = z.object({ body: text(10, 1000, { multiline: true }), contact: optionalText(100) })

/** POST /api/loans/:id/objections/:objectionId — staff decide an objection: dismissed, or upheld (then refuse the notice step). */
export const objectionHandleSchema = z.object({ outcome: z.enum(['dismissed', 'upheld'], { error: 'validation.required' }), note: text(4, 500, { multiline: true }) })

/** GET /api/staff/loans (and the guarantor's and bank's queues) */
export const loanQueueQuerySchema = z.object({
  step: oneOf(LOAN_STEPS).optional(),
  status: oneOf(LOAN_STATUSES).optional(),
  city: z.string().trim().max(40, 'validation.maxChars').optional(),
  overdue: boolParam,
  page: pageParam(),
})
export type LoanQueueQuery = z.infer<typeof loanQueueQuerySchema>

/** GET /api/staff/loans/subsidies */
export const subsidyQuerySchema = z.object({
  quarter: z.string().trim().regex(/^\d{4}Q[1-4]$/, 'validation.quarter'),
  bank: z.uuid('validation.invalid').optional(),
})
