import type { PolicyTag } from '../utils/content-taxonomy'

/** A policy as the list, the search index and the pages see it. */
export interface PolicySummary {
  slug: string
  path: string
  title: string
  titleEn: string
  issuer: string
  city: string
  tags: PolicyTag[]
  effectiveDate: string
  summary: string
  summaryEn: string
}

export type SearchDocType = 'project' | 'mentor' | 'training' | 'event' | 'story' | 'policy' | 'guide' | 'news'

export interface SearchHit {
  type: SearchDocType
  id: string
  title: string
  url: string
  /** HTML with matches wrapped in <mark>; everything else escaped. */
  snippet: string
}

export interface SearchResponse {
  hits: SearchHit[]
  facets: { type: Record<string, number> }
  estimatedTotalHits: number
  processingTimeMs: number
  degraded: boolean
  /** the query was read as this pinyin because the words as typed found nothing */
  interpretedAs?: string
}
