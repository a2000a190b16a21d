import { z } from 'zod'
import { BOOKING_STATUSES } from '../utils/bookings'
import { SESSION_MODES } from '../utils/mentors'
import { SERVICE_STAGE_CODES } from '../utils/stages'
import { calendarDate, instant, int, oneOf, pageParam, text, upperListParam } from './common'
import { caseRefSchema } from './case'

/** POST /api/bookings */
export const bookingCreateSchema = z.object({
  mentorId: z.uuid('validation.invalid'),
  startsAt: instant,
  stage: oneOf(SERVICE_STAGE_CODES),
  topic: text(2, 80),
  description: text(10, 1000, { multiline: true }),
  mode: oneOf(SESSION_MODES).optional(),
  /** booked from inside the person's one-stop case */
  caseId: caseRefSchema,
})
export type BookingCreateInput = z.infer<typeof bookingCreateSchema>

export const bookingReasonSchema = z.object({ reason: text(2, 500, { multiline: true }) })
export const bookingRescheduleSchema = z.object({ startsAt: instant })
export const bookingNotesSchema = z.object({ notes: text(1, 5000, { multiline: true }) })
export const mentorReviewSchema = z.object({ score: int(1, 5), comment: text(2, 500, { multiline: true }) })

export const bookingListQuerySchema = z.object({
  as: oneOf(['entrepreneur', 'mentor']).optional(),
  when: oneOf(['upcoming', 'past', 'all']).default('all'),
  status: upperListParam.pipe(z.array(oneOf(BOOKING_STATUSES))),
})
export const staffBookingQuerySchema = z.object({
  status: upperListParam.pipe(z.array(oneOf(BOOKING_STATUSES))),
  mentorId: z.uuid('validation.invalid').optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  page: pageParam(),
})
