import type { LoanRuleSet } from '#shared/data/loan-rules'
import type { LoanTextKey } from '#shared/i18n/loans'
import { loanText, loanTexts } from '#shared/i18n/loans'
import type { LoanQueueQuery, PreCheckInput } from '#shared/schemas/loan'
import type { LoanNoticeRow, LoanQueueRow, LoanSubsidyList, LoanSubsidyRow, LoanTimelineEntry, LoanView, LoanViewerRole, PreCheckResult } from '#shared/types/loan'
import type { PublicUser } from '#shared/types/user'
import type { Bilingual, LoanDecision, LoanRole, LoanStepCode } from '#shared/utils/loan-codes'
import { preCheck, rateCapBp, subsidyBp, maxAmount } from '#shared/utils/loans'
import { loanProgress, nextSteps, refusalView, returnChecklist, stepClocks } from '#shared/utils/loan-steps'
import { formatYuan } from '#shared/utils/money'
import { formatCalendarDate } from '#shared/utils/format-time'
import { workingDaysBetween } from '#shared/utils/working-days'
import { addMonths, zonedDate } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { encryptPersonal } from '../../utils/crypto'
import { toCsv } from '../../utils/csv'
import { audit } from '../audit'
import { referenceData, staffCities } from '../reference'
import { lifecycleRole, loanFor, officerOrganisation } from './access'
import { documentStates } from './documents'
import { baseVars, reviewersOf, tell } from './notify'
import { maskedPersonal, readPersonal } from './personal'
import { payoutOf, scheduleOf, subsidiesOf, subsidyFor } from './payout'
import type { ApplicationRow } from './row'
import { applicationSelect, detailsOf, documentsNeeded } from './row'
import { historyOf, loanEvent } from './state'
import { loanData, lprOf, rulesOf } from './store'

/**
 * What the loan pages read: the application as its viewer may see it, the review queues (on
 * stored columns, clocks computed for the page's rows only), the public notice list, the
 * quarterly subsidy list, and the pre-check anyone may run (nothing of it is stored).
 */
type Tx = Prisma.TransactionClient

const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en': en })

/** POST /api/loans/pre-check — answered from the rules in force today; nothing typed is kept. */
export async function runPreCheck(input: PreCheckInput): Promise<PreCheckResult> {
  const data = await loanData()
  const { cities } = await referenceData()
  const city = cities.find(c => c.code === input.city)
  if (!city) throw new AppError('validation', { city: 'validation.invalid' })
  return preCheck({ ...input, city: city.parent ?? city.code }, rulesOf(data, null), lprOf(data))
}

/** The names of the documents and return items, by code (the rule set's own wording). */
type Names = ReadonlyMap<string, Bilingual>

