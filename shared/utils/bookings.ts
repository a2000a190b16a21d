/** Codes of the booking lifecycle (Prisma enum BookingStatus); labels are in i18n/locales/*.codes.json. */
export const BOOKING_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED', 'COMPLETED', 'NO_SHOW'] as const
export type BookingStatusCode = (typeof BOOKING_STATUSES)[number]

/** Bookings that hold their time (the exclusion constraints cover exactly these). */
export const HOLDING_STATUSES = ['PENDING', 'ACCEPTED'] as const satisfies readonly BookingStatusCode[]
/** Bookings that count towards a mentor's weekly cap. */
export const CAP_STATUSES = ['PENDING', 'ACCEPTED', 'COMPLETED', 'NO_SHOW'] as const satisfies readonly BookingStatusCode[]

/** An unanswered request expires this long after it was made (or at its start, if sooner). */
export const BOOKING_EXPIRY_HOURS = 48
