import type { LoanRuleSet, LprFixing } from '../data/loan-rules'
import { LPR_FIXINGS, lprBp } from '../data/loan-rules'
import { joinNames, loanText, loanTexts } from '../i18n/loans'
import type { AppLocale } from '../i18n/messages'
import type { PreCheckInput } from '../schemas/loan'
import type { LoanDocumentItem, PreCheckReason, PreCheckResult, QuarterSubsidy, ScheduleRow, SubsidyExclusionCode } from '../types/loan'
import type { ApplicantType, ClaimableWaiver, RepaymentMethod } from './loan-codes'
import { formatCalendarDate } from './format-time'
import { maskIdNumber, maskName, maskPhone } from './mask'
import { addDays, addMonths, daysBetween, isCalendarDate } from './zoned-time'

/**
 * The pure money rules of guaranteed start-up loans: the pre-check, maximum amounts, repayment
 * schedules and the quarterly interest subsidy. The figures come from a rule set
 * (shared/data/loan-rules.ts), passed in.
 *
 * Money is integer fen; rates are basis points (bp). Conventions, stated once:
 * - Interest (the People's Bank's convention, which Chinese banks follow): monthly rate = annual
 *   rate / 12, daily rate = annual rate / 360. A schedule's instalments use the monthly rate
 *   (every month is one period, whatever its days); the subsidy uses actual days / 360 on the
 *   daily balance.
 * - Days (算头不算尾): interest runs from the day of payout; a repayment stops interest on the
 *   principal repaid from its own day on; overdue and extension periods name their first and
 *   last day, both included.
 * - Rounding: every amount is rounded to the fen half up (…0.5 fen → up), once per figure: each
 *   instalment's interest, the annuity, a quarter's subsidised interest, the subsidy. A schedule's
 *   last instalment takes whatever principal is left, so its rows add up to the principal exactly.
 */
export const INTEREST_CONVENTION = { monthsInYear: 12, daysInYear: 360, dayCount: 'ACT/360' } as const

const BP = 10_000

/** a / b rounded half up, for non-negative integers */
function roundDiv(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b))
}

/**
 * The most an applicant type may borrow (fen). Partnership (合伙创业): the individual maximum for
 * each eligible partner (the applicant included), raised in total by the rule's uplift (10 %:
 * three partners → 3 × ¥300,000 × 1.1 = ¥990,000), at most the rule's `maxTotal` if it sets one.
 */
export function maxAmount(type: ApplicantType, rules: LoanRuleSet, partners = 1): number {
  if (type === 'ENTERPRISE') return rules.amounts.enterprise
  if (type === 'INDIVIDUAL') return rules.amounts.individual
  const base = rules.amounts.individual * partners
  const total = base + Math.floor((base * rules.amounts.partnership.upliftBp) / BP)
  return rules.amounts.partnership.maxTotal === null ? total : Math.min(total, rules.amounts.partnership.maxTotal)
}

/** The highest rate a bank may charge: the LPR of the rule's tenor + the rule's spread (bp). */
export function rateCapBp(rules: LoanRuleSet, lpr: LprFixing): number {
  return lprBp(lpr, rules.rate.lprTenor) + rules.rate.maxSpreadBp
}

/** The part of a rate the subsidy pays back (bp, half up). */
export function subsidyBp(rateBp: number, rules: LoanRuleSet): number {
  return roundDiv(rateBp * rules.subsidy.shareBp, BP)
}

/**
 * Whether a counter-guarantee (反担保) is needed: not when one of the rule's waivers applies to
 * the applicant type — a small individual loan by its amount, the others when claimed.
 */
export function counterGuaranteeRequired(type: ApplicantType, amount: number, claimed: readonly ClaimableWaiver[], rules: LoanRuleSet): boolean {
  return !rules.counterGuarantee.waivers.some(w =>
    w.for.includes(type)
    && (w.maxAmount === undefined || amount <= w.maxAmount)
    && (w.code === 'SMALL_AMOUNT' || (claimed as readonly string[]).includes(w.code)))
}

