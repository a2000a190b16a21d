import { randomInt } from 'node:crypto'
import type { AppLocale } from '#shared/i18n/messages'
import { SUPPORTED_LOCALES } from '#shared/i18n/messages'
import { loanText } from '#shared/i18n/loans'
import type { LoanDecisionInput } from '#shared/schemas/loan'
import type { PublicUser } from '#shared/types/user'
import type { LoanStepCode } from '#shared/utils/loan-codes'
import { decide, refusalView, returnChecklist, stepClocks } from '#shared/utils/loan-steps'
import { formatCalendarDate } from '#shared/utils/format-time'
import { formatYuan } from '#shared/utils/money'
import { addDays, zonedDate, zonedToUtc } from '#shared/utils/zoned-time'
import { workingDaysBetween } from '#shared/utils/working-days'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { addJob } from '../../utils/jobs'
import { log } from '../../utils/log'
import { caseActivity } from '../cases'
import { referenceData } from '../reference'
import { lifecycleRole, loanFor } from './access'
import type { Recipient } from './notify'
import { applicantOf, baseVars, mailSubjectSelect, mergeVars, recipientSelect, reviewersOf, STEP_REVIEWER, stepVars, tell, toRecipient } from './notify'
import { applicationSelect } from './row'
import { historyOf, loadHistory, loanEvent, refreshApplication } from './state'
import type { LoanData } from './store'
import { loanData, rulesOf } from './store'

/**
 * The reviewers' side: a decision on a step (approve, return with everything missing at once,
 * refuse with reasons), checked by the pure rules of shared/utils/loan-steps.ts against the
 * application's history and the rules of its submission day; the public notice that ends by
 * itself when its working days are over (unless an objection waits); the organisations the
 * file goes to. Each decision is one transaction guarded by the application's revision, so two
 * officers deciding at once cannot both win.
 */
type Tx = Prisma.TransactionClient

export const NOTICE_END_TASK = 'loan_notice_end'

function noticeRef(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
  return `GS${new Date().getUTCFullYear()}${Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('')}`
}

/** The organisations that serve a city: of its own code, of the city it is an area of, or province-wide. */
export async function organisationsServing(tx: Tx, kind: 'GUARANTOR' | 'BANK', cityId: number | null): Promise<{ id: string, nameZh: string, nameEn: string }[]> {
  const { cities } = await referenceData()
  const city = cities.find(c => c.id === cityId)
  const codes = [city?.code, city?.parent].filter((c): c is string => !!c)
  const rows = await tx.organisation.findMany({ where: { kind }, select: { id: true, nameZh: true, nameEn: true, cityCodes: true }, orderBy: { nameZh: 'asc' } })
  return rows.filter(o => !o.cityCodes.length || o.cityCodes.some(c => codes.includes(c)))
}

async function chooseOrganisation(tx: Tx, kind: 'GUARANTOR' | 'BANK', cityId: number | null, wanted: string | null | undefined, field: string): Promise<{ id: string, nameZh: string, nameEn: string }> {
  const serving = await organisationsServing(tx, kind, cityId)
  if (wanted) {
    const o = serving.find(s => s.id === wanted)
    if (!o) throw new AppError('validation', { [field]: 'validation.invalid' })
    return o
  }
  const first = serving[0]
  if (!first) throw new AppError('no_organisation', undefined, { kind: { 'zh-CN': loanText('zh-CN', `roles.${kind}`), 'en': loanText('en', `roles.${kind}`) } })
  return first
}

const names = (items: { 'zh-CN': string, 'en': string }[]): Record<AppLocale, string[]> =>
  Object.fromEntries(SUPPORTED_LOCALES.map(l => [l, items.map(i => i[l])])) as Record<AppLocale, string[]>

