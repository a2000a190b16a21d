import type { PublicUser } from '#shared/types/user'
import type { BookingAction, BookingView } from '#shared/types/mentor'
import type { BookingCreateInput } from '#shared/schemas/mentor'
import type { BookingStatusCode, ServiceStageCode, SessionModeCode } from '#shared/utils/mentors'
import { BOOKING_EXPIRY_HOURS, SERVICE_STAGE_LABELS, SESSION_MODE_LABELS, formatSessionTime } from '#shared/utils/mentors'
import { slotProblem } from '#shared/utils/slots'
import { addDays, toZonedIso, zonedDate } from '#shared/utils/zoned-time'
import type { AppLocale } from '#shared/i18n/messages'
import { Prisma } from '../generated/prisma/client'
import { prisma } from '../utils/prisma'
import { AppError } from '../utils/errors'
import { serverEnv } from '../utils/env'
import { log } from '../utils/log'
import type { BookingMailKind } from '../mail/templates'
import type { IcsMethod } from '../mail/ics'
import { bookingUid, renderIcs } from '../mail/ics'
import { enqueueMail, fromDbLocale } from './mail'
import { siteLink } from './accounts'
import { forgetAvailability, loadSchedules } from './availability'
import { enqueueSearchSync } from './search-outbox'

/**
 * The booking life cycle. Every change runs in one transaction that locks the mentor's row, so
 * checks of the slot and of the weekly cap see every earlier booking; the exclusion constraints
 * (mentor × time incl. buffer, entrepreneur × time) are PostgreSQL's own guarantee underneath.
 * Mails (with calendar invites) and reminders are queued in the same transaction.
 */
export const BOOKING_REMINDER_TASK = 'booking_reminder'
export const BOOKINGS_EXPIRE_TASK = 'bookings_expire'
const TX = { maxWait: 20_000, timeout: 20_000 }
type Tx = Prisma.TransactionClient

const bookingSelect = {
  id: true, status: true, startsAt: true, endsAt: true, stage: true, topic: true, description: true, mode: true, location: true, expiresAt: true,
  decisionReason: true, cancelReason: true, notes: true, createdAt: true, icsSequence: true, entrepreneurId: true, mentorId: true,
  mentor: { select: { id: true, userId: true, displayName: true, title: true, organisation: true, user: { select: { email: true, locale: true } } } },
  entrepreneur: { select: { id: true, name: true, email: true, locale: true } },
  review: { select: { score: true, comment: true } },
} satisfies Prisma.BookingSelect
type BookingRow = Prisma.BookingGetPayload<{ select: typeof bookingSelect }>
type Role = BookingView['role']

function roleOf(user: PublicUser, b: Pick<BookingRow, 'entrepreneurId' | 'mentor'>): Role | null {
  if (b.entrepreneurId === user.id) return 'entrepreneur'
  if (b.mentor.userId === user.id) return 'mentor'
  if (user.roles.includes('STAFF') || user.roles.includes('ADMIN')) return 'staff'
  return null
}

function actionsFor(b: BookingRow, role: Role, now: Date): BookingAction[] {
  const started = b.startsAt <= now
  const a: BookingAction[] = []
  if (role === 'mentor') {
    if (b.status === 'PENDING' && b.expiresAt > now) a.push('accept', 'decline')
    if (b.status === 'ACCEPTED' && !started) a.push('cancel')
    if (b.status === 'ACCEPTED' && started) a.push('complete', 'no-show')
    if ((b.status === 'ACCEPTED' && started) || b.status === 'COMPLETED' || b.status === 'NO_SHOW') a.push('notes')
  }
  if (role === 'entrepreneur') {
    if ((b.status === 'PENDING' || b.status === 'ACCEPTED') && !started) a.push('cancel', 'reschedule')
    if (b.status === 'COMPLETED' && !b.review) a.push('review')
  }
  return a
}