/** The documents an application needs, per applicant type and category; counter-guarantee papers only when required. */
export function requiredDocuments(type: ApplicantType, category: string | null, withCounterGuarantee: boolean, rules: LoanRuleSet): LoanDocumentItem[] {
  const proof = rules.categories.find(c => c.code === category)?.proof
  return rules.documents
    .filter(d => d.for.includes(type) && (!d.withCounterGuarantee || withCounterGuarantee))
    .map(d => ({
      code: d.code,
      name: d.code === 'CATEGORY_PROOF' && proof ? { 'zh-CN': `${d.name['zh-CN']}：${proof['zh-CN']}`, 'en': `${d.name.en}: ${proof.en}` } : d.name,
      heldByPlatform: d.heldFrom !== null,
    }))
}

const latestFixing = (fixings: readonly LprFixing[]) => fixings.reduce((a, b) => (b.publishedOn > a.publishedOn ? b : a))

/**
 * The pre-check (POST /api/loans/pre-check): is the applicant eligible under these rules, and if
 * so (or once the reasons are resolved), how much, how long, at what cost, with which documents.
 * `lpr`: the fixing in force (lprOn(today, LPR_FIXINGS)); without it, the latest one known.
 */
export function preCheck(input: PreCheckInput, rules: LoanRuleSet, lpr: LprFixing = latestFixing(LPR_FIXINGS)): PreCheckResult {
  const type = input.applicantType
  const reasons: PreCheckReason[] = []
  const reason = (code: PreCheckReason['code'], params: Parameters<typeof loanTexts>[1] = {}) =>
    reasons.push({ code, text: loanTexts(`precheck.${code}`, params) })

  if (rules.cities && !rules.cities.includes(input.city)) reason('CITY')
  if (input.applicantType !== 'ENTERPRISE') {
    if (!rules.categories.some(c => c.code === input.category)) {
      const names = joinNames(rules.categories.map(c => c.name))
      reason('CATEGORY', { 'zh-CN': { categories: names['zh-CN'] }, 'en': { categories: names.en } })
    }
    if (rules.age.for.includes(type) && (input.age < rules.age.min || input.age > rules.age.max)) reason('AGE', { min: rules.age.min, max: rules.age.max })
  }
  if (rules.otherLoans.for.includes(type) && input.existingLoans.some(k => !rules.otherLoans.allowed.includes(k))) {
    const allowed = (l: AppLocale) => rules.otherLoans.allowed.map(k => loanText(l, `existingLoanKinds.${k}`)).join(l === 'en' ? ', ' : '、')
    reason('OTHER_LOANS', { 'zh-CN': { allowed: allowed('zh-CN') }, 'en': { allowed: allowed('en') } })
  }
  if (input.earlierLoans.count >= rules.earlierLoans.max) reason('LOAN_COUNT', { count: input.earlierLoans.count, max: rules.earlierLoans.max })
  if (rules.earlierLoans.noneOverdue && input.earlierLoans.anyOverdueOrUnpaid) reason('EARLIER_OVERDUE')
  if (input.applicantType === 'ENTERPRISE') {
    const e = rules.enterprise
    const { total, newlyHiredEligible, onContractsOfYear } = input.staff
    const shareBp = total > e.largeAbove ? e.largeNewHireShareBp : e.newHireShareBp
    // at least the share, in whole people: 10 % of 99 staff is 9.9, so 10 people
    const required = Math.ceil((total * shareBp) / BP)
    if (newlyHiredEligible < required) reason('ENTERPRISE_SHARE', { total, share: shareBp / 100, required, actual: newlyHiredEligible })
    else if (onContractsOfYear < required) reason('ENTERPRISE_CONTRACTS', { required, years: e.minContractYears, actual: onContractsOfYear })
    if (e.noArrears && input.arrears) reason('ENTERPRISE_ARREARS')
  }

  const max = maxAmount(type, rules, input.applicantType === 'PARTNERSHIP' ? input.partnerCount : 1)
  const term = rules.terms[type]
  const principal = Math.min(input.amount, max)
  const rate = rateCapBp(rules, lpr)
  const required = counterGuaranteeRequired(type, principal, input.waivers, rules)
  const [first] = repaymentSchedule({ principal, annualRateBp: rate, termMonths: term, firstDueOn: '2000-01-31', method: 'EQUAL_INSTALMENTS' })
  return {
    eligible: reasons.length === 0,
    reasons,
    maxAmount: max,
    maxTermMonths: term,
    estimate: { rate, subsidy: subsidyBp(rate, rules), monthlyRepayment: first?.total ?? 0 },
    counterGuaranteeRequired: required,
    documents: requiredDocuments(type, input.applicantType === 'ENTERPRISE' ? null : input.category, required, rules),
  }
}

