import type { PublicUser } from '#shared/types/user'
import type { CheckInView } from '#shared/types/case'
import type { CheckInAnswer } from '#shared/schemas/check-in'
import type { CheckInMonths, SurvivalRow } from '#shared/utils/follow-up'
import { acceptsAnswer, checkInDates, checkInSchedule, survivalByCohort } from '#shared/utils/follow-up'
import { formatCalendarDate } from '#shared/utils/format-time'
import { zonedDate, zonedToUtc } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { addJob, removeJob } from '../../utils/jobs'
import { siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'
import { referenceData } from '../reference'
import { caseFor } from './access'
import { caseActivity } from './commands'

/**
 * 跟踪扶持: check-ins at 3, 6, 12, 24 and 36 months after the recorded opening
 * (shared/utils/follow-up.ts has the dates). Each one is a job on the queue that mails the
 * owner on its due day (09:00 Beijing time) with a link to the form, a reminder 7 days later if
 * unanswered, and a last job that marks it missed when its window closes — never guessed.
 * "Help needed" in an answer becomes a staff task and is mailed to the adviser.
 */
export const CHECK_IN_SEND_TASK = 'check_in_send'
export const CHECK_IN_REMIND_TASK = 'check_in_remind'
export const CHECK_IN_CLOSE_TASK = 'check_in_close'
export interface CheckInJob { checkInId: string }
type Tx = Prisma.TransactionClient

const nineAm = (day: string) => zonedToUtc(day, 9 * 60)
const keyOf = (task: string, checkInId: string) => `${task}:${checkInId}`

/** Creates the check-ins of a case that opened on `openedOn` and queues their jobs (inside the opening's transaction). */
export async function scheduleCheckIns(tx: Tx, caseId: string, openedOn: string): Promise<void> {
  for (const due of checkInSchedule(openedOn)) {
    const row = await tx.checkIn.create({ data: { caseId, monthsAfter: due.monthsAfter, dueOn: due.dueOn }, select: { id: true } })
    await addJob(tx, CHECK_IN_SEND_TASK, { checkInId: row.id }, { runAt: nineAm(due.dueOn), jobKey: keyOf(CHECK_IN_SEND_TASK, row.id), maxAttempts: 10 })
    await addJob(tx, CHECK_IN_CLOSE_TASK, { checkInId: row.id }, { runAt: zonedToUtc(due.closesOn, 24 * 60), jobKey: keyOf(CHECK_IN_CLOSE_TASK, row.id), maxAttempts: 10 })
  }
}

const checkInSelect = {
  id: true, caseId: true, monthsAfter: true, dueOn: true, status: true,
  case: { select: { id: true, status: true, title: true, openedOn: true, owner: { select: { name: true, email: true, locale: true } } } },
} satisfies Prisma.CheckInSelect

async function mailCheckIn(tx: Tx, c: Prisma.CheckInGetPayload<{ select: typeof checkInSelect }>, reminder: boolean): Promise<void> {
  const locale = fromDbLocale(c.case.owner.locale)
  const due = checkInDates(c.case.openedOn!, c.monthsAfter as CheckInMonths)
  await enqueueMail(tx, {
    to: c.case.owner.email, locale, template: 'checkIn',
    params: { name: c.case.owner.name, title: c.case.title, months: c.monthsAfter, reminder, closesOn: formatCalendarDate(due.closesOn, locale), url: siteLink(locale, `/cases/${c.caseId}/check-ins/${c.id}`) },
  })
}

/** Job: the check-in is due — mail the owner (in their language) and queue the reminder. */
export async function sendCheckIn(job: CheckInJob): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const c = await tx.checkIn.findUnique({ where: { id: job.checkInId }, select: checkInSelect })
    if (!c || c.status !== 'SCHEDULED' || c.case.status !== 'OPEN' || !c.case.openedOn) return false
    // guarded: the closing job may have marked it missed meanwhile (the jobs run side by side)
    const sent = await tx.checkIn.updateMany({ where: { id: c.id, status: 'SCHEDULED' }, data: { status: 'SENT', sentAt: new Date() } })
    if (!sent.count) return false
    await mailCheckIn(tx, c, false)
    const due = checkInDates(c.case.openedOn, c.monthsAfter as CheckInMonths)
    await addJob(tx, CHECK_IN_REMIND_TASK, { checkInId: c.id }, { runAt: nineAm(due.remindOn), jobKey: keyOf(CHECK_IN_REMIND_TASK, c.id), maxAttempts: 10 })
    await caseActivity(tx, c.caseId, { action: 'check_in_sent', actorId: null, payload: { months: c.monthsAfter } })
    return true
  })
}

