import type { PublicUser } from '#shared/types/user'
import type { BookingView } from '#shared/types/booking'
import type { BookingCreateInput } from '#shared/schemas/booking'
import { BOOKING_EXPIRY_HOURS } from '#shared/utils/bookings'
import { slotProblem } from '#shared/utils/slots'
import { addDays, zonedDate } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { recordEvent } from '../../utils/events'
import { enqueueSearchSync } from '../../search/outbox'
import { forgetAvailability, loadSchedules } from '../mentors/availability'
import { caseActivity, checkOwnOpenCase } from '../cases/commands'
import type { BookingCommand, BookingRole } from './rules'
import { bookingFacts, bookingLifecycle } from './rules'
import type { BookingRow, ViewerRole } from './view'
import { bookingSelect, roleOf, toView } from './view'
import { mailBooking, mailBoth, recipients } from './notifications'
import { BOOKING_TX, dropReminders, expireDue, scheduleReminders } from './jobs'

/**
 * The booking's state changes. Every change runs in one transaction that locks the mentor's
 * row, so checks of the slot and of the weekly cap see every earlier booking; the exclusion
 * constraints (mentor × time incl. buffer, entrepreneur × time) are PostgreSQL's own guarantee
 * underneath. Each command is allowed or refused by the lifecycle table (rules.ts); its event,
 * mails (with calendar invites) and reminders are written in the same transaction.
 */
type Tx = Prisma.TransactionClient

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

/** Runs a booking transaction; a lost race on the time becomes its 409, and the free-slot cache is dropped. */
async function inBookingTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    const result = await prisma.$transaction(fn, BOOKING_TX)
    forgetAvailability()
    return result
  }
  catch (error) {
    throw conflictFrom(error) ?? error
  }
}

async function loadBooking(tx: Tx, id: string): Promise<BookingRow> {
  const b = await tx.booking.findUnique({ where: { id }, select: bookingSelect })
  if (!b) throw new AppError('not_found')
  return b
}

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
  return inBookingTx(async (tx) => {
    await lockMentor(tx, input.mentorId)
    const mentor = await tx.mentor.findFirst({
      where: { id: input.mentorId, status: 'APPROVED' },
      select: { id: true, userId: true, modes: true, place: true, meetingUrl: true, sessionMinutes: true, bufferMinutes: true },
    })
    if (!mentor) throw new AppError('not_found')
    if (mentor.userId === user.id) throw new AppError('forbidden')
    const mode = input.mode ?? mentor.modes[0]!
    if (!mentor.modes.includes(mode)) throw new AppError('validation', { mode: 'validation.invalid' })
    const caseId = await checkOwnOpenCase(tx, user.id, input.caseId)
    await expireDue(tx, { mentorId: mentor.id })
    await checkSlot(tx, mentor.id, startsAt, now)
    const endsAt = new Date(startsAt.getTime() + mentor.sessionMinutes * 60_000)
    const created = await tx.booking.create({
      data: {
        mentorId: mentor.id, entrepreneurId: user.id, startsAt, endsAt,
        blockedUntil: new Date(endsAt.getTime() + mentor.bufferMinutes * 60_000),
        stage: input.stage, topic: input.topic, description: input.description, mode,
        location: mode === 'ONLINE' ? mentor.meetingUrl : mentor.place,
        caseId,
        expiresAt: new Date(Math.min(now.getTime() + BOOKING_EXPIRY_HOURS * 3_600_000, startsAt.getTime())),
      },
      select: bookingSelect,
    })
    await recordEvent(tx, 'booking', created.id, { action: 'requested', to: 'PENDING', actorId: user.id })
    if (caseId) await caseActivity(tx, caseId, { action: 'booking_requested', actorId: user.id, payload: { bookingId: created.id, mentor: created.mentor.displayName, stage: input.stage } })
    // the mentor is asked, and the entrepreneur told that the request went out and until when it waits
    await mailBooking(tx, created, recipients(created).mentor, 'requested')
    await mailBooking(tx, created, recipients(created).entrepreneur, 'requestSent')
    return toView(created, 'entrepreneur', now)
  })
}

/**
 * Runs one command on a booking: loads it for a party (anyone else: 404), locks the mentor,
 * reads it again under the lock, asks the lifecycle table whether this party may take this
 * action now (403 when never, 409 when not in this state), applies the change and answers with
 * the booking as the actor now sees it.
 */
async function command(
  user: PublicUser,
  id: string,
  action: BookingCommand,
  fn: (tx: Tx, b: BookingRow, ctx: { now: Date, role: BookingRole, to: BookingRow['status'], event: string }) => Promise<void>,
  precheck?: (b: BookingRow) => void,
): Promise<BookingView> {
  return inBookingTx(async (tx) => {
    const first = await loadBooking(tx, id)
    const role: ViewerRole | null = roleOf(user, first)
    if (!role) throw new AppError('not_found')
    await lockMentor(tx, first.mentorId)
    const b = await loadBooking(tx, id)
    const now = new Date()
    if (bookingLifecycle.refusal(action, b.status, role, bookingFacts(b, now)) === 'forbidden') throw new AppError('forbidden')
    precheck?.(b)
    const rule = bookingLifecycle.find(action, b.status, role, bookingFacts(b, now))
    if (!rule) throw new AppError('invalid_transition')
    await fn(tx, b, { now, role, to: bookingLifecycle.target(rule, b.status), event: rule.event })
    return toView(await loadBooking(tx, id), role, now)
  })
}

