import { z } from 'zod'
import { boolParam, facetsParam, idParamSchema, listParam, oneOf, optionalText, pageParam, pageSizeParam, searchText, text } from './common'
import { imageRefSchema } from './image'
import { OUTCOME_FIGURES } from '../utils/outcomes'
import { STORY_LIMITS } from '../utils/stories'
import { IMAGE_LIMITS } from '../utils/images'

const L = STORY_LIMITS

/** GET /api/stories: the faceted list (city, category, featured, verified) and the stories of a project. */
export const storyListQuerySchema = z.object({
  q: searchText,
  city: listParam,
  category: listParam,
  verified: boolParam,
  featured: boolParam,
  /** the stories of people who started from this library project (its id) */
  project: z.uuid('validation.invalid').optional(),
  page: pageParam(10_000),
  pageSize: pageSizeParam(12),
  facets: facetsParam,
})
export type StoryListQuery = z.infer<typeof storyListQuerySchema>

/** A story's picture: what it shows is required (alt text), unlike a bare upload. */
export const storyImageSchema = imageRefSchema.extend({
  alt: text(2, IMAGE_LIMITS.altMaxLength),
})

/** What an author writes (POST /api/stories, PATCH /api/stories/:id). */
export const storyInputSchema = z.object({
  title: text(L.titleMin, L.titleMax),
  summary: text(L.summaryMin, L.summaryMax),
  body: text(L.bodyMin, L.bodyMax, { multiline: true }),
  cityCode: text(1, 40),
  categoryCode: text(1, 40),
  /** the library project it started from (its id), if any */
  projectId: z.uuid('validation.invalid').nullish().transform(v => v ?? null),
  /** the author's own case: its recorded figures are shown; null: none */
  caseId: z.uuid('validation.invalid').nullish().transform(v => v ?? null),
  /** which recorded figures to show (only with a case) */
  figures: z.array(oneOf(OUTCOME_FIGURES)).max(OUTCOME_FIGURES.length, 'validation.maxItems').default([]),
  images: z.array(storyImageSchema).max(L.images, 'validation.maxItems').default([]),
})
export type StoryInput = z.infer<typeof storyInputSchema>

export const storyIdParamSchema = idParamSchema
/** GET /api/stories/:slug — the route parameter is named id, like the other routes of the folder */
export const storySlugParamSchema = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/, 'validation.invalid') })

/** POST /api/stories/:id/review: staff publish it, ask for changes, or reject it; the last two with a reason (mailed). */
export const storyReviewSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), reason: optionalText(500, { multiline: true }).transform(v => v ?? undefined) }),
  z.object({ decision: z.literal('changes'), reason: text(L.reasonMin, 500, { multiline: true }) }),
  z.object({ decision: z.literal('reject'), reason: text(L.reasonMin, 500, { multiline: true }) }),
], { error: 'validation.invalid' })
export type StoryReviewInput = z.infer<typeof storyReviewSchema>

/** POST /api/stories/:id/feature (staff). */
export const storyFeatureSchema = z.object({ featured: z.boolean({ error: 'validation.required' }) })
export type StoryFeatureInput = z.infer<typeof storyFeatureSchema>

/** PUT /api/stories/:id/figures: which recorded figures the author shows (any time, also when published). */
export const storyFiguresSchema = z.object({
  figures: z.array(oneOf(OUTCOME_FIGURES)).max(OUTCOME_FIGURES.length, 'validation.maxItems'),
})
export type StoryFiguresInput = z.infer<typeof storyFiguresSchema>

/** GET /api/staff/stories: the moderation queue. */
export const storyQueueQuerySchema = z.object({
  status: oneOf(['SUBMITTED', 'PUBLISHED', 'CHANGES_REQUESTED', 'REJECTED', 'WITHDRAWN']).default('SUBMITTED'),
  page: pageParam(10_000),
})
export type StoryQueueQuery = z.infer<typeof storyQueueQuerySchema>