function toView(b: BookingRow, role: Role, now = new Date()): BookingView {
  return {
    id: b.id,
    status: b.status as BookingStatusCode,
    startsAt: toZonedIso(b.startsAt),
    endsAt: toZonedIso(b.endsAt),
    stage: b.stage as ServiceStageCode,
    topic: b.topic,
    description: b.description,
    mode: b.mode as SessionModeCode,
    // an online meeting link is the entrepreneur's only once the mentor has accepted
    location: role === 'entrepreneur' && b.mode === 'ONLINE' && !['ACCEPTED', 'COMPLETED', 'NO_SHOW'].includes(b.status) ? null : b.location,
    mentor: { id: b.mentor.userId, mentorId: b.mentor.id, name: b.mentor.displayName, title: b.mentor.title, organisation: b.mentor.organisation },
    entrepreneur: { id: b.entrepreneur.id, name: b.entrepreneur.name },
    role,
    expiresAt: toZonedIso(b.expiresAt),
    decisionReason: b.decisionReason,
    cancelReason: b.cancelReason,
    notes: b.notes,
    review: b.review,
    createdAt: b.createdAt.toISOString(),
    actions: actionsFor(b, role, now),
  }
}

/** Locks the mentor's row: bookings of one mentor are decided one after another. */
async function lockMentor(tx: Tx, mentorId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Mentor" WHERE id = ${mentorId}::uuid FOR UPDATE`
}

/** Maps PostgreSQL's exclusion-constraint violations to the API's 409s. */
function conflictFrom(error: unknown): AppError | null {
  const seen = new Set<unknown>()
  const text = (e: unknown): string => {
    if (!e || typeof e !== 'object' || seen.has(e)) return String(e ?? '')
    seen.add(e)
    const o = e as { message?: string, cause?: unknown, meta?: unknown, originalMessage?: string, constraint?: string }
    return [o.message, o.originalMessage, o.constraint, JSON.stringify(o.meta ?? null), text(o.cause)].join(' ')
  }
  const t = text(error)
  if (t.includes('Booking_mentor_no_overlap')) return new AppError('slot_taken')
  if (t.includes('Booking_entrepreneur_no_overlap')) return new AppError('booking_overlap')
  return null
}

async function loadBooking(tx: Tx, id: string): Promise<BookingRow> {
  const b = await tx.booking.findUnique({ where: { id }, select: bookingSelect })
  if (!b) throw new AppError('not_found')
  return b
}

/** Loads a booking for a user who takes part in it (staff see all); anyone else gets 404. */
async function bookingFor(tx: Tx, user: PublicUser, id: string, allowed: Role[]): Promise<{ b: BookingRow, role: Role }> {
  const b = await loadBooking(tx, id)
  const role = roleOf(user, b)
  if (!role) throw new AppError('not_found')
  if (!allowed.includes(role)) throw new AppError('forbidden')
  return { b, role }
}

async function event(tx: Tx, bookingId: string, action: string, from: BookingStatusCode | null, to: BookingStatusCode | null, actorId: string | null, reason: string | null = null, meta?: Prisma.InputJsonValue): Promise<void> {
  await tx.bookingEvent.create({ data: { bookingId, action, fromStatus: from, toStatus: to, actorId, reason, meta } })
}

// ---------------------------------------------------------------------------------------------
// Mail and calendar

interface Recipient { name: string, email: string, locale: AppLocale, forMentor: boolean }

function recipients(b: BookingRow): { mentor: Recipient, entrepreneur: Recipient } {
  return {
    mentor: { name: b.mentor.displayName, email: b.mentor.user.email, locale: fromDbLocale(b.mentor.user.locale), forMentor: true },
    entrepreneur: { name: b.entrepreneur.name, email: b.entrepreneur.email, locale: fromDbLocale(b.entrepreneur.locale), forMentor: false },
  }
}