const EVENT_TEXT: Record<string, (p: Record<string, unknown>, step: LoanStepCode | null, names: Names) => Bilingual> = {
  draft_created: () => bi('创建了申请草稿', 'Draft started'),
  draft_saved: () => bi('保存了草稿', 'Draft saved'),
  draft_discarded: () => bi('放弃了草稿', 'Draft discarded'),
  document_added: (p, _s, names) => {
    const name = names.get(String(p.code)) ?? bi(String(p.code), String(p.code))
    return bi(`上传了材料：${name['zh-CN']}`, `Uploaded a document: ${name.en}`)
  },
  submit: () => bi('提交了申请', 'Submitted the application'),
  resubmit: () => bi('补正后重新提交', 'Submitted again with what was asked'),
  accept: () => bi('受理了申请', 'Accepted the application'),
  approve: (p, s) => p.firstOfTwo
    ? bi(`${loanText('zh-CN', `steps.${s!}`)}：初审通过，待另一位工作人员复核`, `${loanText('en', `steps.${s!}`)}: approved, waiting for a second officer`)
    : s === 'NOTICE' ? bi('公示期满，无异议', 'The public notice ended without objection') : bi(`${loanText('zh-CN', `steps.${s!}`)}：通过`, `${loanText('en', `steps.${s!}`)}: approved`),
  return: (_p, s) => bi(`${loanText('zh-CN', `steps.${s!}`)}：退回补正`, `${loanText('en', `steps.${s!}`)}: returned for documents`),
  refuse: (_p, s) => bi(`${loanText('zh-CN', `steps.${s!}`)}：不予通过`, `${loanText('en', `steps.${s!}`)}: refused`),
  withdraw: () => bi('撤回了申请', 'Withdrew the application'),
  disburse: p => bi(`放款 ${formatYuan(Number(p.amount), { dropZeroFen: true })} 元`, `Paid out ¥${formatYuan(Number(p.amount), { dropZeroFen: true })}`),
  repay: p => bi(`还款：本金 ${formatYuan(Number(p.principal))} 元，利息 ${formatYuan(Number(p.interest))} 元`, `Repayment: principal ¥${formatYuan(Number(p.principal))}, interest ¥${formatYuan(Number(p.interest))}`),
  settle: () => bi('贷款已还清', 'The loan is repaid'),
  overdue_recorded: p => bi(`登记逾期：${String(p.from)} 起${p.to ? `至 ${String(p.to)}` : ''}`, `Overdue recorded from ${String(p.from)}${p.to ? ` to ${String(p.to)}` : ''}`),
  extension_requested: p => bi(`申请展期 ${String(p.months)} 个月`, `Asked for an extension of ${String(p.months)} months`),
  extension_decided: (p) => {
    const status = `ui.extension.status.${String(p.status)}` as LoanTextKey
    return bi(`展期审核：${loanText('zh-CN', status)}`, `Extension review: ${loanText('en', status)}`)
  },
  objection_received: () => bi('公示收到一条异议', 'An objection to the public notice arrived'),
  objection_handled: p => bi(`处理了公示异议（${p.outcome === 'upheld' ? '成立' : '不成立'}）`, `Objection handled (${p.outcome === 'upheld' ? 'upheld' : 'dismissed'})`),
  revealed: () => bi('查看了完整证件号码（已记录理由）', 'Viewed the full numbers (reason recorded)'),
}

function timelineOf(rows: { action: string, actorId: string | null, reason: string | null, payload: Prisma.JsonValue, createdAt: Date }[], role: LoanViewerRole, names: Names): LoanTimelineEntry[] {
  return rows
    .filter(r => role !== 'applicant' || (r.action !== 'revealed' && r.action !== 'objection_received' && r.action !== 'objection_handled'))
    .map((r) => {
      const p = (r.payload ?? {}) as Record<string, unknown>
      const step = (p.step as LoanStepCode | undefined) ?? null
      const text = EVENT_TEXT[r.action]?.(p, step, names) ?? bi(r.action, r.action)
      // staff notes reach the applicant; an officer's reason for a reveal does not
      const note = r.action === 'revealed' ? null : r.reason
      return { at: r.createdAt.toISOString(), action: r.action, role: (p.role as LoanRole | undefined) ?? null, step, text, note }
    })
}

async function organisationName(tx: Tx, id: string | null): Promise<{ id: string, name: Bilingual } | null> {
  if (!id) return null
  const o = await tx.organisation.findUnique({ where: { id }, select: { id: true, nameZh: true, nameEn: true } })
  return o ? { id: o.id, name: bi(o.nameZh, o.nameEn) } : null
}

/** GET /api/loans/:id — the application as its viewer may see it. */
export async function getLoan(user: PublicUser, id: string): Promise<LoanView> {
  const data = await loanData()
  return prisma.$transaction(async (tx) => {
    const { role } = await loanFor(tx, user, id)
    const app = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: applicationSelect })
    return buildView(tx, app, role, rulesOf(data, app.ruleVersion), data)
  })
}