/** POST /api/loans/:id/steps/:step/decision */
export async function decideStep(user: PublicUser, id: string, step: LoanStepCode, input: LoanDecisionInput): Promise<{ status: string, awaitingSecondOfficer: boolean }> {
  const data = await loanData()
  return prisma.$transaction(async (tx) => {
    const { role } = await loanFor(tx, user, id, { purpose: 'decision' })
    if (role === 'applicant') throw new AppError('forbidden')
    const app = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: applicationSelect })
    const rules = rulesOf(data, app.ruleVersion)
    const history = historyOf(await loadHistory(tx, id))
    const now = new Date()
    const outcome = decide({ amount: app.amount!, history }, step, input.decision, {
      actor: { id: user.id, role: lifecycleRole(role) },
      at: now,
      missing: input.missing,
      note: input.note ?? null,
      reasons: input.reasons,
      newItemsWhy: input.newItemsWhy ?? null,
    }, rules, data.calendar)
    if (outcome.problem) {
      throw new AppError('loan_decision', undefined, { problem: outcome.problem.text }, {}, { problem: outcome.problem.code, ...(outcome.problem.items ? { items: outcome.problem.items } : {}) })
    }
    const opening = step === 'ELIGIBILITY' && input.decision === 'approve' && !outcome.awaitingSecondOfficer
    const orgs = opening
      ? { guarantor: await chooseOrganisation(tx, 'GUARANTOR', app.cityId, input.guarantorId, 'guarantorId'), bank: await chooseOrganisation(tx, 'BANK', app.cityId, input.bankId ?? app.bankId, 'bankId') }
      : null
    const final = outcome.status === 'REFUSED' || outcome.status === 'APPROVED'
    const done = await tx.loanApplication.updateMany({
      where: { id, revision: app.revision, status: app.status },
      data: {
        revision: { increment: 1 },
        ...(orgs ? { guarantorId: orgs.guarantor.id, bankId: orgs.bank.id } : {}),
        ...(final ? { decidedAt: now } : {}),
      },
    })
    if (!done.count) throw new AppError('invalid_transition')
    const e = outcome.event
    await loanEvent(tx, id, {
      action: input.decision, from: app.status, to: outcome.status, actorId: user.id, reason: e.note ?? null,
      payload: { step, role: e.role, ...(e.missing ? { missing: [...e.missing] } : {}), ...(e.note ? { note: e.note } : {}), ...(e.reasons ? { reasons: [...e.reasons] } : {}), ...(e.newItemsWhy ? { newItemsWhy: e.newItemsWhy } : {}), ...(outcome.awaitingSecondOfficer ? { firstOfTwo: true } : {}) },
    })
    const progress = await refreshApplication(tx, id, { amount: app.amount! }, rules, data.calendar)
    const clocks = stepClocks(progress, now, data.calendar, rules).steps
    const a = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: mailSubjectSelect })
    const applicant = [await applicantOf(tx, a)]

    if (opening) {
      const from = zonedDate(now)
      const to = clocks.find(c => c.step === 'NOTICE')!.dueOn!
      await tx.loanApplication.update({ where: { id }, data: { noticeRef: noticeRef(), noticeFrom: from, noticeTo: to } })
      await scheduleNoticeEnd(tx, id, to)
      await tell(tx, a, applicant, 'noticeStarted', baseVars(a, { 'zh-CN': { from: formatCalendarDate(from, 'zh-CN'), to: formatCalendarDate(to, 'zh-CN') }, 'en': { from: formatCalendarDate(from, 'en'), to: formatCalendarDate(to, 'en') } }))
    }
    else if (input.decision === 'approve' && outcome.awaitingSecondOfficer) {
      const others = (await reviewersOf(tx, a, 'STAFF')).filter(r => r.id !== user.id)
      await tell(tx, a, others, 'secondOfficer', baseVars(a, { all: { limit: formatYuan(rules.makerChecker.aboveAmount, { dropZeroFen: true }) } }))
    }
    else if (input.decision === 'approve' && outcome.status === 'APPROVED') {
      const bank = await tx.organisation.findUniqueOrThrow({ where: { id: a.bankId! }, select: { nameZh: true, nameEn: true } })
      await tell(tx, a, applicant, 'approved', baseVars(a, { 'zh-CN': { bank: bank.nameZh }, 'en': { bank: bank.nameEn } }))
      // the bank's officers are told in their own words: they sign the contract and pay out
      await tell(tx, a, await reviewersOf(tx, a, 'BANK'), 'approvedForBank', baseVars(a))
    }
    else if (input.decision === 'approve') {
      const other: LoanStepCode = step === 'GUARANTOR' ? 'BANK' : 'GUARANTOR'
      await tell(tx, a, applicant, 'stepApproved', mergeVars(baseVars(a), stepVars(step), Object.fromEntries(SUPPORTED_LOCALES.map(l => [l, { other: loanText(l, `steps.${other}`) }]))))
    }
    else if (input.decision === 'return') {
      const checklist = returnChecklist(rules)
      const missing = (e.missing ?? []).map(c => checklist.find(i => i.code === c)!.name)
      await tell(tx, a, applicant, 'returned', mergeVars(baseVars(a), stepVars(step)), { items: names(missing), note: e.note ?? null })
    }
    else {
      const view = refusalView(e.reasons ?? [], e.note ?? null)
      const items = view.reasons.map(r => ({ 'zh-CN': `${r.name['zh-CN']}：${r.next['zh-CN']}`, 'en': `${r.name.en}: ${r.next.en}` }))
      await tell(tx, a, applicant, 'refused', mergeVars(baseVars(a), stepVars(step)), { items: names(items), note: e.note ?? null })
    }
    if (app.caseId) await caseActivity(tx, app.caseId, { action: `loan_${input.decision}`, actorId: user.id, payload: { loanId: id, step, status: outcome.status } })
    return { status: outcome.status, awaitingSecondOfficer: outcome.awaitingSecondOfficer }
  })
}