function icsFor(b: BookingRow, to: Recipient, method: IcsMethod): string {
  const host = new URL(serverEnv().appUrl).hostname
  const stage = SERVICE_STAGE_LABELS[b.stage as ServiceStageCode]
  const from = serverEnv().mailFrom.match(/<([^>]+)>/)?.[1] ?? serverEnv().mailFrom
  return renderIcs({
    method,
    uid: bookingUid(b.id, host),
    sequence: b.icsSequence,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    summary: to.locale === 'en' ? `Mentoring: ${b.topic}` : `创业辅导：${b.topic}`,
    description: to.locale === 'en'
      ? `${stage.en} with ${to.forMentor ? b.entrepreneur.name : b.mentor.displayName}. ${b.description}`
      : `${stage['zh-CN']}，${to.forMentor ? `创业者 ${b.entrepreneur.name}` : `导师 ${b.mentor.displayName}`}。${b.description}`,
    location: b.location,
    url: siteLink(to.locale, `/bookings/${b.id}`),
    organizer: { name: '创业一站通 StartHub', email: from },
    // each recipient's invite names only them: parties' addresses are not shared
    attendees: [{ name: to.name, email: to.email }],
    stamp: new Date(),
  })
}

async function mailBooking(tx: Tx, b: BookingRow, to: Recipient, kind: BookingMailKind, opts: { reason?: string | null, ics?: IcsMethod, previous?: { startsAt: Date, endsAt: Date } } = {}): Promise<void> {
  const stage = SERVICE_STAGE_LABELS[b.stage as ServiceStageCode]
  const mode = SESSION_MODE_LABELS[b.mode as SessionModeCode]
  await enqueueMail(tx, {
    to: to.email,
    locale: to.locale,
    template: 'booking',
    params: {
      kind, name: to.name, forMentor: to.forMentor, mentorName: b.mentor.displayName, entrepreneurName: b.entrepreneur.name,
      when: { 'zh-CN': formatSessionTime(b.startsAt, b.endsAt, 'zh-CN'), 'en': formatSessionTime(b.startsAt, b.endsAt, 'en') },
      ...(opts.previous ? { previousWhen: { 'zh-CN': formatSessionTime(opts.previous.startsAt, opts.previous.endsAt, 'zh-CN'), 'en': formatSessionTime(opts.previous.startsAt, opts.previous.endsAt, 'en') } } : {}),
      // the entrepreneur learns an online meeting link only with an accepted session
      topic: b.topic, stage, mode, location: to.forMentor || b.mode !== 'ONLINE' || ['ACCEPTED', 'COMPLETED', 'NO_SHOW'].includes(b.status) ? b.location : null, reason: opts.reason ?? null,
      url: siteLink(to.locale, `/bookings/${b.id}`),
    },
    ...(opts.ics ? { ics: { method: opts.ics, content: icsFor(b, to, opts.ics) } } : {}),
  })
}

const REMINDERS = [{ kind: '24h', hours: 24 }, { kind: '1h', hours: 1 }] as const

/** Queues the 24 h and 1 h reminders (replacing earlier ones of the booking); past moments are skipped. */
async function scheduleReminders(tx: Tx, b: BookingRow): Promise<void> {
  for (const r of REMINDERS) {
    const key = `${BOOKING_REMINDER_TASK}:${b.id}:${r.kind}`
    const runAt = new Date(b.startsAt.getTime() - r.hours * 3_600_000)
    if (runAt.getTime() > Date.now()) {
      const payload = JSON.stringify({ id: b.id, kind: r.kind, startsAt: b.startsAt.toISOString() })
      await tx.$executeRaw`SELECT graphile_worker.add_job(${BOOKING_REMINDER_TASK}, ${payload}::json, run_at => ${runAt}::timestamptz, job_key => ${key}, job_key_mode => 'replace', max_attempts => 5)`
    }
    else {
      await tx.$executeRaw`SELECT graphile_worker.remove_job(${key})`
    }
  }
}