async function buildView(tx: Tx, app: ApplicationRow, role: LoanViewerRole, rules: LoanRuleSet, data: Awaited<ReturnType<typeof loanData>>): Promise<LoanView> {
  const now = new Date()
  const { cities, categories: _c } = await referenceData()
  const d = detailsOf(app)
  const personal = readPersonal(app.personalEnc)
  const events = await tx.loanEvent.findMany({ where: { applicationId: app.id }, orderBy: { id: 'asc' }, select: { action: true, actorId: true, reason: true, payload: true, createdAt: true } })
  const history = historyOf(events)
  const state = { amount: app.amount ?? 0, history }
  const progress = loanProgress(state, rules)
  const clocks = stepClocks(progress, now, data.calendar, rules)
  const next = nextSteps(state, rules)
  const me = lifecycleRole(role)
  const mine = next.open.map(o => ({ step: o.step, decisions: o.decisions.filter(x => x.role === me).map(x => x.decision as LoanDecision), awaitingSecondOfficer: !!o.awaitingSecondOfficer })).filter(m => m.decisions.length)
  const city = cities.find(c => c.id === app.cityId)
  const category = rules.categories.find(c => c.code === app.category)
  const checklist = returnChecklist(rules)
  const returns = progress.steps.flatMap(s => s.returns.map(r => ({
    step: s.step, at: r.at.toISOString(), missing: r.missing.map(code => ({ code, name: checklist.find(i => i.code === code)?.name ?? bi(code, code) })), note: r.note, newItemsWhy: r.newItemsWhy,
  }))).sort((a, b) => a.at.localeCompare(b.at))
  const refusedEvent = [...history].reverse().find(e => e.action === 'refuse')
  const payout = payoutOf(app)
  // one after another: a transaction's queries share one connection (pg warns of queries sent
  // while one runs, and pg 9 refuses them)
  const repayments = await tx.loanRepayment.findMany({ where: { applicationId: app.id }, orderBy: { paidOn: 'asc' }, select: { paidOn: true, principal: true, interest: true } })
  const overdues = await tx.loanOverduePeriod.findMany({ where: { applicationId: app.id }, orderBy: { fromDay: 'asc' }, select: { fromDay: true, toDay: true } })
  const extension = await tx.loanExtension.findUnique({ where: { applicationId: app.id } })
  const objections = role === 'staff' ? await tx.loanObjection.findMany({ where: { applicationId: app.id }, orderBy: { createdAt: 'asc' }, select: { id: true, body: true, createdAt: true, handledAt: true } }) : []
  const partners = role === 'guarantor' ? [] : (personal.partners ?? []).map(p => ({ realName: p.realName, idNumber: p.idNumber ? maskedPersonal({ idNumber: p.idNumber }).idNumber : null }))
  const { counterGuaranteeRequired } = documentsNeeded(app, rules)
  const lpr = lprOf(data)
  return {
    id: app.id,
    status: app.status,
    role,
    editable: role === 'applicant' && (app.status === 'DRAFT' || app.status === 'RETURNED'),
    revision: app.revision,
    caseId: role === 'applicant' || role === 'staff' ? app.caseId : null,
    applicantType: app.applicantType,
    category: category ? { code: category.code, name: category.name } : null,
    city: city ? { code: city.code, name: bi(city.nameZh, city.nameEn) } : null,
    amount: app.amount,
    termMonths: app.termMonths,
    details: {
      purpose: d.purpose ?? null,
      business: { legalForm: d.business?.legalForm ?? null, name: d.business?.name ?? null, address: d.business?.address ?? null, openedOn: d.business?.openedOn ?? null, plannedOn: d.business?.plannedOn ?? null, jobsCreated: d.business?.jobsCreated ?? null },
      staff: d.staff ?? null,
      arrears: d.arrears ?? null,
      existingLoans: d.existingLoans ?? [],
      earlierLoans: d.earlierLoans ?? null,
      waivers: d.waivers ?? [],
    },
    applicant: maskedPersonal(personal),
    partners,
    prefilled: role === 'applicant' ? app.prefilled : [],
    bank: await organisationName(tx, app.bankId),
    guarantor: await organisationName(tx, app.guarantorId),
    rules: {
      version: rules.version, effectiveFrom: rules.effectiveFrom, sample: rules.sample, source: rules.source,
      maxAmount: maxAmount(app.applicantType, rules, app.applicantType === 'PARTNERSHIP' ? (personal.partners?.length ?? 0) + 1 : 1),
      maxTermMonths: rules.terms[app.applicantType], rateCapBp: rateCapBp(rules, lpr), subsidyBp: subsidyBp(rateCapBp(rules, lpr), rules), counterGuaranteeRequired,
    },
    documents: await documentStates(tx, app, rules, role),
    steps: clocks.steps.map(c => ({ ...c, state: progress.steps.find(s => s.step === c.step)!.state, name: loanTexts(`steps.${c.step}`) })),
    wholePath: clocks.wholePath,
    next,
    mine,
    returnItems: role === 'applicant' ? [] : rules.returnItems.map(i => ({ code: i.code, name: i.name })),
    returns,
    refusal: refusedEvent ? { step: refusedEvent.step ?? null, at: refusedEvent.at.toISOString(), ...refusalView(refusedEvent.reasons ?? [], refusedEvent.note ?? null) } : null,
    notice: app.noticeRef && app.noticeFrom && app.noticeTo ? { ref: app.noticeRef, from: app.noticeFrom, to: app.noticeTo } : null,
    disbursement: payout ? { disbursedOn: payout.disbursedOn, amount: payout.principal, termMonths: payout.termMonths, rateBp: payout.rateBp, method: payout.method, firstDueOn: payout.firstDueOn, maturityOn: addMonths(payout.disbursedOn, payout.termMonths) } : null,
    schedule: payout ? scheduleOf(payout) : [],
    repayments,
    outstanding: payout ? payout.principal - repayments.reduce((n, r) => n + r.principal, 0) : null,
    overduePeriods: overdues.map(o => ({ from: o.fromDay, to: o.toDay })),
    subsidies: payout ? subsidiesOf(payout, { repayments, overdues, extension }, rules) : [],
    extension: extension ? { months: extension.months, reason: extension.reason, status: extension.status, from: extension.fromDay, to: extension.toDay, note: extension.decisionNote } : null,
    objections: objections.map(o => ({ id: o.id, body: o.body, at: o.createdAt.toISOString(), handled: o.handledAt !== null })),
    timeline: timelineOf(events, role, new Map(checklist.map(i => [i.code, i.name]))),
    submittedAt: app.submittedAt?.toISOString() ?? null,
    createdAt: app.createdAt.toISOString(),
    updatedAt: app.updatedAt.toISOString(),
  }
}

