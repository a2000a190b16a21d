import type { LoanRuleSet } from '#shared/data/loan-rules'
import { loanText } from '#shared/i18n/loans'
import type { DisbursementInput, RepaymentInput } from '#shared/schemas/loan'
import type { QuarterSubsidy, ScheduleRow } from '#shared/types/loan'
import type { PublicUser } from '#shared/types/user'
import type { RepaymentMethod } from '#shared/utils/loan-codes'
import { quarterSubsidy, rateCapBp, repaymentSchedule } from '#shared/utils/loans'
import { formatCalendarDate } from '#shared/utils/format-time'
import { formatPercent, formatYuan } from '#shared/utils/money'
import { addDays, addMonths, zonedDate } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { caseActivity, setStage } from '../cases'
import { loanFor } from './access'
import { applicantOf, baseVars, mailSubjectSelect, reviewersOf, tell } from './notify'
import { applicationSelect } from './row'
import type { ApplicationRow } from './row'
import { loanEvent, refreshApplication } from './state'
import { lprOf, loanData, rulesOf } from './store'

/**
 * After approval: the bank records the payout (within the approved amount, the rules' term and
 * rate cap) and then repayments and overdue periods; the schedule, what is owed and the interest
 * subsidy per quarter follow from those records and the rules. One extension (展期) per loan,
 * reviewed by the bank and then staff, never subsidised unless the rules say so.
 */
type Tx = Prisma.TransactionClient

async function asBank(tx: Tx, user: PublicUser, id: string): Promise<ApplicationRow> {
  const { role } = await loanFor(tx, user, id, { purpose: 'payout' })
  if (role !== 'bank') throw new AppError('forbidden')
  return tx.loanApplication.findUniqueOrThrow({ where: { id }, select: applicationSelect })
}

/** POST /api/loans/:id/disbursement — the bank pays out. */
export async function recordDisbursement(user: PublicUser, id: string, input: DisbursementInput): Promise<{ status: string }> {
  const data = await loanData()
  return prisma.$transaction(async (tx) => {
    const app = await asBank(tx, user, id)
    if (app.status !== 'APPROVED') throw new AppError('invalid_transition')
    const rules = rulesOf(data, app.ruleVersion)
    const cap = rateCapBp(rules, lprOf(data, input.disbursedOn))
    const term = rules.terms[app.applicantType]
    const fields: Record<string, { key: 'validation.maxYuan' | 'validation.maxMonths' | 'validation.maxRate', params: Record<string, string | number> }> = {}
    if (input.amount > app.amount!) fields.amount = { key: 'validation.maxYuan', params: { max: formatYuan(app.amount!, { dropZeroFen: true }) } }
    if (input.termMonths > term) fields.termMonths = { key: 'validation.maxMonths', params: { max: term } }
    if (input.rateBp > cap) fields.rateBp = { key: 'validation.maxRate', params: { max: formatPercent(cap) } }
    if (Object.keys(fields).length) throw new AppError('validation', fields)
    const firstDueOn = input.firstDueOn ?? addMonths(input.disbursedOn, 1)
    const done = await tx.loanApplication.updateMany({
      where: { id, status: 'APPROVED', revision: app.revision },
      data: { revision: { increment: 1 }, disbursedOn: input.disbursedOn, disbursedAmount: input.amount, disbursedTermMonths: input.termMonths, rateBp: input.rateBp, repaymentMethod: input.method, firstDueOn },
    })
    if (!done.count) throw new AppError('invalid_transition')
    await loanEvent(tx, id, { action: 'disburse', from: 'APPROVED', to: 'DISBURSED', actorId: user.id, payload: { role: 'BANK', disbursedOn: input.disbursedOn, amount: input.amount, termMonths: input.termMonths, rateBp: input.rateBp, method: input.method } })
    await refreshApplication(tx, id, { amount: app.amount! }, rules, data.calendar)
    const a = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: mailSubjectSelect })
    const bank = await tx.organisation.findUniqueOrThrow({ where: { id: a.bankId! }, select: { nameZh: true, nameEn: true } })
    const vars = baseVars({ ...a, amount: input.amount }, {
      'zh-CN': { bank: bank.nameZh, date: formatCalendarDate(input.disbursedOn, 'zh-CN') },
      'en': { bank: bank.nameEn, date: formatCalendarDate(input.disbursedOn, 'en') },
      'all': { months: input.termMonths, rate: formatPercent(input.rateBp) },
    })
    await tell(tx, a, [await applicantOf(tx, a)], 'disbursed', vars)
    if (app.caseId) {
      await setStage(tx, app.caseId, 'FINANCING', 'complete', user.id, { loanId: id })
      await caseActivity(tx, app.caseId, { action: 'loan_disbursed', actorId: user.id, payload: { loanId: id, amount: input.amount } })
    }
    return { status: 'DISBURSED' }
  })
}