export interface ScheduleInput {
  /** fen */
  principal: number
  annualRateBp: number
  termMonths: number
  /** the first instalment's day (YYYY-MM-DD); later ones fall on the same day of each month (or the month's last day) */
  firstDueOn: string
  method: RepaymentMethod
}

/**
 * A repayment schedule. INTEREST_ONLY: each month the interest on the whole principal, the
 * principal with the last instalment. EQUAL_INSTALMENTS (等额本息): the annuity
 * P·r / (1 − (1 + r)^−n) with r = annual / 12, rounded to the fen; each month's interest is on
 * what is still owed, the rest of the instalment repays principal, and the last instalment repays
 * whatever is left (so it may differ from the others by a few fen). Rows add up exactly: Σ
 * principal = principal, and each row's total = principal + interest.
 */
export function repaymentSchedule(input: ScheduleInput): ScheduleRow[] {
  const { principal, annualRateBp: bp, termMonths: n, firstDueOn, method } = input
  if (!Number.isInteger(principal) || principal < 0) throw new RangeError(`principal must be whole fen: ${principal}`)
  if (!Number.isInteger(bp) || bp < 0) throw new RangeError(`rate must be whole basis points: ${bp}`)
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`term must be whole months: ${n}`)
  if (!isCalendarDate(firstDueOn)) throw new RangeError(`not a calendar day: ${firstDueOn}`)
  const monthly = (owed: number) => roundDiv(owed * bp, INTEREST_CONVENTION.monthsInYear * BP)
  const r = bp / (INTEREST_CONVENTION.monthsInYear * BP)
  const annuity = r === 0 ? Math.round(principal / n) : Math.round((principal * r) / (1 - (1 + r) ** -n))
  const rows: ScheduleRow[] = []
  let remaining = principal
  for (let i = 1; i <= n; i++) {
    const interest = monthly(method === 'INTEREST_ONLY' ? principal : remaining)
    const repaid = i === n
      ? remaining
      : method === 'INTEREST_ONLY' ? 0 : Math.min(remaining, Math.max(0, annuity - interest))
    remaining -= repaid
    rows.push({ n: i, dueOn: addMonths(firstDueOn, i - 1), principal: repaid, interest, total: repaid + interest, remaining })
  }
  return rows
}

/** Σ of a schedule's columns. */
export function scheduleTotals(rows: readonly ScheduleRow[]): { principal: number, interest: number, total: number } {
  return rows.reduce((t, r) => ({ principal: t.principal + r.principal, interest: t.interest + r.interest, total: t.total + r.total }), { principal: 0, interest: 0, total: 0 })
}

/** A period of whole days, both ends included (YYYY-MM-DD); `to` null: still running. */
export interface DayPeriod { from: string, to: string | null }

export interface QuarterSubsidyInput {
  loan: { principal: number, annualRateBp: number, disbursedOn: string, termMonths: number }
  /** principal repaid stops earning interest from its day on; interest paid is not the basis (the contract rate on the balance is, and never penalty interest) */
  repayments: readonly { paidOn: string, principal: number, interest: number }[]
  overduePeriods: readonly DayPeriod[]
  /** 展期 */
  extension?: DayPeriod
  /** e.g. 2026Q3 */
  quarter: string
  rules: LoanRuleSet
}