/** GET /api/loans/mine — the applicant's applications, newest first. */
export async function myLoans(user: PublicUser): Promise<LoanQueueRow[]> {
  const rows = await prisma.loanApplication.findMany({ where: { applicantId: user.id }, select: queueSelect, orderBy: { createdAt: 'desc' }, take: 50 })
  return toQueueRows(rows)
}

const queueSelect = { id: true, maskedName: true, applicantType: true, category: true, cityId: true, amount: true, status: true, stepDue: true, dueOn: true, submittedAt: true, ruleVersion: true } satisfies Prisma.LoanApplicationSelect
type QueueRowData = Prisma.LoanApplicationGetPayload<{ select: typeof queueSelect }>

async function toQueueRows(rows: QueueRowData[]): Promise<LoanQueueRow[]> {
  const data = await loanData()
  const { cities } = await referenceData()
  const today = zonedDate(new Date())
  return rows.map((r) => {
    const rules = rulesOf(data, r.ruleVersion)
    const category = rules.categories.find(c => c.code === r.category)
    const city = cities.find(c => c.id === r.cityId)
    const due = Object.entries((r.stepDue ?? {}) as Record<string, string>) as [LoanStepCode, string][]
    const steps = due.map(([step, dueOn]) => {
      const overdue = today > dueOn
      const n = overdue ? workingDaysBetween(dueOn, today, data.calendar) : Math.max(0, workingDaysBetween(today, dueOn, data.calendar))
      const text = overdue
        ? (n > 0 ? loanTexts('clock.overdueDays', { n }) : loanTexts('clock.overdue'))
        : dueOn === today ? loanTexts('clock.dueToday') : loanTexts('clock.daysLeft', { n })
      return { step, dueOn, overdue, text }
    })
    return {
      id: r.id, maskedName: r.maskedName, applicantType: r.applicantType,
      category: category?.name ?? null, city: city ? bi(city.nameZh, city.nameEn) : null,
      amount: r.amount, status: r.status, steps, dueOn: r.dueOn, overdue: !!r.dueOn && today > r.dueOn,
      submittedAt: r.submittedAt?.toISOString() ?? null,
    }
  })
}

