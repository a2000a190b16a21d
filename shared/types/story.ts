import type { FacetedListResponse } from './search'
import type { ImageView } from './image'
import type { CaseOutcomes, OutcomeFigure } from '../utils/outcomes'
import type { StoryStatusCode } from '../utils/stories'

/** One row of GET /api/stories. */
export interface StoryCard {
  id: string
  slug: string
  title: string
  summary: string
  city: string
  category: string
  authorName: string
  featured: boolean
  /** linked to the author's case and shows at least one recorded figure (数据来自平台记录) */
  verified: boolean
  cover: ImageView | null
  publishedAt: string | null
}

export type StoryFacet = 'city' | 'category' | 'featured' | 'verified'
export type StoryList = FacetedListResponse<StoryCard, StoryFacet>

/** The figures a story shows, as StartHub recorded them; only the ones the author chose. */
export interface StoryOutcomes {
  shown: OutcomeFigure[]
  openedOn: CaseOutcomes['openedOn']
  monthsTrading: CaseOutcomes['monthsTrading']
  employees: CaseOutcomes['employees']
  employeesAsOf: CaseOutcomes['employeesAsOf']
  loanFen: CaseOutcomes['loanFen']
  trainingProgrammes: string[]
  lastCheckInOn: string | null
}

export type StoryAction = 'edit' | 'submit' | 'withdraw' | 'approve' | 'changes' | 'reject' | 'feature' | 'unfeature' | 'figures'

/** GET /api/stories/:slug — the public page; its author and staff also see a story that is not published. */
export interface StoryView extends StoryCard {
  status: StoryStatusCode
  /** sanitised HTML of the Markdown body */
  bodyHtml: string
  images: ImageView[]
  project: { id: string, slug: string, title: string } | null
  /** null: not linked to a case, or none of the chosen figures is recorded */
  outcomes: StoryOutcomes | null
  /** what the viewer may do now (the lifecycle table) */
  actions: StoryAction[]
  /** for the author and staff: staff's last reason */
  reviewReason: string | null
  /** for the author: the form's values */
  draft: StoryDraft | null
}

/** What the author's form starts from. */
export interface StoryDraft {
  title: string
  summary: string
  body: string
  cityCode: string
  categoryCode: string
  projectId: string | null
  caseId: string | null
  figures: OutcomeFigure[]
  images: ImageView[]
  /** the figures the linked case has recorded (the only ones that can be shown) */
  recordedFigures: OutcomeFigure[]
}

/** A story in its author's list or the staff queue. */
export interface StoryRow {
  id: string
  slug: string
  title: string
  status: StoryStatusCode
  city: string
  category: string
  authorName: string
  featured: boolean
  reviewReason: string | null
  submittedAt: string | null
  publishedAt: string | null
  updatedAt: string
}

export interface StoryQueue {
  items: StoryRow[]
  total: number
  page: number
  pageSize: number
}
