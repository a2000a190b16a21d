import { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { addJob, removeJob } from '../../utils/jobs'
import { recordEvent } from '../../utils/events'
import { log } from '../../utils/log'
import { forgetAvailability } from '../mentors/availability'
import { mailBooking, mailBoth, recipients } from './notifications'
import type { BookingRow } from './view'
import { bookingSelect } from './view'
import { bookingFacts, bookingLifecycle } from './rules'

/**
 * The booking's background work: reminders 24 h and 1 h before an accepted session (jobs keyed
 * by booking, replaced on reschedule, removed on cancel, checked again when they run), and the
 * expiry of unanswered requests (a job every minute, and lazily inside each booking).
 */
export const BOOKING_REMINDER_TASK = 'booking_reminder'
export const BOOKINGS_EXPIRE_TASK = 'bookings_expire'
export const BOOKING_TX = { maxWait: 20_000, timeout: 20_000 }
type Tx = Prisma.TransactionClient

const REMINDERS = [{ kind: '24h', hours: 24 }, { kind: '1h', hours: 1 }] as const
export type ReminderKind = (typeof REMINDERS)[number]['kind']
export interface ReminderPayload { id: string, kind: ReminderKind, startsAt: string }

const reminderKey = (bookingId: string, kind: ReminderKind) => `${BOOKING_REMINDER_TASK}:${bookingId}:${kind}`

/** Queues the 24 h and 1 h reminders (replacing earlier ones of the booking); past moments are skipped. */
export async function scheduleReminders(tx: Tx, b: BookingRow): Promise<void> {
  for (const r of REMINDERS) {
    const runAt = new Date(b.startsAt.getTime() - r.hours * 3_600_000)
    if (runAt.getTime() > Date.now()) {
      const payload: ReminderPayload = { id: b.id, kind: r.kind, startsAt: b.startsAt.toISOString() }
      await addJob(tx, BOOKING_REMINDER_TASK, { ...payload }, { runAt, jobKey: reminderKey(b.id, r.kind), maxAttempts: 5 })
    }
    else {
      await removeJob(tx, reminderKey(b.id, r.kind))
    }
  }
}

export async function dropReminders(tx: Tx, bookingId: string): Promise<void> {
  for (const r of REMINDERS) await removeJob(tx, reminderKey(bookingId, r.kind))
}

/** Expires unanswered requests whose time is up (48 h, or their start) and tells the entrepreneur. */
export async function expireDue(tx: Tx, where: { mentorId?: string } = {}): Promise<number> {
  const mentor = where.mentorId ? Prisma.sql`AND "mentorId" = ${where.mentorId}::uuid` : Prisma.empty
  const from = bookingLifecycle.fromStatuses('expire', 'system')
  const due = await tx.$queryRaw<{ id: string, status: BookingRow['status'] }[]>`
    SELECT id::text AS id, status::text AS status FROM "Booking"
     WHERE status::text = ANY(${from}::text[]) AND "expiresAt" <= (now() AT TIME ZONE 'UTC') ${mentor}
     ORDER BY "expiresAt" LIMIT 500 FOR UPDATE SKIP LOCKED`
  const rule = bookingLifecycle.rules.find(r => r.action === 'expire')!
  for (const { id, status } of due) {
    const b = await tx.booking.update({ where: { id }, data: { status: rule.to }, select: bookingSelect })
    await recordEvent(tx, 'booking', id, { action: rule.event, from: status, to: rule.to, actorId: null })
    await mailBooking(tx, b, recipients(b).entrepreneur, 'expired')
  }
  return due.length
}

export async function expireDueBookings(): Promise<number> {
  const n = await prisma.$transaction(tx => expireDue(tx), BOOKING_TX)
  if (n) {
    forgetAvailability()
    log.info('bookings expired', { count: n })
  }
  return n
}

/** A reminder job: sent only if the booking is still accepted at the time the job was made for. */
export async function sendReminder(payload: ReminderPayload): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const b = await tx.booking.findUnique({ where: { id: payload.id }, select: bookingSelect })
    if (!b || b.startsAt.toISOString() !== payload.startsAt) return false
    if (bookingLifecycle.refusal('remind', b.status, 'system', bookingFacts(b, new Date()))) return false
    await mailBoth(tx, b, payload.kind === '24h' ? 'reminder24h' : 'reminder1h')
    await recordEvent(tx, 'booking', b.id, { action: `reminder_${payload.kind}`, actorId: null })
    return true
  })
}
