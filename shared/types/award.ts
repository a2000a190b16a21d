import type { StoryCard } from './story'
import type { AwardWeights, EligibilityRule, VoteHolding } from '../data/award-rules'
import type { AwardPhaseCode, AwardVoteStatusCode, EligibilityCheck, HoldReason, NominationStatusCode } from '../utils/awards'

/** What the award API answers (创业先锋评选). Names of data come in both languages (`nameZh`, `nameEn`). */
export interface AwardCategory {
  code: string
  nameZh: string
  nameEn: string
  winners: number
  shortlist: number
}

export interface AwardCriterion {
  code: string
  nameZh: string
  nameEn: string
  max: number
}

export interface AwardWindows {
  nominationOpensAt: string
  nominationClosesAt: string
  reviewClosesAt: string
  noticeDays: number
  noticeEndsAt: string | null
  votingOpensAt: string
  votingClosesAt: string
  phaseStartedAt: string
}

export interface AwardRoundCard {
  id: string
  titleZh: string
  titleEn: string
  phase: AwardPhaseCode
  categories: AwardCategory[]
  windows: AwardWindows
}

export interface PublicNominee {
  id: string
  category: string
  name: string
  statement: string
  /** eligibility checked against the figures StartHub recorded for the nominee's case */
  verified: boolean
  status: NominationStatusCode
}

export interface AwardTallyView {
  /** the Beijing day the snapshot counts up to */
  day: string
  publishedAt: string
  counts: Record<string, number>
}

export type AwardViewerAction = 'nominate' | 'object' | 'vote'

export interface AwardRoundView extends AwardRoundCard {
  summaryZh: string
  summaryEn: string
  eligibility: EligibilityRule[]
  rubric: AwardCriterion[]
  weights: AwardWeights
  holding: VoteHolding
  rulesVersion: string
  /** the shortlist, from the notice on */
  nominees: PublicNominee[]
  /** the last published daily count (null before the first); never the live count */
  tally: AwardTallyView | null
  /** what the viewer may do now */
  actions: AwardViewerAction[]
  /** categories the viewer has voted in today (Beijing) */
  votedToday: string[]
}

export interface NominationCreated { id: string, status: NominationStatusCode }

export interface ReviewScore {
  reviewerName: string
  scores: Record<string, number>
  total: number
  percent: number
  comment: string
  submittedAt: string
}

export interface NominationView {
  id: string
  roundId: string
  roundTitleZh: string
  roundTitleEn: string
  roundPhase: AwardPhaseCode
  category: string
  status: NominationStatusCode
  nomineeName: string
  nominatorName: string
  self: boolean
  statement: string
  evidence: string
  eligibility: EligibilityCheck | null
  /** the viewer's relation to it */
  viewerIs: ('nominee' | 'nominator' | 'reviewer' | 'staff')[]
  actions: ('confirm' | 'withdraw' | 'score')[]
  rubric: AwardCriterion[]
  /** the viewer's own review (reviewers) */
  myReview: { scores: Record<string, number> | null, comment: string | null, submittedAt: string | null } | null
  /** other reviewers' scores: only once the viewer's own is submitted (staff: always) */
  otherReviews: ReviewScore[] | null
}

export interface ReviewAssignment {
  nominationId: string
  roundId: string
  roundTitleZh: string
  roundTitleEn: string
  category: string
  nomineeName: string
  submitted: boolean
}

export interface ReviewerCandidate { userId: string, name: string, kind: 'MENTOR' | 'STAFF' }

export interface VoteResult { id: string, status: AwardVoteStatusCode, held: boolean }

export interface StaffNomination {
  id: string
  category: string
  status: NominationStatusCode
  nomineeName: string
  nominatorName: string
  eligibility: EligibilityCheck | null
  expertScore: number | null
  reviews: { reviewerId: string, name: string, submitted: boolean, percent: number | null }[]
}

export interface StaffObjection {
  id: string
  nominationId: string
  nomineeName: string
  body: string
  createdAt: string
  decision: 'UPHELD' | 'DISMISSED' | null
  outcome: string | null
  decidedAt: string | null
}

export interface StaffRoundView extends AwardRoundView {
  nominations: StaffNomination[]
  objections: StaffObjection[]
  votes: { counted: number, held: number, removed: number }
  /** the next phase a staff action would start, and whether it may now */
  next: { phase: AwardPhaseCode, allowed: boolean, blockedBy: 'objections_open' | null } | null
}

export interface HeldVote {
  id: string
  nominationId: string
  nomineeName: string
  category: string
  day: string
  status: AwardVoteStatusCode
  holdReasons: HoldReason[]
  createdAt: string
  decisionReason: string | null
}

export interface ResultNominee {
  nominationId: string
  name: string
  expertScore: number
  votes: number
  publicScore: number
  finalScore: number
  rank: number
  winner: boolean
}

export interface AwardResults {
  roundId: string
  titleZh: string
  titleEn: string
  publishedAt: string
  weights: AwardWeights
  categories: (AwardCategory & { nominees: ResultNominee[] })[]
  votes: {
    counted: number
    /** still held when results were published: not counted */
    held: number
    removed: number
    heldByReason: Partial<Record<HoldReason, number>>
    removedByReason: Partial<Record<HoldReason | 'staff', number>>
  }
  /** per winning nomination: the winner's published success stories, read when asked (not frozen with the scores) */
  stories?: Record<string, StoryCard[]>
}