/** Job: 7 days after the due day, a reminder if still unanswered. */
export async function remindCheckIn(job: CheckInJob): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const c = await tx.checkIn.findUnique({ where: { id: job.checkInId }, select: checkInSelect })
    if (!c || c.status !== 'SENT' || c.case.status !== 'OPEN') return false
    const reminded = await tx.checkIn.updateMany({ where: { id: c.id, status: 'SENT' }, data: { remindedAt: new Date() } })
    if (!reminded.count) return false
    await mailCheckIn(tx, c, true)
    return true
  })
}

/** Job: the window closed — an unanswered check-in is missed (and stays so: nothing is guessed). */
export async function closeCheckIn(job: CheckInJob): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const done = await tx.checkIn.updateMany({ where: { id: job.checkInId, status: { in: ['SCHEDULED', 'SENT'] } }, data: { status: 'MISSED' } })
    if (!done.count) return false
    const c = await tx.checkIn.findUniqueOrThrow({ where: { id: job.checkInId }, select: { caseId: true, monthsAfter: true } })
    await caseActivity(tx, c.caseId, { action: 'check_in_missed', actorId: null, payload: { months: c.monthsAfter } })
    return true
  })
}

function toView(c: { id: string, caseId: string, monthsAfter: number, dueOn: string, status: CheckInView['status'], trading: string | null, employees: number | null, revenueBand: string | null, help: unknown, answeredAt: Date | null }, openedOn: string): CheckInView {
  const due = checkInDates(openedOn, c.monthsAfter as CheckInMonths)
  return {
    id: c.id, caseId: c.caseId, monthsAfter: c.monthsAfter, dueOn: c.dueOn, opensOn: due.opensOn, closesOn: due.closesOn, status: c.status,
    open: (c.status === 'SCHEDULED' || c.status === 'SENT') && acceptsAnswer(due, zonedDate(new Date())),
    answer: c.trading && c.answeredAt ? { status: c.trading, employees: c.employees, revenueBand: c.revenueBand, help: c.help, answeredAt: c.answeredAt.toISOString() } : null,
  }
}

const viewSelect = { id: true, caseId: true, monthsAfter: true, dueOn: true, status: true, trading: true, employees: true, revenueBand: true, help: true, answeredAt: true, case: { select: { openedOn: true } } } satisfies Prisma.CheckInSelect

/** GET /api/cases/:id/check-ins — the follow-up of a case, for everyone who may see it. */
export async function listCheckIns(user: PublicUser, caseId: string): Promise<CheckInView[]> {
  const { role } = await caseFor(prisma, user, caseId, { purpose: 'follow-up' })
  if (role === 'invited') throw new AppError('not_found')
  const rows = await prisma.checkIn.findMany({ where: { caseId }, orderBy: { monthsAfter: 'asc' }, select: viewSelect })
  return rows.map(r => toView(r, r.case.openedOn!))
}

/** GET /api/check-ins/:id — one check-in (the mail's link opens its form). */
export async function getCheckIn(user: PublicUser, id: string): Promise<CheckInView> {
  const row = await prisma.checkIn.findUnique({ where: { id }, select: viewSelect })
  if (!row) throw new AppError('not_found')
  const { role } = await caseFor(prisma, user, row.caseId, { purpose: 'check-in' })
  if (role === 'invited') throw new AppError('not_found')
  return toView(row, row.case.openedOn!)
}