export const LOAN_QUEUE_PAGE = 20

/**
 * The review queue of staff (applications of their cities), a guarantee institution or a bank
 * (those assigned to it, once the notice is over): open work first, the most overdue first, then
 * the rest by submission. Filters: step open now, status, city, overdue only.
 */
export async function loanQueue(user: PublicUser, kind: 'staff' | 'guarantor' | 'bank', query: LoanQueueQuery): Promise<{ items: LoanQueueRow[], total: number, page: number, pageSize: number }> {
  const where: Prisma.LoanApplicationWhereInput = { status: { not: 'DRAFT' } }
  const { cityByCode, cities } = await referenceData()
  if (kind === 'staff') {
    const mine = await staffCities(user)
    const ids = mine ? mine.map(c => cityByCode.get(c)?.id).filter((x): x is number => x !== undefined) : null
    if (ids) where.cityId = { in: ids }
  }
  else {
    const org = await officerOrganisation(prisma, user, kind === 'guarantor' ? 'GUARANTOR' : 'BANK')
    if (!org) throw new AppError('forbidden')
    where[kind === 'guarantor' ? 'guarantorId' : 'bankId'] = org
    where.dueDiligenceFrom = { not: null }
  }
  if (query.city) {
    const c = cityByCode.get(query.city)
    if (!c) throw new AppError('validation', { city: 'validation.invalid' })
    const ids = [c.id, ...cities.filter(x => x.parent === c.code).map(x => x.id)]
    where.AND = [{ cityId: { in: ids } }]
  }
  if (query.step) where.openSteps = { has: query.step }
  if (query.status) where.status = query.status
  if (query.overdue) where.dueOn = { lt: zonedDate(new Date()) }
  const [rows, total] = await Promise.all([
    prisma.loanApplication.findMany({
      where, select: queueSelect,
      orderBy: [{ dueOn: { sort: 'asc', nulls: 'last' } }, { submittedAt: 'asc' }, { id: 'asc' }],
      skip: (query.page - 1) * LOAN_QUEUE_PAGE, take: LOAN_QUEUE_PAGE,
    }),
    prisma.loanApplication.count({ where }),
  ])
  return { items: await toQueueRows(rows), total, page: query.page, pageSize: LOAN_QUEUE_PAGE }
}

/** GET /api/loans/notices — the public notice (公示): applications on notice now, masked. */
export async function loanNotices(): Promise<LoanNoticeRow[]> {
  const data = await loanData()
  const { cities } = await referenceData()
  const rows = await prisma.loanApplication.findMany({
    where: { status: 'NOTICE', noticeRef: { not: null } },
    select: { noticeRef: true, maskedName: true, applicantType: true, category: true, cityId: true, amount: true, noticeFrom: true, noticeTo: true, ruleVersion: true },
    orderBy: [{ noticeFrom: 'desc' }, { noticeRef: 'asc' }],
    take: 200,
  })
  return rows.map((r) => {
    const category = rulesOf(data, r.ruleVersion).categories.find(c => c.code === r.category)
    const city = cities.find(c => c.id === r.cityId)
    return { ref: r.noticeRef!, maskedName: r.maskedName ?? '—', applicantType: r.applicantType, category: category?.name ?? null, city: city ? bi(city.nameZh, city.nameEn) : null, amount: r.amount ?? 0, from: r.noticeFrom!, to: r.noticeTo! }
  })
}