/** The first and last day of a quarter written 2026Q3. */
export function quarterDays(quarter: string): { from: string, to: string } {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter)
  if (!m) throw new RangeError(`not a quarter: ${quarter}`)
  const from = `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`
  return { from, to: addDays(addMonths(from, 3), -1) }
}

const within = (day: string, p: DayPeriod) => day >= p.from && (p.to === null || day <= p.to)

/**
 * The interest subsidy (贴息) of one loan for one quarter, claimed by the bank after the borrower
 * has paid (先付后贴): the rule's share of the interest at the contract rate on each day's balance
 * (actual days / 360), for the days the money was actually used in the quarter. No subsidy before
 * payout, after full repayment (early repayment earns only the days used), on overdue days, during
 * an extension (unless the rules subsidise one), or after maturity; penalty interest never counts.
 */
export function quarterSubsidy(input: QuarterSubsidyInput): QuarterSubsidy {
  const { loan, rules } = input
  const { from, to } = quarterDays(input.quarter)
  const maturity = addMonths(loan.disbursedOn, loan.termMonths)
  const repayments = [...input.repayments].sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0))
  const counts: Record<SubsidyExclusionCode, number> = { NOT_DISBURSED: 0, REPAID: 0, OVERDUE: 0, EXTENSION: 0, AFTER_MATURITY: 0 }
  let repaidOn: string | null = null
  let balanceDays = 0 // Σ balance × days (fen·days)
  let days = 0
  let next = 0
  let balance = loan.principal
  const length = daysBetween(from, to) + 1
  for (let i = 0; i < length; i++) {
    const day = addDays(from, i)
    while (next < repayments.length && repayments[next]!.paidOn <= day) {
      balance -= repayments[next]!.principal
      if (balance <= 0 && repaidOn === null) repaidOn = repayments[next]!.paidOn
      next++
    }
    if (day < loan.disbursedOn) counts.NOT_DISBURSED++
    else if (balance <= 0) counts.REPAID++
    else if (input.overduePeriods.some(p => within(day, p))) counts.OVERDUE++
    else if (input.extension && within(day, input.extension)) {
      if (rules.extension.subsidised) {
        balanceDays += balance
        days++
      }
      else counts.EXTENSION++
    }
    else if (day >= maturity) counts.AFTER_MATURITY++
    else {
      balanceDays += balance
      days++
    }
  }
  const subsidisedInterest = roundDiv(balanceDays * loan.annualRateBp, INTEREST_CONVENTION.daysInYear * BP)
  const dates: Partial<Record<SubsidyExclusionCode, string>> = { NOT_DISBURSED: loan.disbursedOn, REPAID: repaidOn ?? undefined }
  const reasons = (Object.keys(counts) as SubsidyExclusionCode[])
    .filter(code => counts[code] > 0)
    .map((code) => {
      const date = dates[code]
      const params = (l: AppLocale) => ({ days: counts[code], date: date ? formatCalendarDate(date, l) : '' })
      return { code, days: counts[code], text: loanTexts(`subsidy.${code}`, { 'zh-CN': params('zh-CN'), 'en': params('en') }) }
    })
  return {
    days,
    subsidisedInterest,
    subsidy: roundDiv(subsidisedInterest * rules.subsidy.shareBp, BP),
    excludedDays: counts.OVERDUE + counts.EXTENSION + counts.AFTER_MATURITY,
    reasons,
  }
}

/** An applicant's personal numbers as staff lists and logs show them: 张**, 2201**********1234, 138****5678. */
export function maskedApplicant(a: { realName: string, idNumber: string, phone: string }): { realName: string, idNumber: string, phone: string } {
  return { realName: maskName(a.realName), idNumber: maskIdNumber(a.idNumber), phone: maskPhone(a.phone) }
}