/** The notice ends on the first day after its last: the job runs a minute after that day starts in Beijing. */
async function scheduleNoticeEnd(tx: Tx, id: string, lastDay: string): Promise<void> {
  await addJob(tx, NOTICE_END_TASK, { id }, { runAt: new Date(zonedToUtc(addDays(lastDay, 1), 0).getTime() + 60_000), jobKey: `${NOTICE_END_TASK}:${id}` })
}

/**
 * Ends a public notice whose working days are over, unless an objection waits for staff (they
 * dismiss it, or refuse on its grounds). The guarantor and the bank get the file side by side.
 * True when it ended it.
 */
export async function endNotice(job: { id: string }, data?: LoanData): Promise<boolean> {
  const d = data ?? await loanData()
  return prisma.$transaction(async (tx) => {
    const app = await tx.loanApplication.findUnique({ where: { id: job.id }, select: applicationSelect })
    if (!app || app.status !== 'NOTICE') return false
    const waiting = await tx.loanObjection.count({ where: { applicationId: app.id, handledAt: null } })
    if (waiting) return false
    const rules = rulesOf(d, app.ruleVersion)
    const now = new Date()
    const outcome = decide({ amount: app.amount!, history: historyOf(await loadHistory(tx, app.id)) }, 'NOTICE', 'approve', { actor: { id: null, role: 'SYSTEM' }, at: now }, rules, d.calendar)
    if (outcome.problem) {
      if (outcome.problem.code === 'NOTICE_NOT_OVER' && app.noticeTo) await scheduleNoticeEnd(tx, app.id, app.noticeTo)
      return false
    }
    const done = await tx.loanApplication.updateMany({ where: { id: app.id, revision: app.revision, status: 'NOTICE' }, data: { revision: { increment: 1 }, dueDiligenceFrom: now } })
    if (!done.count) return false
    await loanEvent(tx, app.id, { action: 'approve', from: 'NOTICE', to: outcome.status, actorId: null, payload: { step: 'NOTICE', role: 'SYSTEM' } })
    const progress = await refreshApplication(tx, app.id, { amount: app.amount! }, rules, d.calendar)
    const clocks = stepClocks(progress, now, d.calendar, rules).steps
    const a = await tx.loanApplication.findUniqueOrThrow({ where: { id: app.id }, select: mailSubjectSelect })
    const guarantor = await tx.organisation.findUniqueOrThrow({ where: { id: a.guarantorId! }, select: { nameZh: true, nameEn: true } })
    const bank = await tx.organisation.findUniqueOrThrow({ where: { id: a.bankId! }, select: { nameZh: true, nameEn: true } })
    await tell(tx, a, [await applicantOf(tx, a)], 'noticeEnded', baseVars(a, {
      'zh-CN': { guarantor: guarantor.nameZh, bank: bank.nameZh },
      'en': { guarantor: guarantor.nameEn, bank: bank.nameEn },
      'all': { guarantorDays: rules.timeLimits.GUARANTOR, bankDays: rules.timeLimits.BANK },
    }))
    for (const step of ['GUARANTOR', 'BANK'] as const) {
      const due = clocks.find(c => c.step === step)!.dueOn!
      await tell(tx, a, await reviewersOf(tx, a, STEP_REVIEWER[step]), 'toReview', mergeVars(baseVars(a, { 'zh-CN': { due: formatCalendarDate(due, 'zh-CN') }, 'en': { due: formatCalendarDate(due, 'en') } }), stepVars(step)))
    }
    if (app.caseId) await caseActivity(tx, app.caseId, { action: 'loan_notice_ended', actorId: null, payload: { loanId: app.id } })
    return true
  })
}

