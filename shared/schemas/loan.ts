import { z } from 'zod'
import type { LoanRuleSet } from '../data/loan-rules'
import { LEGAL_FORMS } from '../utils/cases'
import { isMainlandMobile, isValidIdNumber, normalizeIdNumber, normalizeMobile } from '../utils/identity'
import { CLAIMABLE_WAIVERS, EXISTING_LOAN_KINDS } from '../utils/loan-codes'
import { maxAmount } from '../utils/loans'
import { calendarDate, int, text } from './common'

/**
 * Guaranteed start-up loans (创业担保贷款): the pre-check anyone may run, and the application.
 * The bounds here catch typing errors; the rules (shared/data/loan-rules.ts) decide eligibility,
 * so a pre-check of someone aged 70 parses and answers "年龄须在 18–60 岁之间".
 */

/** A category code of the rule set (checked against the rules in force), or NONE. */
const categoryCode = z.string({ error: 'validation.required' }).trim().regex(/^[A-Z][A-Z_]{1,39}$/, 'validation.invalid')

/** Yuan as typed (at most two decimals) → fen. */
const yuanToFen = (max: number) => z.number({ error: 'validation.invalid' })
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
  existingLoans: z.array(z.enum(EXISTING_LOAN_KINDS, { error: 'validation.invalid' })).max(EXISTING_LOAN_KINDS.length, 'validation.tooMany').default([]),
  /** guaranteed start-up loans had before (all of them, repaid or not) */
  earlierLoans: z.object({
    count: int(0, 50),
    anyOverdueOrUnpaid: z.boolean({ error: 'validation.required' }),
  }),
  /** grounds claimed for not needing a counter-guarantee */
  waivers: z.array(z.enum(CLAIMABLE_WAIVERS, { error: 'validation.invalid' })).max(CLAIMABLE_WAIVERS.length, 'validation.tooMany').default([]),
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

/** A resident ID number with a valid GB 11643 check character; a lower-case x becomes X. */
export const idNumber = z.string({ error: 'validation.required' }).transform(normalizeIdNumber).refine(isValidIdNumber, 'validation.idNumber')

/** A mainland mobile number, stored as its 11 digits. */
export const mobile = z.string({ error: 'validation.required' }).transform(normalizeMobile).refine(isMainlandMobile, 'validation.mobile')

const partner = z.object({ realName: text(2, 30), idNumber })

const business = z.object({
  legalForm: z.enum(LEGAL_FORMS, { error: 'validation.invalid' }),
  name: text(2, 60),
  address: text(5, 120),
  /** the licence date of a business already open, or … */
  openedOn: calendarDate.nullish().transform(v => v ?? null),
  /** … the day it is planned to open */
  plannedOn: calendarDate.nullish().transform(v => v ?? null),
  /** jobs the business creates, the owner included (带动就业) */
  jobsCreated: int(0, 10_000),
}).refine(b => (b.openedOn === null) !== (b.plannedOn === null), { message: 'validation.openingDate', path: ['openedOn'] })

/**
 * POST /api/loans — the application, checked against the rules it will be judged by (the set in
 * force today): amount in fen up to the applicant type's maximum, term up to its maximum, a
 * category of that set. Partners are the others besides the applicant.
 */
export function loanApplicationSchema(rules: LoanRuleSet) {
  const category = z.enum(rules.categories.map(c => c.code) as [string, ...string[]], { error: 'validation.invalid' })
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
    const partners = a.applicantType === 'PARTNERSHIP' ? a.partners.length + 1 : 1
    if (a.applicantType === 'PARTNERSHIP') {
      const seen = new Set([a.idNumber])
      a.partners.forEach((p, i) => {
        if (seen.has(p.idNumber)) ctx.addIssue({ code: 'custom', input: p.idNumber, path: ['partners', i, 'idNumber'], message: 'validation.duplicateId' })
        seen.add(p.idNumber)
      })
    }
    const max = maxAmount(a.applicantType, rules, partners)
    // the limit is named in yuan, as the person reads it
    if (a.amount > max) ctx.addIssue({ code: 'too_big', origin: 'number', maximum: max / 100, inclusive: true, input: a.amount, path: ['amount'], message: 'validation.maxYuan' })
    const term = rules.terms[a.applicantType]
    if (a.termMonths > term) ctx.addIssue({ code: 'too_big', origin: 'number', maximum: term, inclusive: true, input: a.termMonths, path: ['termMonths'], message: 'validation.maxMonths' })
  })
}

export type LoanApplicationInput = z.output<ReturnType<typeof loanApplicationSchema>>