/** The payout as the schedule and the subsidy read it. */
export interface Payout { principal: number, rateBp: number, termMonths: number, method: RepaymentMethod, disbursedOn: string, firstDueOn: string }

export function payoutOf(app: Pick<ApplicationRow, 'disbursedOn' | 'disbursedAmount' | 'rateBp' | 'disbursedTermMonths' | 'repaymentMethod' | 'firstDueOn'>): Payout | null {
  if (!app.disbursedOn || app.disbursedAmount === null || app.rateBp === null || app.disbursedTermMonths === null || !app.repaymentMethod || !app.firstDueOn) return null
  return { principal: app.disbursedAmount, rateBp: app.rateBp, termMonths: app.disbursedTermMonths, method: app.repaymentMethod, disbursedOn: app.disbursedOn, firstDueOn: app.firstDueOn }
}

export function scheduleOf(p: Payout): ScheduleRow[] {
  return repaymentSchedule({ principal: p.principal, annualRateBp: p.rateBp, termMonths: p.termMonths, firstDueOn: p.firstDueOn, method: p.method })
}

export const quarterOf = (day: string): string => `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`

/** Every quarter from the payout's to today's (or the repayment's), each with its subsidy. */
export function subsidiesOf(p: Payout, records: { repayments: { paidOn: string, principal: number, interest: number }[], overdues: { fromDay: string, toDay: string | null }[], extension: { fromDay: string | null, toDay: string | null } | null }, rules: LoanRuleSet, today = zonedDate(new Date())): ({ quarter: string } & QuarterSubsidy)[] {
  const out: ({ quarter: string } & QuarterSubsidy)[] = []
  let q = quarterOf(p.disbursedOn)
  const last = quarterOf(today)
  for (let i = 0; i < 60 && q <= last; i++) {
    out.push({ quarter: q, ...subsidyFor(p, records, rules, q) })
    const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(5))]
    q = n === 4 ? `${y + 1}Q1` : `${y}Q${n + 1}`
  }
  return out
}

export function subsidyFor(p: Payout, records: Parameters<typeof subsidiesOf>[1], rules: LoanRuleSet, quarter: string): QuarterSubsidy {
  return quarterSubsidy({
    loan: { principal: p.principal, annualRateBp: p.rateBp, disbursedOn: p.disbursedOn, termMonths: p.termMonths },
    repayments: records.repayments,
    overduePeriods: records.overdues.map(o => ({ from: o.fromDay, to: o.toDay })),
    ...(records.extension?.fromDay ? { extension: { from: records.extension.fromDay, to: records.extension.toDay } } : {}),
    quarter,
    rules,
  })
}

/** POST /api/loans/:id/repayments — the bank records a payment, or opens or closes an overdue period. */
export async function recordRepayment(user: PublicUser, id: string, input: RepaymentInput): Promise<{ status: string, outstanding: number }> {
  const data = await loanData()
  return prisma.$transaction(async (tx) => {
    const app = await asBank(tx, user, id)
    if (app.status !== 'DISBURSED' && app.status !== 'REPAYING') throw new AppError('invalid_transition')
    const payout = payoutOf(app)!
    const rules = rulesOf(data, app.ruleVersion)
    const paid = await tx.loanRepayment.aggregate({ where: { applicationId: id }, _sum: { principal: true } })
    const owed = payout.principal - (paid._sum.principal ?? 0)
    if (input.kind === 'overdue') {
      if (input.from < payout.disbursedOn) throw new AppError('validation', { from: 'validation.invalid' })
      if (input.to && input.to < input.from) throw new AppError('validation', { to: 'validation.invalid' })
      const open = await tx.loanOverduePeriod.findFirst({ where: { applicationId: id, toDay: null }, select: { id: true, fromDay: true } })
      if (open && open.fromDay === input.from) await tx.loanOverduePeriod.update({ where: { id: open.id }, data: { toDay: input.to ?? null } })
      else if (open) throw new AppError('validation', { from: 'validation.overdueOpen' })
      else await tx.loanOverduePeriod.create({ data: { applicationId: id, fromDay: input.from, toDay: input.to ?? null, recordedById: user.id } })
      await loanEvent(tx, id, { action: 'overdue_recorded', actorId: user.id, payload: { role: 'BANK', from: input.from, to: input.to ?? null } })
      return { status: app.status, outstanding: owed }
    }
    if (input.paidOn < payout.disbursedOn) throw new AppError('validation', { paidOn: 'validation.invalid' })
    if (input.principal > owed) throw new AppError('validation', { principal: { key: 'validation.maxYuan', params: { max: formatYuan(owed) } } })
    if (input.principal === 0 && input.interest === 0) throw new AppError('validation', { principal: 'validation.required' })
    await tx.loanRepayment.create({ data: { applicationId: id, paidOn: input.paidOn, principal: input.principal, interest: input.interest, recordedById: user.id } })
    const settled = input.principal === owed
    await loanEvent(tx, id, { action: 'repay', from: app.status, to: 'REPAYING', actorId: user.id, payload: { role: 'BANK', paidOn: input.paidOn, principal: input.principal, interest: input.interest } })
    if (settled) await loanEvent(tx, id, { action: 'settle', from: 'REPAYING', to: 'REPAID', actorId: user.id, payload: { role: 'BANK', paidOn: input.paidOn } })
    const p = await refreshApplication(tx, id, { amount: app.amount! }, rules, data.calendar)
    if (settled) {
      const a = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: mailSubjectSelect })
      await tell(tx, a, [await applicantOf(tx, a)], 'repaid', baseVars({ ...a, amount: payout.principal }))
    }
    return { status: p.status, outstanding: owed - input.principal }
  })
}