export function acceptBooking(user: PublicUser, id: string): Promise<BookingView> {
  return command(user, id, 'accept', async (tx, b, { now, to, event }) => {
    const updated = await tx.booking.update({ where: { id }, data: { status: to, respondedAt: now }, select: bookingSelect })
    await recordEvent(tx, 'booking', id, { action: event, from: b.status, to, actorId: user.id })
    await mailBoth(tx, updated, 'accepted', { ics: 'REQUEST' })
    await scheduleReminders(tx, updated)
  })
}

export function declineBooking(user: PublicUser, id: string, reason: string): Promise<BookingView> {
  return command(user, id, 'decline', async (tx, b, { now, to, event }) => {
    const updated = await tx.booking.update({ where: { id }, data: { status: to, decisionReason: reason, respondedAt: now }, select: bookingSelect })
    await recordEvent(tx, 'booking', id, { action: event, from: b.status, to, actorId: user.id, reason })
    await mailBooking(tx, updated, recipients(updated).entrepreneur, 'declined', { reason })
  })
}

/**
 * Cancels before the start: the entrepreneur a request or a session, the mentor a session (a
 * pending request is declined instead). An accepted session's invite is withdrawn
 * (METHOD:CANCEL, same UID, higher SEQUENCE); a withdrawn request only tells the mentor.
 */
export function cancelBooking(user: PublicUser, id: string, reason: string): Promise<BookingView> {
  return command(user, id, 'cancel', async (tx, b, { role, to, event }) => {
    const updated = await tx.booking.update({
      where: { id },
      data: { status: to, cancelReason: reason, cancelledById: user.id, icsSequence: { increment: 1 } },
      select: bookingSelect,
    })
    await recordEvent(tx, 'booking', id, { action: event, from: b.status, to, actorId: user.id, reason })
    await dropReminders(tx, id)
    if (b.status === 'ACCEPTED') await mailBoth(tx, updated, 'cancelled', { reason, ics: 'CANCEL' })
    else await mailBooking(tx, updated, role === 'mentor' ? recipients(updated).entrepreneur : recipients(updated).mentor, 'cancelled', { reason })
  })
}

/**
 * Moves a booking to another free slot in one UPDATE: the old time is released only if the new
 * one is won (the exclusion constraint and the slot check see the new range; on a conflict
 * nothing changes). An accepted session keeps its UID and gets an updated invite.
 */
export function rescheduleBooking(user: PublicUser, id: string, startsAtIso: string): Promise<BookingView> {
  return command(user, id, 'reschedule', async (tx, b, { now, event }) => {
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
    await recordEvent(tx, 'booking', id, { action: event, from: b.status, to: b.status, actorId: user.id, payload: { from: b.startsAt.toISOString(), to: startsAt.toISOString() } })
    const previous = { startsAt: b.startsAt, endsAt: b.endsAt }
    if (b.status === 'ACCEPTED') {
      await scheduleReminders(tx, updated)
      await mailBoth(tx, updated, 'rescheduled', { previous, ics: 'REQUEST' })
    }
    else {
      await mailBooking(tx, updated, recipients(updated).mentor, 'rescheduled', { previous })
    }
  })
}

/** After the start, the mentor marks the session completed or a no-show. */
export function finishBooking(user: PublicUser, id: string, outcome: 'COMPLETED' | 'NO_SHOW'): Promise<BookingView> {
  return command(user, id, outcome === 'COMPLETED' ? 'complete' : 'no-show', async (tx, b, { to, event }) => {
    const updated = await tx.booking.update({ where: { id }, data: { status: to }, select: bookingSelect })
    await recordEvent(tx, 'booking', id, { action: event, from: b.status, to, actorId: user.id })
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
  return command(user, id, 'notes', async (tx, _b, { now, event }) => {
    await tx.booking.update({ where: { id }, data: { notes, notesUpdatedAt: now } })
    await recordEvent(tx, 'booking', id, { action: event, actorId: user.id })
  })
}

/** The entrepreneur rates a completed session once; the mentor's average and ranking follow. */
export function reviewBooking(user: PublicUser, id: string, input: { score: number, comment: string }): Promise<BookingView> {
  const alreadyRated = (b: BookingRow) => {
    if (b.status === 'COMPLETED' && b.review) throw new AppError('already_reviewed')
  }
  return command(user, id, 'review', async (tx, b, { event }) => {
    await tx.mentorReview.create({ data: { bookingId: id, mentorId: b.mentorId, authorId: user.id, score: input.score, comment: input.comment } })
    const agg = await tx.mentorReview.aggregate({ where: { mentorId: b.mentorId }, _avg: { score: true }, _count: true })
    await tx.mentor.update({ where: { id: b.mentorId }, data: { rating: agg._avg.score, ratingCount: agg._count } })
    await enqueueSearchSync(tx, 'mentor', [b.mentorId])
    await recordEvent(tx, 'booking', id, { action: event, actorId: user.id, payload: { score: input.score } })
  }, alreadyRated)
}