async function dropReminders(tx: Tx, bookingId: string): Promise<void> {
  for (const r of REMINDERS) await tx.$executeRaw`SELECT graphile_worker.remove_job(${`${BOOKING_REMINDER_TASK}:${bookingId}:${r.kind}`})`
}

// ---------------------------------------------------------------------------------------------
// Life cycle

/** Checks a requested start against the mentor's slots (inside the locked transaction). */
async function checkSlot(tx: Tx, mentorId: string, startsAt: Date, now: Date, excludeBookingId?: string): Promise<void> {
  const day = zonedDate(startsAt)
  const schedule = (await loadSchedules([mentorId], addDays(day, -1), addDays(day, 1), now, tx, excludeBookingId)).get(mentorId)
  if (!schedule) throw new AppError('not_found')
  if (schedule.settings.paused) throw new AppError('mentor_unavailable')
  const problem = slotProblem({ ...schedule, now }, startsAt)
  if (problem) throw new AppError(problem)
}

export async function createBooking(user: PublicUser, input: BookingCreateInput): Promise<BookingView> {
  const startsAt = new Date(input.startsAt)
  const now = new Date()
  try {
    const view = await prisma.$transaction(async (tx) => {
      await lockMentor(tx, input.mentorId)
      const mentor = await tx.mentor.findFirst({
        where: { id: input.mentorId, status: 'APPROVED' },
        select: { id: true, userId: true, modes: true, place: true, meetingUrl: true, sessionMinutes: true, bufferMinutes: true },
      })
      if (!mentor) throw new AppError('not_found')
      if (mentor.userId === user.id) throw new AppError('forbidden')
      const mode = input.mode ?? mentor.modes[0]!
      if (!mentor.modes.includes(mode)) throw new AppError('validation', { mode: 'validation.invalid' })
      await expireDue(tx, { mentorId: mentor.id })
      await checkSlot(tx, mentor.id, startsAt, now)
      const endsAt = new Date(startsAt.getTime() + mentor.sessionMinutes * 60_000)
      const created = await tx.booking.create({
        data: {
          mentorId: mentor.id, entrepreneurId: user.id, startsAt, endsAt,
          blockedUntil: new Date(endsAt.getTime() + mentor.bufferMinutes * 60_000),
          stage: input.stage, topic: input.topic, description: input.description, mode,
          location: mode === 'ONLINE' ? mentor.meetingUrl : mentor.place,
          expiresAt: new Date(Math.min(now.getTime() + BOOKING_EXPIRY_HOURS * 3_600_000, startsAt.getTime())),
        },
        select: bookingSelect,
      })
      await event(tx, created.id, 'requested', null, 'PENDING', user.id)
      await mailBooking(tx, created, recipients(created).mentor, 'requested')
      return toView(created, 'entrepreneur', now)
    }, TX)
    forgetAvailability()
    return view
  }
  catch (error) {
    throw conflictFrom(error) ?? error
  }
}

export async function getBooking(user: PublicUser, id: string): Promise<BookingView> {
  const { b, role } = await bookingFor(prisma, user, id, ['entrepreneur', 'mentor', 'staff'])
  return toView(b, role)
}

/** Runs one change on a booking with its mentor locked, and returns the booking as the actor now sees it. */
async function change(user: PublicUser, id: string, allowed: Role[], fn: (tx: Tx, b: BookingRow, now: Date) => Promise<void>): Promise<BookingView> {
  try {
    const view = await prisma.$transaction(async (tx) => {
      const first = await bookingFor(tx, user, id, allowed)
      await lockMentor(tx, first.b.mentorId)
      const b = await loadBooking(tx, id) // again, under the lock
      const now = new Date()
      await fn(tx, b, now)
      return toView(await loadBooking(tx, id), first.role, now)
    }, TX)
    forgetAvailability()
    return view
  }
  catch (error) {
    throw conflictFrom(error) ?? error
  }
}

function requireStatus(b: BookingRow, ...statuses: BookingStatusCode[]): void {
  if (!statuses.includes(b.status as BookingStatusCode)) throw new AppError('invalid_transition')
}

