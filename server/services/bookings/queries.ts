import type { PublicUser } from '#shared/types/user'
import type { BookingView } from '#shared/types/booking'
import type { BookingStatusCode } from '#shared/utils/bookings'
import { addDays } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { bookingSelect, roleOf, toView } from './view'

/** Reads of bookings, each scoped to who may see them: the two parties, and staff. */

export async function getBooking(user: PublicUser, id: string): Promise<BookingView> {
  const b = await prisma.booking.findUnique({ where: { id }, select: bookingSelect })
  const role = b && roleOf(user, b)
  if (!b || !role) throw new AppError('not_found')
  return toView(b, role)
}

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
  return { items: rows.map(b => toView(b, b.entrepreneurId === user.id ? 'entrepreneur' : 'mentor', now)) }
}

export const STAFF_BOOKINGS_PAGE_SIZE = 50

export async function listAllBookings(user: PublicUser, query: { status: BookingStatusCode[], mentorId?: string, from?: string, to?: string, page: number }): Promise<{ items: BookingView[], total: number, page: number, pageSize: number }> {
  const pageSize = STAFF_BOOKINGS_PAGE_SIZE
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
