import { z } from 'zod'
import { boolParam, idParamSchema, int, intParam, listParam, oneOf, optionalText, pageParam, pageSizeParam, searchText, text } from './common'
import { imageRefSchema } from './image'
import { INVESTMENT_BUCKETS, PROJECT_IMAGE_LIMITS, PROJECT_SORTS, PROJECT_STATUSES, RISK_LEVELS, SOURCE_TYPES, SUITABLE_FOR } from '../utils/projects'

// the sorts are plain codes in shared/utils/projects.ts: the list page needs them without zod
export { PROJECT_SORTS, type ProjectSort } from '../utils/projects'

const BUCKET_CODES = INVESTMENT_BUCKETS.map(b => b.code) as [string, ...string[]]

/** Comma-separated values of one facet; unknown values are reported by the service with the allowed ones. */
const list = listParam

const money = intParam(0, 100_000_000).optional()

export const projectListQuerySchema = z.object({
  q: searchText,
  category: list,
  city: list,
  risk: list.transform(v => v.map(s => s.toUpperCase())).pipe(z.array(oneOf(RISK_LEVELS))),
  source: list.transform(v => v.map(s => s.toUpperCase())).pipe(z.array(oneOf(SOURCE_TYPES))),
  suitableFor: list.transform(v => v.map(s => s.toUpperCase())).pipe(z.array(oneOf(SUITABLE_FOR))),
  /** investment buckets (facet values), comma-separated */
  investment: list.pipe(z.array(oneOf(BUCKET_CODES))),
  investmentMin: money,
  investmentMax: money,
  recommended: boolParam,
  sort: oneOf(PROJECT_SORTS).default('relevance'),
  page: pageParam(100_000),
  pageSize: pageSizeParam(20),
})
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>

/** GET /api/projects/:slug — the route parameter is named id (see server/api/projects/[id].get.ts) */
export const projectSlugParamSchema = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/, 'validation.invalid') })

const shortText = (max: number) => text(1, max)
const count = int

/** What a provider fills in for a project (POST /api/projects, PATCH /api/projects/:id). */
export const projectInputSchema = z.object({
  title: text(4, 60),
  summary: text(10, 200),
  description: text(20, 10_000, { multiline: true }),
  categoryCode: shortText(40),
  tags: z.array(shortText(12)).max(8, 'validation.maxItems').default([]),
  cityCode: shortText(40).nullable(),
  sourceType: oneOf(SOURCE_TYPES),
  investmentMin: count(0, 100_000_000),
  investmentMax: count(0, 100_000_000),
  monthlyCost: count(0, 10_000_000),
  paybackMonths: count(1, 240),
  expectedJobs: count(0, 10_000),
  riskLevel: oneOf(RISK_LEVELS),
  riskFactors: z.array(shortText(40)).max(10, 'validation.maxItems').default([]),
  requiredSkills: z.array(shortText(40)).max(10, 'validation.maxItems').default([]),
  suitableFor: z.array(oneOf(SUITABLE_FOR)).max(SUITABLE_FOR.length).default([]),
  policySlugs: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/, 'validation.invalid')).max(5, 'validation.maxItems').default([]),
  /** uploaded pictures (POST /api/project-images) in display order, each with its text for screen readers */
  images: z.array(imageRefSchema).max(PROJECT_IMAGE_LIMITS.perProject, 'validation.maxItems').default([]),
}).refine(v => v.investmentMax >= v.investmentMin, { path: ['investmentMax'], message: 'validation.invalid' })
export type ProjectInput = z.infer<typeof projectInputSchema>

export const projectIdParamSchema = idParamSchema

export const projectReviewSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), reason: optionalText(500, { multiline: true }).transform(v => v ?? undefined) }),
  z.object({ decision: z.literal('reject'), reason: text(4, 500, { multiline: true }) }),
], { error: 'validation.invalid' })
export type ProjectReviewInput = z.infer<typeof projectReviewSchema>

export const projectRecommendSchema = z.object({
  recommended: z.boolean({ error: 'validation.required' }).default(true),
  text: optionalText(120).transform(v => v ?? undefined),
}).refine(v => !v.recommended || (v.text && v.text.length >= 4), { path: ['text'], message: 'validation.required' })
export type ProjectRecommendInput = z.infer<typeof projectRecommendSchema>

const score = z.number({ error: 'validation.required' }).int('validation.invalid').min(1, 'validation.invalid').max(5, 'validation.invalid')
export const projectEvaluationSchema = z.object({
  market: score,
  returns: score,
  riskControl: score,
  replicability: score,
  jobs: score,
  comment: text(4, 1000, { multiline: true }),
})
export type ProjectEvaluationInput = z.infer<typeof projectEvaluationSchema>

/** The staff review queue (GET /api/staff/projects). */
export const projectQueueQuerySchema = z.object({
  status: oneOf(PROJECT_STATUSES).default('PENDING'),
  page: pageParam(),
})