export function acceptBooking(user: PublicUser, id: string): Promise<BookingView> {
  return change(user, id, ['mentor'], async (tx, b, now) => {
    requireStatus(b, 'PENDING')
    if (b.expiresAt <= now) throw new AppError('invalid_transition')
    const updated = await tx.booking.update({ where: { id }, data: { status: 'ACCEPTED', respondedAt: now }, select: bookingSelect })
    await event(tx, id, 'accepted', 'PENDING', 'ACCEPTED', user.id)
    const r = recipients(updated)
    await mailBooking(tx, updated, r.entrepreneur, 'accepted', { ics: 'REQUEST' })
    await mailBooking(tx, updated, r.mentor, 'accepted', { ics: 'REQUEST' })
    await scheduleReminders(tx, updated)
  })
}

export function declineBooking(user: PublicUser, id: string, reason: string): Promise<BookingView> {
  return change(user, id, ['mentor'], async (tx, b, now) => {
    requireStatus(b, 'PENDING')
    if (b.expiresAt <= now) throw new AppError('invalid_transition')
    const updated = await tx.booking.update({ where: { id }, data: { status: 'DECLINED', decisionReason: reason, respondedAt: now }, select: bookingSelect })
    await event(tx, id, 'declined', 'PENDING', 'DECLINED', user.id, reason)
    await mailBooking(tx, updated, recipients(updated).entrepreneur, 'declined', { reason })
  })
}

/** Either party cancels before the start. An accepted session's invite is withdrawn (METHOD:CANCEL, same UID, higher SEQUENCE). */
export function cancelBooking(user: PublicUser, id: string, reason: string): Promise<BookingView> {
  return change(user, id, ['entrepreneur', 'mentor'], async (tx, b, now) => {
    requireStatus(b, 'PENDING', 'ACCEPTED')
    if (b.startsAt <= now) throw new AppError('invalid_transition')
    const wasAccepted = b.status === 'ACCEPTED'
    const updated = await tx.booking.update({
      where: { id },
      data: { status: 'CANCELLED', cancelReason: reason, cancelledById: user.id, icsSequence: { increment: 1 } },
      select: bookingSelect,
    })
    await event(tx, id, 'cancelled', b.status as BookingStatusCode, 'CANCELLED', user.id, reason)
    await dropReminders(tx, id)
    const r = recipients(updated)
    const byMentor = b.mentor.userId === user.id
    if (wasAccepted) {
      await mailBooking(tx, updated, r.entrepreneur, 'cancelled', { reason, ics: 'CANCEL' })
      await mailBooking(tx, updated, r.mentor, 'cancelled', { reason, ics: 'CANCEL' })
    }
    else {
      await mailBooking(tx, updated, byMentor ? r.entrepreneur : r.mentor, 'cancelled', { reason })
    }
  })
}

/**
 * Moves a booking to another free slot in one UPDATE: the old time is released only if the new
 * one is won (the exclusion constraint and the slot check see the new range; on a conflict
 * nothing changes). An accepted session keeps its UID and gets an updated invite.
 */
