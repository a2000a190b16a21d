import { z } from 'zod'
import { INVESTMENT_BUCKETS, RISK_LEVELS, SOURCE_TYPES, SUITABLE_FOR } from '../utils/projects'

const BUCKET_CODES = INVESTMENT_BUCKETS.map(b => b.code) as [string, ...string[]]

export const PROJECT_SORTS = ['relevance', 'newest', 'investment', '-investment', 'rating'] as const
export type ProjectSort = (typeof PROJECT_SORTS)[number]

/** Comma-separated values of one facet; unknown values are reported by the service with the allowed ones. */
const list = z.string().max(500, 'validation.tooLong').optional()
  .transform(v => (v ? [...new Set(v.split(',').map(s => s.trim()).filter(Boolean))] : []))

const money = z.coerce.number({ error: 'validation.invalid' }).int('validation.invalid').min(0, 'validation.invalid').max(100_000_000, 'validation.invalid').optional()

export const projectListQuerySchema = z.object({
  // very long queries are trimmed, not refused
  q: z.string().optional().transform(s => (s ?? '').trim().slice(0, 100)),
  category: list,
  city: list,
  risk: list.transform(v => v.map(s => s.toUpperCase())).pipe(z.array(z.enum(RISK_LEVELS, { error: 'validation.invalid' }))),
  source: list.transform(v => v.map(s => s.toUpperCase())).pipe(z.array(z.enum(SOURCE_TYPES, { error: 'validation.invalid' }))),
  suitableFor: list.transform(v => v.map(s => s.toUpperCase())).pipe(z.array(z.enum(SUITABLE_FOR, { error: 'validation.invalid' }))),
  /** investment buckets (facet values), comma-separated */
  investment: list.pipe(z.array(z.enum(BUCKET_CODES, { error: 'validation.invalid' }))),
  investmentMin: money,
  investmentMax: money,
  recommended: z.enum(['true', 'false', '1', '0'], { error: 'validation.invalid' }).optional().transform(v => (v === undefined ? undefined : v === 'true' || v === '1')),
  sort: z.enum(PROJECT_SORTS, { error: 'validation.invalid' }).default('relevance'),
  page: z.coerce.number({ error: 'validation.invalid' }).int('validation.invalid').min(1, 'validation.invalid').max(100_000, 'validation.invalid').default(1),
  pageSize: z.coerce.number({ error: 'validation.invalid' }).int('validation.invalid').min(1, 'validation.invalid').max(50, 'validation.invalid').default(20),
})
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>

export const projectSlugParamSchema = z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/, 'validation.invalid') })
