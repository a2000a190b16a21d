import { z } from 'zod'
import { BOOKING_STATUSES, MATCH_STATUSES, MAX_INDUSTRIES, MENTOR_LANGUAGES, MENTOR_STATUSES, MENTOR_TYPES, SERVICE_STAGE_CODES, SESSION_MODES } from '../utils/mentors'
import { daysBetween, isCalendarDate } from '../utils/zoned-time'

const text = (min: number, max: number) => z.string({ error: 'validation.required' }).trim().min(min, min <= 1 ? 'validation.required' : 'validation.invalid').max(max, 'validation.tooLong')
const int = (min: number, max: number) => z.number({ error: 'validation.invalid' }).int('validation.invalid').min(min, 'validation.invalid').max(max, 'validation.invalid')
const list = z.string().max(500, 'validation.tooLong').optional()
  .transform(v => (v ? [...new Set(v.split(',').map(s => s.trim()).filter(Boolean))] : []))
const upperList = list.transform(v => v.map(s => s.toUpperCase()))
const calendarDate = z.string({ error: 'validation.required' }).refine(isCalendarDate, 'validation.invalid')

export const idParamSchema = z.object({ id: z.uuid('validation.invalid') })

/** GET /api/mentors */
export const mentorListQuerySchema = z.object({
  q: z.string().optional().transform(s => (s ?? '').trim().slice(0, 100)),
  type: upperList.pipe(z.array(z.enum(MENTOR_TYPES, { error: 'validation.invalid' }))),
  stage: upperList.pipe(z.array(z.enum(SERVICE_STAGE_CODES, { error: 'validation.invalid' }))),
  industry: list,
  city: list,
  mode: upperList.pipe(z.array(z.enum(SESSION_MODES, { error: 'validation.invalid' }))),
  /** only mentors with a free slot in the next 7 days */
  available: z.enum(['true', 'false', '1', '0'], { error: 'validation.invalid' }).optional().transform(v => v === 'true' || v === '1'),
  sort: z.enum(['relevance', 'rating', 'sessions'], { error: 'validation.invalid' }).default('relevance'),
  page: z.coerce.number({ error: 'validation.invalid' }).int('validation.invalid').min(1, 'validation.invalid').max(10_000, 'validation.invalid').default(1),
  pageSize: z.coerce.number({ error: 'validation.invalid' }).int('validation.invalid').min(1, 'validation.invalid').max(50, 'validation.invalid').default(12),
})
export type MentorListQuery = z.infer<typeof mentorListQuerySchema>

/** GET /api/mentors/:id/slots?from=&to= (Asia/Shanghai calendar days, at most 31 days) */
export const slotQuerySchema = z.object({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
}).refine(v => !v.from || !v.to || (daysBetween(v.from, v.to) >= 0 && daysBetween(v.from, v.to) <= 31), { path: ['to'], message: 'validation.dateRange' })
export type SlotQuery = z.infer<typeof slotQuerySchema>

/** The profile a user submits to become a mentor, and later edits. */
export const mentorProfileSchema = z.object({
  displayName: text(1, 40),
  photoUrl: z.union([z.url({ protocol: /^https$/, error: 'validation.invalid' }), z.literal('')]).nullish().transform(v => v || null),
  type: z.enum(MENTOR_TYPES, { error: 'validation.invalid' }),
  title: text(2, 60),
  organisation: text(2, 80),
  bio: text(20, 2000),
  stages: z.array(z.enum(SERVICE_STAGE_CODES, { error: 'validation.invalid' })).min(1, 'validation.required').max(SERVICE_STAGE_CODES.length),
  industries: z.array(text(1, 40)).min(1, 'validation.required').max(MAX_INDUSTRIES, 'validation.tooMany'),
  cityCode: text(1, 40).nullable(),
  modes: z.array(z.enum(SESSION_MODES, { error: 'validation.invalid' })).min(1, 'validation.required').max(2),
  place: z.string().trim().max(120, 'validation.tooLong').nullish().transform(v => v || null),
  meetingUrl: z.union([z.url({ protocol: /^https$/, error: 'validation.invalid' }), z.literal('')]).nullish().transform(v => v || null),
  languages: z.array(z.enum(MENTOR_LANGUAGES, { error: 'validation.invalid' })).min(1, 'validation.required').max(MENTOR_LANGUAGES.length),
}).refine(v => !v.modes.includes('IN_PERSON') || !!v.place, { path: ['place'], message: 'validation.required' })
  .refine(v => !v.modes.includes('ONLINE') || !!v.meetingUrl, { path: ['meetingUrl'], message: 'validation.required' })