/** POST /api/loans/notices/:ref/objections — anyone objects to an application on notice; staff of its city are told. */
export async function objectToNotice(ref: string, input: { body: string, contact?: string | null }): Promise<{ received: true }> {
  await prisma.$transaction(async (tx) => {
    const app = await tx.loanApplication.findUnique({ where: { noticeRef: ref }, select: { id: true, status: true, cityId: true, guarantorId: true, bankId: true, applicantId: true, maskedName: true, amount: true } })
    if (!app || app.status !== 'NOTICE') throw new AppError('not_found')
    await tx.loanObjection.create({ data: { applicationId: app.id, body: input.body, contactEnc: input.contact ? encryptPersonal(input.contact) : null } })
    await loanEvent(tx, app.id, { action: 'objection_received', actorId: null, payload: { role: 'SYSTEM' } })
    await tell(tx, app, await reviewersOf(tx, app, 'STAFF'), 'objection', baseVars(app, { all: { ref } }))
  })
  return { received: true }
}

/** POST /api/loans/:id/reveal — staff or the bank see the full numbers, with a reason that goes to the audit log. Never a guarantor. */
export async function revealPersonal(user: PublicUser, id: string, reason: string, ip: string): Promise<{ idNumber: string | null, phone: string | null, partners: { realName: string, idNumber: string | null }[] }> {
  return prisma.$transaction(async (tx) => {
    const { row, role } = await loanFor(tx, user, id, { purpose: 'reveal' })
    if (role !== 'staff' && role !== 'bank') throw new AppError('forbidden')
    const app = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: { personalEnc: true } })
    const p = readPersonal(app.personalEnc)
    await audit({ action: 'loan.reveal', actorId: user.id, subjectId: row.applicantId, ip, meta: { loanId: id, role, reason } }, tx)
    await loanEvent(tx, id, { action: 'revealed', actorId: user.id, reason, payload: { role: role === 'staff' ? 'STAFF' : 'BANK' } })
    return { idNumber: p.idNumber ?? null, phone: p.phone ?? null, partners: (p.partners ?? []).map(x => ({ realName: x.realName, idNumber: x.idNumber ?? null })) }
  })
}

/**
 * GET /api/staff/loans/subsidies?quarter=&bank= — every paid-out loan's interest subsidy for a
 * quarter, per bank, in the staff member's cities (their areas included; staff without a city
 * work province-wide); `bank` narrows it to one 经办银行 and never widens the cities. The banks
 * offered as the filter are those that paid out a loan in the same cities.
 */
export async function subsidyList(user: PublicUser, quarter: string, bankId?: string): Promise<LoanSubsidyList> {
  const data = await loanData()
  const mine = await staffCities(user)
  const { cityByCode } = await referenceData()
  const ids = mine ? mine.map(c => cityByCode.get(c)?.id).filter((x): x is number => x !== undefined) : null
  const scope = { disbursedOn: { not: null }, ...(ids ? { cityId: { in: ids } } : {}) } satisfies Prisma.LoanApplicationWhereInput
  const [apps, banks] = await Promise.all([
    prisma.loanApplication.findMany({
      where: { ...scope, ...(bankId ? { bankId } : {}) },
      select: { ...applicationSelect, repayments: { select: { paidOn: true, principal: true, interest: true } }, overdues: { select: { fromDay: true, toDay: true } }, extension: { select: { fromDay: true, toDay: true } }, bank: { select: { id: true, nameZh: true, nameEn: true } } },
      orderBy: [{ bankId: 'asc' }, { disbursedOn: 'asc' }],
    }),
    prisma.organisation.findMany({ where: { kind: 'BANK', banked: { some: scope } }, select: { id: true, nameZh: true, nameEn: true }, orderBy: { nameZh: 'asc' } }),
  ])
  const rows: LoanSubsidyRow[] = []
  const bankOf = new Map<string, string | null>()
  for (const a of apps) {
    const p = payoutOf(a)!
    const s = subsidyFor(p, { repayments: a.repayments, overdues: a.overdues, extension: a.extension }, rulesOf(data, a.ruleVersion), quarter)
    if (!s.days && !s.excludedDays) continue
    bankOf.set(a.id, a.bank?.id ?? null)
    rows.push({ id: a.id, maskedName: a.maskedName, bank: a.bank ? bi(a.bank.nameZh, a.bank.nameEn) : null, quarter, disbursedOn: p.disbursedOn, principal: p.principal, rateBp: p.rateBp, ...s })
  }
  const totals = new Map<string, LoanSubsidyList['totals'][number]>()
  for (const r of rows) {
    const id = bankOf.get(r.id) ?? null
    const t = totals.get(id ?? '') ?? { bankId: id, bank: r.bank, subsidy: 0, loans: 0 }
    t.subsidy += r.subsidy
    t.loans++
    totals.set(id ?? '', t)
  }
  return { quarter, bank: bankId ?? null, rows, totals: [...totals.values()], banks: banks.map(b => ({ id: b.id, name: bi(b.nameZh, b.nameEn) })) }
}