/** POST /api/loans/:id/extension — the borrower asks once for more time (before maturity). */
export async function requestExtension(user: PublicUser, id: string, input: { months: number, reason: string }): Promise<void> {
  const data = await loanData()
  await prisma.$transaction(async (tx) => {
    const { role } = await loanFor(tx, user, id)
    if (role !== 'applicant') throw new AppError('forbidden')
    const app = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: applicationSelect })
    if (app.status !== 'DISBURSED' && app.status !== 'REPAYING') throw new AppError('invalid_transition')
    const rules = rulesOf(data, app.ruleVersion)
    if (input.months > rules.extension.maxMonths) throw new AppError('validation', { months: { key: 'validation.maxMonths', params: { max: rules.extension.maxMonths } } })
    const count = await tx.loanExtension.count({ where: { applicationId: id } })
    if (count >= rules.extension.maxCount) throw new AppError('invalid_transition')
    await tx.loanExtension.create({ data: { applicationId: id, months: input.months, reason: input.reason } })
    await loanEvent(tx, id, { action: 'extension_requested', actorId: user.id, payload: { role: 'APPLICANT', months: input.months } })
    const a = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: mailSubjectSelect })
    await tell(tx, a, await reviewersOf(tx, a, 'BANK'), 'extensionRequested', baseVars(a, { all: { months: input.months } }))
  })
}

/** POST /api/loans/:id/extension/decision — the bank, then staff. Approved: it runs from the maturity day for its months. */
export async function decideExtension(user: PublicUser, id: string, input: { approve: boolean, note?: string | null }): Promise<{ status: string }> {
  return prisma.$transaction(async (tx) => {
    const { role } = await loanFor(tx, user, id, { purpose: 'extension' })
    const ext = await tx.loanExtension.findUnique({ where: { applicationId: id } })
    if (!ext) throw new AppError('not_found')
    const app = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: applicationSelect })
    const next = role === 'bank' && ext.status === 'REQUESTED'
      ? (input.approve ? 'BANK_APPROVED' : 'REFUSED')
      : role === 'staff' && ext.status === 'BANK_APPROVED' ? (input.approve ? 'APPROVED' : 'REFUSED') : null
    if (role !== 'bank' && role !== 'staff') throw new AppError('forbidden')
    if (!next) throw new AppError('invalid_transition')
    const payout = payoutOf(app)!
    const maturity = addMonths(payout.disbursedOn, payout.termMonths)
    const done = await tx.loanExtension.updateMany({
      where: { id: ext.id, status: ext.status },
      data: {
        status: next, decisionNote: input.note ?? null,
        ...(role === 'bank' ? { bankById: user.id } : { staffById: user.id }),
        ...(next === 'APPROVED' ? { fromDay: maturity, toDay: addDays(addMonths(maturity, ext.months), -1) } : {}),
      },
    })
    if (!done.count) throw new AppError('invalid_transition')
    await loanEvent(tx, id, { action: 'extension_decided', actorId: user.id, reason: input.note ?? null, payload: { role: role === 'bank' ? 'BANK' : 'STAFF', status: next } })
    const a = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: mailSubjectSelect })
    if (next === 'BANK_APPROVED') await tell(tx, a, await reviewersOf(tx, a, 'STAFF'), 'extensionRequested', baseVars(a, { all: { months: ext.months } }))
    else {
      const result = next === 'APPROVED' ? 'extensionApproved' : 'extensionRefused'
      await tell(tx, a, [await applicantOf(tx, a)], 'extensionDecided', baseVars(a, { 'zh-CN': { result: loanText('zh-CN', `mail.${result}`), months: ext.months }, 'en': { result: loanText('en', `mail.${result}`), months: ext.months } }), { note: input.note ?? null })
    }
    return { status: next }
  })
}
