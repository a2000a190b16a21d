import { z } from 'zod'
import { MAX_INDUSTRIES, MENTOR_LANGUAGES, MENTOR_STATUSES, MENTOR_TYPES, SESSION_MODES } from '../utils/mentors'
import { SERVICE_STAGE_CODES } from '../utils/stages'
import { daysBetween } from '../utils/zoned-time'
import { boolParam, calendarDate, int, listParam, oneOf, optionalText, pageParam, pageSizeParam, searchText, text, upperListParam } from './common'

export { idParamSchema } from './common'

/** GET /api/mentors */
export const mentorListQuerySchema = z.object({
  q: searchText,
  type: upperListParam.pipe(z.array(oneOf(MENTOR_TYPES))),
  stage: upperListParam.pipe(z.array(oneOf(SERVICE_STAGE_CODES))),
  industry: listParam,
  city: listParam,
  mode: upperListParam.pipe(z.array(oneOf(SESSION_MODES))),
  /** only mentors with a free slot in the next 7 days */
  available: boolParam.transform(v => v === true),
  sort: oneOf(['relevance', 'rating', 'sessions']).default('relevance'),
  page: pageParam(),
  pageSize: pageSizeParam(12),
})
export type MentorListQuery = z.infer<typeof mentorListQuerySchema>

/** GET /api/mentors/:id/slots?from=&to= (Asia/Shanghai calendar days, at most 31 days) */
export const slotQuerySchema = z.object({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
}).refine(v => !v.from || !v.to || (daysBetween(v.from, v.to) >= 0 && daysBetween(v.from, v.to) <= 31), { path: ['to'], message: 'validation.dateRange' })
export type SlotQuery = z.infer<typeof slotQuerySchema>

const httpsUrl = z.union([z.url({ protocol: /^https$/, error: 'validation.invalid' }), z.literal('')]).nullish().transform(v => v || null)

/** The profile a user submits to become a mentor, and later edits. */
export const mentorProfileSchema = z.object({
  displayName: text(1, 40),
  /** an uploaded picture (POST /api/images); photos from other sites are not shown */
  photoId: z.uuid('validation.invalid').nullish().transform(v => v ?? null),
  /** earlier clients sent an address here: only none is accepted now */
  photoUrl: z.union([z.literal(''), z.null()], { error: 'validation.photoUpload' }).optional(),
  type: oneOf(MENTOR_TYPES),
  title: text(2, 60),
  organisation: text(2, 80),
  bio: text(20, 2000, { multiline: true }),
  stages: z.array(oneOf(SERVICE_STAGE_CODES)).min(1, 'validation.required').max(SERVICE_STAGE_CODES.length, 'validation.maxItems'),
  industries: z.array(text(1, 40)).min(1, 'validation.required').max(MAX_INDUSTRIES, 'validation.maxItems'),
  cityCode: text(1, 40).nullable(),
  modes: z.array(oneOf(SESSION_MODES)).min(1, 'validation.required').max(2, 'validation.maxItems'),
  place: optionalText(120),
  meetingUrl: httpsUrl,
  languages: z.array(oneOf(MENTOR_LANGUAGES)).min(1, 'validation.required').max(MENTOR_LANGUAGES.length, 'validation.maxItems'),
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
  /** takes on one-stop cases as an adviser; left out, it stays as it is */
  acceptsAdvisees: z.boolean({ error: 'validation.invalid' }).optional(),
  rules: z.array(z.object({ weekday: int(1, 7) }).and(range)).max(50, 'validation.maxItems'),
  overrides: z.array(z.union([
    z.object({ date: calendarDate, kind: z.literal('OFF') }),
    z.object({ date: calendarDate, kind: z.literal('EXTRA') }).and(range),
  ], { error: 'validation.invalid' })).max(100, 'validation.maxItems'),
})
export type AvailabilityInput = z.infer<typeof availabilitySchema>

/** Staff vet an application. */
export const mentorReviewDecisionSchema = z.object({
  decision: oneOf(['approve', 'reject']),
  reason: z.string().trim().max(500, 'validation.maxChars').optional().transform(v => v ?? ''),
}).refine(v => v.decision === 'approve' || v.reason.length >= 2, { path: ['reason'], message: 'validation.required' })

export const staffMentorQuerySchema = z.object({
  status: oneOf(MENTOR_STATUSES).default('PENDING'),
})
