import type { BookingAction } from '#shared/types/booking'
import type { BookingStatusCode } from '#shared/utils/bookings'
import { defineLifecycle } from '#shared/utils/lifecycle'

/**
 * The booking lifecycle: who may do what, from which status, when. The actions a booking
 * offers (BookingView.actions) and the check in every command come from this table.
 *
 * A mentor answers a pending request by accepting or declining it (with a reason); cancelling
 * is for an accepted session. The entrepreneur may withdraw a request or cancel a session
 * until it starts, and move it to another free slot.
 */
export type BookingRole = 'entrepreneur' | 'mentor' | 'staff' | 'system'
/** the booking as of now: has it started, has the request run out, has it been rated */
export interface BookingFacts { started: boolean, expired: boolean, reviewed: boolean }
export type BookingCommand = BookingAction | 'expire' | 'remind'

export const bookingLifecycle = defineLifecycle<BookingStatusCode, BookingCommand, BookingRole, BookingFacts>([
  { action: 'accept', event: 'accepted', by: ['mentor'], from: ['PENDING'], to: 'ACCEPTED', when: b => !b.expired },
  { action: 'decline', event: 'declined', by: ['mentor'], from: ['PENDING'], to: 'DECLINED', when: b => !b.expired },
  { action: 'cancel', event: 'cancelled', by: ['mentor'], from: ['ACCEPTED'], to: 'CANCELLED', when: b => !b.started },
  { action: 'cancel', event: 'cancelled', by: ['entrepreneur'], from: ['PENDING', 'ACCEPTED'], to: 'CANCELLED', when: b => !b.started },
  { action: 'reschedule', event: 'rescheduled', by: ['entrepreneur'], from: ['PENDING', 'ACCEPTED'], when: b => !b.started },
  { action: 'complete', event: 'completed', by: ['mentor'], from: ['ACCEPTED'], to: 'COMPLETED', when: b => b.started },
  { action: 'no-show', event: 'no_show', by: ['mentor'], from: ['ACCEPTED'], to: 'NO_SHOW', when: b => b.started },
  { action: 'notes', event: 'notes', by: ['mentor'], from: ['ACCEPTED'], when: b => b.started },
  { action: 'notes', event: 'notes', by: ['mentor'], from: ['COMPLETED', 'NO_SHOW'] },
  { action: 'review', event: 'reviewed', by: ['entrepreneur'], from: ['COMPLETED'], when: b => !b.reviewed },
  // the system's own steps, never offered as buttons
  { action: 'expire', event: 'expired', by: ['system'], from: ['PENDING'], to: 'EXPIRED', when: b => b.expired, offered: false },
  { action: 'remind', event: 'reminded', by: ['system'], from: ['ACCEPTED'], when: b => !b.started, offered: false },
])

/** The actions a person can be offered (the system's own steps are not among them). */
export function isBookingAction(a: BookingCommand): a is BookingAction {
  return a !== 'expire' && a !== 'remind'
}

export function bookingFacts(b: { startsAt: Date, expiresAt: Date, review?: unknown }, now: Date): BookingFacts {
  return { started: b.startsAt <= now, expired: b.expiresAt <= now, reviewed: !!b.review }
}

/** Statuses in which an online meeting link is the entrepreneur's: only once the mentor has accepted. */
export const LINK_SHARED_STATUSES: readonly BookingStatusCode[] = ['ACCEPTED', 'COMPLETED', 'NO_SHOW']