/** Staff dismiss an objection (after checking it); a notice whose days are over then ends. Upheld: staff refuse with NOTICE_OBJECTION. */
export async function handleObjection(user: PublicUser, id: string, objectionId: string, input: { outcome: 'dismissed' | 'upheld', note: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { role } = await loanFor(tx, user, id, { purpose: 'objection' })
    if (role !== 'staff') throw new AppError('forbidden')
    const done = await tx.loanObjection.updateMany({ where: { id: objectionId, applicationId: id, handledAt: null }, data: { handledAt: new Date(), handledById: user.id, outcome: `${input.outcome}: ${input.note}` } })
    if (!done.count) throw new AppError('invalid_transition')
    await loanEvent(tx, id, { action: 'objection_handled', actorId: user.id, reason: input.note, payload: { role: 'STAFF', outcome: input.outcome } })
  })
  if (input.outcome === 'dismissed') await endNotice({ id })
}

/** Every notice that is over, ended (the daily safety net for a lost job). */
export async function endDueNotices(): Promise<number> {
  const data = await loanData()
  const rows = await prisma.loanApplication.findMany({ where: { status: 'NOTICE', noticeTo: { lt: zonedDate(new Date()) } }, select: { id: true } })
  let ended = 0
  for (const r of rows) if (await endNotice({ id: r.id }, data)) ended++
  return ended
}

/** The daily mail to each supervisor of the steps in their scope that are past their time limit. */
export async function mailOverdueSteps(): Promise<number> {
  const today = zonedDate(new Date())
  const rows = await prisma.loanApplication.findMany({
    where: { dueOn: { lt: today }, openSteps: { isEmpty: false } },
    select: { ...mailSubjectSelect, openSteps: true, stepDue: true },
    orderBy: { dueOn: 'asc' },
    take: 5000,
  })
  const digest = new Map<string, { to: Recipient, path: string, lines: Record<AppLocale, string[]> }>()
  const data = await loanData()
  for (const a of rows) {
    const due = (a.stepDue ?? {}) as Record<string, string>
    for (const step of a.openSteps) {
      const d = due[step]
      if (!d || d >= today || step === 'NOTICE') continue
      const late = workingDaysBetween(d, today, data.calendar)
      if (late <= 0) continue
      const supervisors = await reviewersOf(prisma, a, STEP_REVIEWER[step], { supervisors: true })
      const to = supervisors.length ? supervisors : STEP_REVIEWER[step] === 'STAFF' ? await admins() : []
      const path = `/${QUEUE_PAGE[STEP_REVIEWER[step]]}/loans?overdue=1`
      for (const r of to) {
        const key = `${r.id}:${path}`
        const entry = digest.get(key) ?? { to: r, path, lines: { 'zh-CN': [], 'en': [] } }
        for (const l of SUPPORTED_LOCALES) {
          entry.lines[l].push(`${a.maskedName ?? '—'} · ${a.amount !== null ? `${formatYuan(a.amount, { dropZeroFen: true })}${l === 'en' ? ' yuan' : ' 元'}` : ''} · ${loanText(l, `steps.${step}`)} · ${loanText(l, 'clock.overdueDays', { n: late })}`)
        }
        digest.set(key, entry)
      }
    }
  }
  for (const { to, path, lines } of digest.values()) {
    await prisma.$transaction(async (tx) => {
      await tell(tx, { id: 'queue' }, [to], 'overdue', { 'zh-CN': { n: lines['zh-CN'].length }, 'en': { n: lines.en.length } }, { items: lines, path })
    })
  }
  if (digest.size) log.info('loan overdue digest sent', { recipients: digest.size })
  return digest.size
}

/** Where each reviewer works through their queue. */
const QUEUE_PAGE = { STAFF: 'staff', GUARANTOR: 'guarantor', BANK: 'bank' } as const

async function admins(): Promise<Recipient[]> {
  const rows = await prisma.userRole.findMany({ where: { role: 'ADMIN', user: { disabledAt: null } }, select: { user: { select: recipientSelect } } })
  return rows.map(r => toRecipient(r.user))
}
