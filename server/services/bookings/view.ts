import type { PublicUser } from '#shared/types/user'
import type { BookingView } from '#shared/types/booking'
import { toZonedIso } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import type { BookingRole } from './rules'
import { LINK_SHARED_STATUSES, bookingFacts, bookingLifecycle, isBookingAction } from './rules'

/** What a booking looks like on the server (one select for every read) and what leaves it. */
export const bookingSelect = {
  id: true, status: true, startsAt: true, endsAt: true, stage: true, topic: true, description: true, mode: true, location: true, expiresAt: true,
  decisionReason: true, cancelReason: true, notes: true, createdAt: true, icsSequence: true, entrepreneurId: true, mentorId: true,
  mentor: { select: { id: true, userId: true, displayName: true, title: true, organisation: true, user: { select: { email: true, locale: true } } } },
  entrepreneur: { select: { id: true, name: true, email: true, locale: true } },
  review: { select: { score: true, comment: true } },
} satisfies Prisma.BookingSelect
export type BookingRow = Prisma.BookingGetPayload<{ select: typeof bookingSelect }>

/** The people a booking shows to: its two parties, and staff. */
export type ViewerRole = Exclude<BookingRole, 'system'>

export function roleOf(user: PublicUser, b: Pick<BookingRow, 'entrepreneurId' | 'mentor'>): ViewerRole | null {
  if (b.entrepreneurId === user.id) return 'entrepreneur'
  if (b.mentor.userId === user.id) return 'mentor'
  if (user.roles.includes('STAFF') || user.roles.includes('ADMIN')) return 'staff'
  return null
}

/** An online meeting link is shared with the entrepreneur only once the mentor has accepted. */
export function locationFor(b: Pick<BookingRow, 'mode' | 'status' | 'location'>, forEntrepreneur: boolean): string | null {
  return forEntrepreneur && b.mode === 'ONLINE' && !LINK_SHARED_STATUSES.includes(b.status) ? null : b.location
}

export function toView(b: BookingRow, role: ViewerRole, now = new Date()): BookingView {
  return {
    id: b.id,
    status: b.status,
    startsAt: toZonedIso(b.startsAt),
    endsAt: toZonedIso(b.endsAt),
    stage: b.stage,
    topic: b.topic,
    description: b.description,
    mode: b.mode,
    location: locationFor(b, role === 'entrepreneur'),
    mentor: { id: b.mentor.userId, mentorId: b.mentor.id, name: b.mentor.displayName, title: b.mentor.title, organisation: b.mentor.organisation },
    entrepreneur: { id: b.entrepreneur.id, name: b.entrepreneur.name },
    role,
    expiresAt: toZonedIso(b.expiresAt),
    decisionReason: b.decisionReason,
    cancelReason: b.cancelReason,
    notes: b.notes,
    review: b.review,
    createdAt: b.createdAt.toISOString(),
    actions: bookingLifecycle.actionsFor(b.status, role, bookingFacts(b, now)).filter(isBookingAction),
  }
}
