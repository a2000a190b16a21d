import { z } from 'zod'
import { EVENT_TYPES } from '../data/training-rules'
import { RATED_SERVICES } from '../utils/enrolments'
import { boolParam, facetsParam, instant, int, listParam, oneOf, optionalText, pageParam, pageSizeParam, searchText, text } from './common'

/**
 * Training sessions (班期), events, enrolments, attendance and ratings: the payloads the pages
 * send and the handlers validate, one schema each.
 */
const code = z.string({ error: 'validation.required' }).trim().regex(/^[A-Z][A-Z_]{1,39}$/, 'validation.invalid')

export const lessonInputSchema = z.object({
  startsAt: instant,
  endsAt: instant,
  topicZh: text(1, 80),
  topicEn: text(1, 120),
  /** class hours it counts, minutes; default: its length */
  minutes: int(0, 24 * 60).optional(),
}).refine(l => Date.parse(l.startsAt) < Date.parse(l.endsAt), { message: 'validation.endBeforeStart', path: ['endsAt'] })

const offeringFields = {
  titleZh: text(2, 80),
  titleEn: text(2, 120),
  bodyZh: optionalText(20_000, { multiline: true }),
  bodyEn: optionalText(20_000, { multiline: true }),
  city: text(1, 40),
  online: z.boolean().default(false),
  venue: optionalText(200),
  onlineUrl: optionalText(500).refine(v => !v || /^https:\/\//.test(v), 'validation.httpsUrl'),
  capacity: int(1, 10_000),
  enrolOpensAt: instant,
  enrolClosesAt: instant,
  offerHours: int(1, 14 * 24).optional(),
  institutionId: z.uuid('validation.invalid').nullish(),
  trainerIds: z.array(z.uuid('validation.invalid')).max(10, 'validation.tooMany').default([]),
  lessons: z.array(lessonInputSchema).min(1, 'validation.required').max(60, 'validation.tooMany'),
}

const windowInOrder = (o: { enrolOpensAt: string, enrolClosesAt: string }) => Date.parse(o.enrolOpensAt) < Date.parse(o.enrolClosesAt)
const placeGiven = (o: { online: boolean, venue: string | null, onlineUrl: string | null }) => (o.online ? !!o.onlineUrl : !!o.venue)

export const offeringCreateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('TRAINING'), courseId: z.uuid('validation.invalid'), ...offeringFields }),
  z.object({ kind: z.literal('EVENT'), eventType: oneOf(EVENT_TYPES.map(t => t.code) as [string, ...string[]]), ...offeringFields }),
]).refine(windowInOrder, { message: 'validation.endBeforeStart', path: ['enrolClosesAt'] })
  .refine(placeGiven, { message: 'validation.venueOrLink', path: ['venue'] })
export type OfferingCreateInput = z.infer<typeof offeringCreateSchema>

/** What staff may change on a published session: capacity (never below the places taken), the window, the offer time, the place. */
export const offeringPatchSchema = z.object({
  capacity: int(1, 10_000).optional(),
  enrolClosesAt: instant.optional(),
  offerHours: int(1, 14 * 24).optional(),
  venue: optionalText(200).optional(),
  onlineUrl: optionalText(500).optional(),
  reportZh: optionalText(20_000, { multiline: true }).optional(),
  reportEn: optionalText(20_000, { multiline: true }).optional(),
})
export type OfferingPatchInput = z.infer<typeof offeringPatchSchema>

export const enrolSchema = z.object({
  /** the person category, for a free subsidised place (the programme's data) */
  category: code.nullish(),
})
export type EnrolInput = z.infer<typeof enrolSchema>

export const checkInSchema = z.object({ code: z.string({ error: 'validation.required' }).trim().max(12, 'validation.maxChars') })

export const manualAttendanceSchema = z.object({
  enrolmentId: z.uuid('validation.invalid'),
  reason: text(4, 200),
})

export const gradeSchema = z.object({ grade: oneOf(['EXCELLENT', 'PASS', 'FAIL']) })

export const revokeSchema = z.object({ reason: text(4, 300) })

export const ratingSchema = z.object({
  serviceType: oneOf(RATED_SERVICES),
  serviceId: z.uuid('validation.invalid'),
  grade: int(1, 5),
  comment: optionalText(500, { multiline: true }),
})
export type RatingInput = z.infer<typeof ratingSchema>

export const offeringListQuerySchema = z.object({
  q: searchText,
  programme: listParam,
  type: listParam,
  city: listParam,
  /** YYYY-MM of the first lesson */
  month: listParam.refine(v => v.every(m => /^\d{4}-\d{2}$/.test(m)), 'validation.invalid'),
  /** ONLINE, IN_PERSON */
  mode: listParam,
  /** only sessions with places left */
  available: boolParam,
  /** events: upcoming (default) or past */
  when: oneOf(['upcoming', 'past']).default('upcoming'),
  page: pageParam(),
  /** results per page (the home page shows the next three) */
  pageSize: pageSizeParam(20),
  facets: facetsParam,
})
export type OfferingListQuery = z.infer<typeof offeringListQuerySchema>

export const subsidyQuerySchema = z.object({
  institution: z.uuid('validation.invalid').optional(),
  /** YYYY-MM of the certificate */
  month: z.string().regex(/^\d{4}-\d{2}$/, 'validation.invalid').optional(),
})
