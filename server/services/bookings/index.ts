/** Bookings (预约): see rules.ts for the lifecycle, commands.ts for the changes. */
export { createBooking, acceptBooking, declineBooking, cancelBooking, rescheduleBooking, finishBooking, saveNotes, reviewBooking } from './commands'
export { getBooking, listMyBookings, listAllBookings } from './queries'
export { BOOKING_REMINDER_TASK, BOOKINGS_EXPIRE_TASK, expireDueBookings, sendReminder } from './jobs'
export type { ReminderPayload } from './jobs'