export function subsidyCsv(list: Awaited<ReturnType<typeof subsidyList>>, locale: 'zh-CN' | 'en'): string {
  const head = locale === 'en'
    ? ['Quarter', 'Bank', 'Borrower', 'Paid out on', 'Principal (yuan)', 'Rate', 'Subsidised days', 'Interest on those days (yuan)', 'Subsidy (yuan)', 'Days excluded', 'Why']
    : ['季度', '经办银行', '借款人', '放款日', '本金（元）', '年利率', '贴息天数', '计息金额（元）', '贴息（元）', '不贴息天数', '原因']
  return toCsv([head, ...list.rows.map(r => [
    r.quarter, r.bank?.[locale] ?? '', r.maskedName ?? '', formatCalendarDate(r.disbursedOn, locale), formatYuan(r.principal), `${(r.rateBp / 100).toFixed(2)}%`,
    String(r.days), formatYuan(r.subsidisedInterest), formatYuan(r.subsidy), String(r.excludedDays), r.reasons.map(x => x.text[locale]).join(locale === 'en' ? '; ' : '；'),
  ])])
}

/** GET /api/loans/rules — the rules in force today, as the loan page and the pre-check form explain them. */
export async function loanRulesSummary() {
  const data = await loanData()
  const r = rulesOf(data, null)
  const lpr = lprOf(data)
  const cap = rateCapBp(r, lpr)
  return {
    version: r.version, effectiveFrom: r.effectiveFrom, source: r.source, sample: r.sample,
    categories: r.categories.map(c => ({ code: c.code, name: c.name, proof: c.proof })),
    age: r.age,
    amounts: { individual: r.amounts.individual, partnershipUpliftBp: r.amounts.partnership.upliftBp, partnershipMaxTotal: r.amounts.partnership.maxTotal, enterprise: r.amounts.enterprise },
    terms: r.terms,
    rate: { capBp: cap, lprBp: cap - r.rate.maxSpreadBp, maxSpreadBp: r.rate.maxSpreadBp, lprPublishedOn: lpr.publishedOn, lprSample: lpr.sample },
    subsidy: { shareBp: r.subsidy.shareBp, bp: subsidyBp(cap, r) },
    earlierLoansMax: r.earlierLoans.max,
    otherLoansAllowed: r.otherLoans.allowed,
    timeLimits: r.timeLimits,
    waivers: r.counterGuarantee.waivers.map(w => ({ code: w.code, name: w.name, for: w.for, maxAmount: w.maxAmount ?? null })),
    documents: r.documents.map(d => ({ code: d.code, name: d.name, for: d.for, withCounterGuarantee: !!d.withCounterGuarantee, heldByPlatform: d.heldFrom !== null })),
  }
}
