import { IMAGE_LIMITS } from './images'

/** Codes used by the project library; their labels are in i18n/locales (project.*). */
export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const
export type RiskLevelCode = (typeof RISK_LEVELS)[number]

export const SOURCE_TYPES = ['GOVERNMENT', 'ENTERPRISE', 'ASSOCIATION', 'UNIVERSITY', 'INDIVIDUAL'] as const
export type SourceTypeCode = (typeof SOURCE_TYPES)[number]

/** Who a project suits (适合人群). */
export const SUITABLE_FOR = ['GRADUATE', 'RETURNEE', 'VETERAN', 'UNEMPLOYED', 'WOMEN'] as const
export type SuitableForCode = (typeof SUITABLE_FOR)[number]

/** The orders of the library's list. */
export const PROJECT_SORTS = ['relevance', 'newest', 'investment', '-investment', 'rating'] as const
export type ProjectSort = (typeof PROJECT_SORTS)[number]

export const PROJECT_STATUSES = ['DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'ARCHIVED'] as const
export type ProjectStatusCode = (typeof PROJECT_STATUSES)[number]

/** Investment buckets for the facet (by the project's minimum investment, CNY). */
export const INVESTMENT_BUCKETS = [
  { code: 'lt30k', min: 0, max: 29_999 },
  { code: '30k-50k', min: 30_000, max: 49_999 },
  { code: '50k-100k', min: 50_000, max: 99_999 },
  { code: '100k-200k', min: 100_000, max: 199_999 },
  { code: 'gte200k', min: 200_000, max: Number.MAX_SAFE_INTEGER },
] as const
export type InvestmentBucketCode = (typeof INVESTMENT_BUCKETS)[number]['code']

export function investmentBucket(investmentMin: number): InvestmentBucketCode {
  return INVESTMENT_BUCKETS.find(b => investmentMin >= b.min && investmentMin <= b.max)!.code
}

/** Project pictures: how many a project shows; the upload limits are those of every picture. */
export const PROJECT_IMAGE_LIMITS = {
  perProject: 6,
  ...IMAGE_LIMITS,
} as const

/** Where a project picture is served (the same pictures as /media/images/; kept for links already out). */
export function projectImageUrl(id: string): string {
  return `/media/projects/${id}.webp`
}