export function rescheduleBooking(user: PublicUser, id: string, startsAtIso: string): Promise<BookingView> {
  return change(user, id, ['entrepreneur'], async (tx, b, now) => {
    requireStatus(b, 'PENDING', 'ACCEPTED')
    if (b.startsAt <= now) throw new AppError('invalid_transition')
    const startsAt = new Date(startsAtIso)
    if (startsAt.getTime() === b.startsAt.getTime()) return
    await checkSlot(tx, b.mentorId, startsAt, now, id)
    const length = b.endsAt.getTime() - b.startsAt.getTime()
    const mentor = await tx.mentor.findUniqueOrThrow({ where: { id: b.mentorId }, select: { bufferMinutes: true } })
    const endsAt = new Date(startsAt.getTime() + length)
    const updated = await tx.booking.update({
      where: { id },
      data: {
        startsAt, endsAt, blockedUntil: new Date(endsAt.getTime() + mentor.bufferMinutes * 60_000),
        expiresAt: b.expiresAt > startsAt ? startsAt : b.expiresAt,
        icsSequence: { increment: 1 },
      },
      select: bookingSelect,
    })
    await event(tx, id, 'rescheduled', b.status as BookingStatusCode, b.status as BookingStatusCode, user.id, null, { from: b.startsAt.toISOString(), to: startsAt.toISOString() })
    const r = recipients(updated)
    const previous = { startsAt: b.startsAt, endsAt: b.endsAt }
    if (b.status === 'ACCEPTED') {
      await scheduleReminders(tx, updated)
      await mailBooking(tx, updated, r.mentor, 'rescheduled', { previous, ics: 'REQUEST' })
      await mailBooking(tx, updated, r.entrepreneur, 'rescheduled', { previous, ics: 'REQUEST' })
    }
    else {
      await mailBooking(tx, updated, r.mentor, 'rescheduled', { previous })
    }
  })
}

/** After the start, the mentor marks the session completed or a no-show. */
export function finishBooking(user: PublicUser, id: string, outcome: 'COMPLETED' | 'NO_SHOW'): Promise<BookingView> {
  return change(user, id, ['mentor'], async (tx, b, now) => {
    requireStatus(b, 'ACCEPTED')
    if (b.startsAt > now) throw new AppError('invalid_transition')
    const updated = await tx.booking.update({ where: { id }, data: { status: outcome }, select: bookingSelect })
    await event(tx, id, outcome === 'COMPLETED' ? 'completed' : 'no_show', 'ACCEPTED', outcome, user.id)
    await dropReminders(tx, id)
    if (outcome === 'COMPLETED') {
      await tx.mentor.update({ where: { id: b.mentorId }, data: { sessionCount: { increment: 1 } } })
      await enqueueSearchSync(tx, 'mentor', [b.mentorId])
      await mailBooking(tx, updated, recipients(updated).entrepreneur, 'completed')
    }
  })
}

/** Session notes by the mentor; the entrepreneur, the mentor and staff see them. */
export function saveNotes(user: PublicUser, id: string, notes: string): Promise<BookingView> {
  return change(user, id, ['mentor'], async (tx, b, now) => {
    const afterStart = b.status === 'ACCEPTED' && b.startsAt <= now
    if (!afterStart && b.status !== 'COMPLETED' && b.status !== 'NO_SHOW') throw new AppError('invalid_transition')
    await tx.booking.update({ where: { id }, data: { notes, notesUpdatedAt: now } })
    await event(tx, id, 'notes', null, null, user.id)
  })
}

/** The entrepreneur rates a completed session once; the mentor's average and ranking follow. */
export function reviewBooking(user: PublicUser, id: string, input: { score: number, comment: string }): Promise<BookingView> {
  return change(user, id, ['entrepreneur'], async (tx, b) => {
    requireStatus(b, 'COMPLETED')
    if (b.review) throw new AppError('already_reviewed')
    await tx.mentorReview.create({ data: { bookingId: id, mentorId: b.mentorId, authorId: user.id, score: input.score, comment: input.comment } })
    const agg = await tx.mentorReview.aggregate({ where: { mentorId: b.mentorId }, _avg: { score: true }, _count: true })
    await tx.mentor.update({ where: { id: b.mentorId }, data: { rating: agg._avg.score, ratingCount: agg._count } })
    await enqueueSearchSync(tx, 'mentor', [b.mentorId])
    await event(tx, id, 'reviewed', null, null, user.id, null, { score: input.score })
  })
}

// ---------------------------------------------------------------------------------------------
// Lists