export type MentorProfileInput = z.infer<typeof mentorProfileSchema>

const minuteOfDay = int(0, 1440)
const range = z.object({ startMinute: minuteOfDay, endMinute: minuteOfDay }).refine(r => r.endMinute > r.startMinute, { path: ['endMinute'], message: 'validation.timeRange' })

/** PUT /api/mentor/availability — times are Asia/Shanghai wall clock. */
export const availabilitySchema = z.object({
  sessionMinutes: z.union([z.literal(30), z.literal(60)], { error: 'validation.invalid' }),
  bufferMinutes: int(0, 120),
  noticeHours: int(0, 168),
  horizonDays: int(1, 90),
  weeklyCap: int(1, 40),
  paused: z.boolean({ error: 'validation.invalid' }),
  rules: z.array(z.object({ weekday: int(1, 7) }).and(range)).max(50, 'validation.tooMany'),
  overrides: z.array(z.union([
    z.object({ date: calendarDate, kind: z.literal('OFF') }),
    z.object({ date: calendarDate, kind: z.literal('EXTRA') }).and(range),
  ], { error: 'validation.invalid' })).max(100, 'validation.tooMany'),
})
export type AvailabilityInput = z.infer<typeof availabilitySchema>

/** POST /api/bookings */
export const bookingCreateSchema = z.object({
  mentorId: z.uuid('validation.invalid'),
  startsAt: z.iso.datetime({ offset: true, error: 'validation.invalid' }),
  stage: z.enum(SERVICE_STAGE_CODES, { error: 'validation.invalid' }),
  topic: text(2, 80),
  description: text(10, 1000),
  mode: z.enum(SESSION_MODES, { error: 'validation.invalid' }).optional(),
})
export type BookingCreateInput = z.infer<typeof bookingCreateSchema>

export const bookingReasonSchema = z.object({ reason: text(2, 500) })
export const bookingRescheduleSchema = z.object({ startsAt: z.iso.datetime({ offset: true, error: 'validation.invalid' }) })
export const bookingNotesSchema = z.object({ notes: text(1, 5000) })
export const mentorReviewSchema = z.object({ score: int(1, 5), comment: text(2, 500) })

export const bookingListQuerySchema = z.object({
  as: z.enum(['entrepreneur', 'mentor'], { error: 'validation.invalid' }).optional(),
  when: z.enum(['upcoming', 'past', 'all'], { error: 'validation.invalid' }).default('all'),
  status: upperList.pipe(z.array(z.enum(BOOKING_STATUSES, { error: 'validation.invalid' }))),
})
export const staffBookingQuerySchema = z.object({
  status: upperList.pipe(z.array(z.enum(BOOKING_STATUSES, { error: 'validation.invalid' }))),
  mentorId: z.uuid('validation.invalid').optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  page: z.coerce.number({ error: 'validation.invalid' }).int('validation.invalid').min(1, 'validation.invalid').max(10_000, 'validation.invalid').default(1),
})

export const mentorReviewDecisionSchema = z.object({
  decision: z.enum(['approve', 'reject'], { error: 'validation.invalid' }),
  reason: z.string().trim().max(500, 'validation.tooLong').optional().transform(v => v ?? ''),
}).refine(v => v.decision === 'approve' || v.reason.length >= 2, { path: ['reason'], message: 'validation.required' })

export const staffMentorQuerySchema = z.object({
  status: z.enum(MENTOR_STATUSES, { error: 'validation.invalid' }).default('PENDING'),
})

/** 帮我匹配 */
export const matchRequestSchema = z.object({
  stage: z.enum(SERVICE_STAGE_CODES, { error: 'validation.invalid' }),
  industry: z.string().trim().max(40, 'validation.tooLong').nullish().transform(v => v || null),
  cityCode: z.string().trim().max(40, 'validation.tooLong').nullish().transform(v => v || null),
  text: text(10, 1000),
})
export const matchAssignSchema = z.object({
  mentorId: z.uuid('validation.invalid'),
  note: z.string().trim().max(500, 'validation.tooLong').nullish().transform(v => v || null),
})
export const staffMatchQuerySchema = z.object({
  status: z.enum(MATCH_STATUSES, { error: 'validation.invalid' }).default('OPEN'),
})