/**
 * POST /api/check-ins/:id — the owner's answer, within the check-in's window (from 14 days
 * before its due day until it closes). "Help needed" creates a staff task for the case's city
 * and tells the adviser.
 */
export async function answerCheckIn(user: PublicUser, id: string, answer: CheckInAnswer): Promise<CheckInView> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.checkIn.findUnique({ where: { id }, select: { ...viewSelect, case: { select: { openedOn: true, ownerId: true, status: true, cityId: true, title: true, adviser: { select: { name: true, email: true, locale: true } } } } } })
    if (!row) throw new AppError('not_found')
    const { role } = await caseFor(tx, user, row.caseId, { purpose: 'check-in' })
    if (role !== 'owner') throw new AppError(role === 'invited' ? 'not_found' : 'forbidden')
    const view = toView(row, row.case.openedOn!)
    if (!view.open) throw new AppError('invalid_transition')
    const help = answer.helpNeeded.length ? { kinds: answer.helpNeeded, other: answer.helpOther } : null
    const done = await tx.checkIn.updateMany({
      where: { id, status: { in: ['SCHEDULED', 'SENT'] } },
      data: { status: 'ANSWERED', answeredAt: new Date(), trading: answer.status, closedReason: answer.closedReason, employees: answer.employees, revenueBand: answer.revenueBand, help: help ?? undefined },
    })
    if (!done.count) throw new AppError('invalid_transition')
    // the mail of a check-in answered before its day is no longer needed
    await removeJob(tx, keyOf(CHECK_IN_SEND_TASK, id))
    await removeJob(tx, keyOf(CHECK_IN_REMIND_TASK, id))
    await caseActivity(tx, row.caseId, { action: 'check_in_answered', actorId: user.id, payload: { months: row.monthsAfter, status: answer.status, employees: answer.employees, ...(help ? { help: answer.helpNeeded.join(',') } : {}) } })
    if (help) {
      await tx.staffTask.create({ data: { kind: 'check_in_help', caseId: row.caseId, cityId: row.case.cityId, payload: { checkInId: id, months: row.monthsAfter, ...help } } })
      if (row.case.adviser) {
        const locale = fromDbLocale(row.case.adviser.locale)
        await enqueueMail(tx, { to: row.case.adviser.email, locale, template: 'caseHelpNeeded', params: { name: row.case.adviser.name, ownerName: user.name, title: row.case.title, kinds: answer.helpNeeded, other: answer.helpOther ?? '', url: siteLink(locale, `/cases/${row.caseId}`) } })
      }
    }
    const fresh = await tx.checkIn.findUniqueOrThrow({ where: { id }, select: viewSelect })
    return toView(fresh, fresh.case.openedOn!)
  })
}

/**
 * Survival per city and opening cohort, from check-ins only (the statistics pages will call
 * it). Only aggregates leave this function; an area's cases count in its city.
 */
export async function survivalStatistics(asOf = zonedDate(new Date())): Promise<SurvivalRow[]> {
  const { cities } = await referenceData()
  const cityOf = (code: string | null) => (code ? cities.find(c => c.code === code)?.parent ?? code : null)
  const [openings, checkIns] = await Promise.all([
    prisma.case.findMany({ where: { openedOn: { not: null } }, select: { id: true, openedOn: true, city: { select: { code: true } } } }),
    prisma.checkIn.findMany({ where: { status: { in: ['ANSWERED', 'MISSED'] } }, select: { caseId: true, monthsAfter: true, status: true, trading: true, employees: true } }),
  ])
  return survivalByCohort(
    openings.map(o => ({ caseId: o.id, city: cityOf(o.city?.code ?? null), openedOn: o.openedOn! })),
    checkIns.map(c => ({ caseId: c.caseId, monthsAfter: c.monthsAfter, status: c.status === 'ANSWERED' ? c.trading : null, employees: c.employees })),
    asOf,
  )
}

export type { CheckInView }