export async function listMyBookings(user: PublicUser, query: { as?: 'entrepreneur' | 'mentor', when: 'upcoming' | 'past' | 'all', status: BookingStatusCode[] }): Promise<{ items: BookingView[] }> {
  const now = new Date()
  const mine: Prisma.BookingWhereInput[] = []
  if (query.as !== 'mentor') mine.push({ entrepreneurId: user.id })
  if (query.as !== 'entrepreneur') mine.push({ mentor: { userId: user.id } })
  const rows = await prisma.booking.findMany({
    where: {
      OR: mine,
      ...(query.status.length ? { status: { in: query.status } } : {}),
      ...(query.when === 'upcoming' ? { endsAt: { gt: now } } : query.when === 'past' ? { endsAt: { lte: now } } : {}),
    },
    orderBy: { startsAt: query.when === 'past' ? 'desc' : 'asc' },
    take: 200,
    select: bookingSelect,
  })
  return { items: rows.map(b => toView(b, roleOf(user, b) === 'mentor' && b.entrepreneurId !== user.id ? 'mentor' : 'entrepreneur', now)) }
}

export async function listAllBookings(user: PublicUser, query: { status: BookingStatusCode[], mentorId?: string, from?: string, to?: string, page: number }): Promise<{ items: BookingView[], total: number, page: number, pageSize: number }> {
  const pageSize = 50
  const where: Prisma.BookingWhereInput = {
    ...(query.status.length ? { status: { in: query.status } } : {}),
    ...(query.mentorId ? { mentorId: query.mentorId } : {}),
    ...(query.from || query.to
      ? { startsAt: { ...(query.from ? { gte: new Date(`${query.from}T00:00:00+08:00`) } : {}), ...(query.to ? { lt: new Date(`${addDays(query.to, 1)}T00:00:00+08:00`) } : {}) } }
      : {}),
  }
  const [rows, total] = await Promise.all([
    prisma.booking.findMany({ where, orderBy: { startsAt: 'desc' }, skip: (query.page - 1) * pageSize, take: pageSize, select: bookingSelect }),
    prisma.booking.count({ where }),
  ])
  return { items: rows.map(b => toView(b, roleOf(user, b) ?? 'staff')), total, page: query.page, pageSize }
}

// ---------------------------------------------------------------------------------------------
// Jobs

/** Expires unanswered requests whose time is up (48 h, or their start) and tells the entrepreneur. */
export async function expireDue(tx: Tx, where: { mentorId?: string } = {}): Promise<number> {
  const mentor = where.mentorId ? Prisma.sql`AND "mentorId" = ${where.mentorId}::uuid` : Prisma.empty
  const due = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "Booking"
     WHERE status = 'PENDING' AND "expiresAt" <= (now() AT TIME ZONE 'UTC') ${mentor}
     ORDER BY "expiresAt" LIMIT 500 FOR UPDATE SKIP LOCKED`
  for (const { id } of due) {
    const b = await tx.booking.update({ where: { id }, data: { status: 'EXPIRED' }, select: bookingSelect })
    await event(tx, id, 'expired', 'PENDING', 'EXPIRED', null)
    await mailBooking(tx, b, recipients(b).entrepreneur, 'expired')
  }
  return due.length
}

export async function expireDueBookings(): Promise<number> {
  const n = await prisma.$transaction(tx => expireDue(tx), TX)
  if (n) {
    forgetAvailability()
    log.info('bookings expired', { count: n })
  }
  return n
}

/** A reminder job: sent only if the booking is still accepted at the time the job was made for. */
export async function sendReminder(payload: { id: string, kind: '24h' | '1h', startsAt: string }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const b = await tx.booking.findUnique({ where: { id: payload.id }, select: bookingSelect })
    if (!b || b.status !== 'ACCEPTED' || b.startsAt.toISOString() !== payload.startsAt) return false
    const r = recipients(b)
    const kind = payload.kind === '24h' ? 'reminder24h' : 'reminder1h'
    await mailBooking(tx, b, r.entrepreneur, kind)
    await mailBooking(tx, b, r.mentor, kind)
    await event(tx, b.id, `reminder_${payload.kind}`, null, null, null)
    return true
  })
}
