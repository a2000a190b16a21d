import type { FacetedListResponse } from './search'
import type { ImageView } from './image'
import type { RiskLevelCode, SourceTypeCode, SuitableForCode, ProjectStatusCode } from '../utils/projects'

/** One row of GET /api/projects (the public contract) plus display names. */
export interface ProjectListItem {
  id: string
  slug: string
  title: string
  summary: string
  category: string
  city: string
  investmentMin: number
  investmentMax: number
  riskLevel: RiskLevelCode
  recommended: boolean
  rating: number | null
}

export type ProjectFacet = 'category' | 'city' | 'riskLevel' | 'sourceType' | 'suitableFor' | 'investment' | 'recommended'

export type ProjectListResponse = FacetedListResponse<ProjectListItem, ProjectFacet>

export interface ProjectEvaluationSummary {
  count: number
  averages: { market: number, returns: number, riskControl: number, replicability: number, jobs: number } | null
  comments: { evaluatorName: string, evaluatorType: 'MENTOR' | 'STAFF', comment: string, score: number, updatedAt: string }[]
}

/** A stored project picture as pages show it. */
export type ProjectImageView = ImageView

export interface ProjectDetail extends ProjectListItem {
  description: string
  /** the description rendered to sanitised HTML */
  descriptionHtml: string
  tags: string[]
  sourceType: SourceTypeCode
  providerName: string
  monthlyCost: number
  paybackMonths: number
  expectedJobs: number
  riskFactors: string[]
  requiredSkills: string[]
  suitableFor: SuitableForCode[]
  policySlugs: string[]
  images: ProjectImageView[]
  recommendationText: string | null
  status: ProjectStatusCode
  publishedAt: string | null
  updatedAt: string
  evaluation: ProjectEvaluationSummary
  /** how many people started a one-stop case from this project */
  caseCount: number
}

/** A project in its provider's dashboard or the staff review queue. */
export interface ProjectDashboardRow {
  id: string
  slug: string
  title: string
  status: ProjectStatusCode
  category: string
  city: string
  providerName: string
  updatedAt: string
  submittedAt: string | null
  /** reason of the last transition (e.g. why it was rejected) */
  lastReason: string | null
  /** an edit of the published project waits for staff (修改待审核) */
  pendingRevision: boolean
}

export interface ProjectComparisonRow extends ProjectListItem {
  monthlyCost: number
  paybackMonths: number
  expectedJobs: number
  scores: ProjectEvaluationSummary['averages']
}

export interface EnquiryThread {
  id: string
  project: { id: string, slug: string, title: string }
  /** the entrepreneur who asked */
  authorName: string
  /** true when the viewer is the project's provider */
  asProvider: boolean
  messages: { id: string, senderName: string, fromProvider: boolean, body: string, createdAt: string }[]
  updatedAt: string
}
