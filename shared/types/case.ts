import type { CaseStatusCode, LegalFormCode, StageDisplayStatus, StageStatusCode } from '../utils/cases'
import type { ServiceStageCode } from '../utils/stages'
import type { BusinessPlan } from '../schemas/plan'
import type { PlanContext, PlanFinancials } from '../utils/plan'
import type { RiskAssessmentResult, RiskComparison, RiskSignals } from '../utils/risk'

export interface CaseStageView {
  code: ServiceStageCode
  /** what the task list shows */
  status: StageDisplayStatus
  /** why it cannot start yet (a key of cases.cannotStart.*) */
  blockedBy: string | null
  /** why it was skipped */
  note: string | null
  completedAt: string | null
  /** what the owner may do with it now (mark done, skip with a reason, take up again); empty for everyone else */
  actions: StageOwnerAction[]
}

export type StageOwnerAction = 'complete' | 'skip' | 'reopen'

export interface CaseTimelineEntry {
  at: string
  /** who did it (null: the system) */
  actor: string | null
  /** what happened: created, stage_completed, plan_version, risk_assessed, checklist_item, comment, adviser_invited, booking_requested, booking_accepted … */
  kind: string
  /** details to show (a stage code, a version number, a band, a mentor's name …) */
  data: Record<string, string | number | null>
}

export type CaseAction = 'comment' | 'edit' | 'invite_adviser' | 'assign_adviser' | 'accept_adviser' | 'close' | 'abandon'

export interface CaseView {
  id: string
  title: string
  status: CaseStatusCode
  legalForm: LegalFormCode
  category: string
  city: string | null
  project: { id: string, slug: string, title: string } | null
  stages: CaseStageView[]
  timeline: CaseTimelineEntry[]
  adviser: { id: string, name: string, mentorId: string | null } | null
  invitedAdviser: { id: string, name: string, mentorId: string | null } | null
  /** how the viewer takes part */
  role: 'owner' | 'adviser' | 'staff' | 'invited'
  actions: CaseAction[]
  opening: { openedOn: string, legalForm: LegalFormCode, employees: number, creditCode: string | null } | null
  createdAt: string
  lastActivityAt: string
}

/** POST /api/cases → 201 */
export interface CaseCreated { id: string, stages: { code: ServiceStageCode, status: StageDisplayStatus }[] }

/** GET /api/cases/mine */
export interface CaseSummary {
  id: string
  title: string
  status: CaseStatusCode
  /** the first stage not done yet */
  currentStage: ServiceStageCode | null
  stages: { code: ServiceStageCode, status: StageDisplayStatus }[]
  createdAt: string
  lastActivityAt: string
}

/** A row of /staff/cases */
export interface StaffCaseRow {
  id: string
  title: string
  ownerName: string
  city: string | null
  status: CaseStatusCode
  currentStage: ServiceStageCode | null
  stageStatuses: Record<ServiceStageCode, StageStatusCode>
  adviserName: string | null
  lastActivityAt: string
  stalled: boolean
  helpNeeded: number
}

/** GET /api/cases/:id/plan */
export interface PlanView {
  revision: number
  plan: BusinessPlan
  /** field paths filled in from the project and not yet confirmed by the person */
  prefilled: string[]
  financials: PlanFinancials
  versions: { number: number, submittedAt: string, submittedBy: string }[]
  comments: { id: string, author: string, body: string, planVersion: number | null, section: string | null, resolved: boolean, createdAt: string }[]
  /** the owner edits; the adviser and staff read and comment */
  editable: boolean
  context: PlanContext
}

/** GET /api/cases/:id/financing */
export interface FinancingView {
  /** 启动资金 and what the funding sources leave uncovered (fen) */
  startupTotal: number
  gap: number
  funding: { own: number, family: number, loan: number, other: number, total: number }
  /** where the policy library lists what may help: subsidies and the guaranteed loan, in the case's city */
  policyQueries: { tag: string, city: string | null }[]
  /** the plan has start-up costs (otherwise the stage cannot start yet) */
  ready: boolean
}

/** GET /api/cases/:id/risk-assessment (each), POST answers one */
export interface RiskView extends RiskAssessmentResult {
  id: string
  createdAt: string
  howScored: string
  signals: RiskSignals
  /** what changed against the assessment before, if any */
  changes: RiskComparison | null
  /** the answers given (question id → option), for the owner's retake; null for the adviser and staff */
  answers: Record<string, string> | null
}

/** A follow-up check-in (GET /api/cases/:id/check-ins, /api/check-ins/:id) */
export interface CheckInView {
  id: string
  caseId: string
  monthsAfter: number
  dueOn: string
  opensOn: string
  closesOn: string
  status: 'SCHEDULED' | 'SENT' | 'ANSWERED' | 'MISSED'
  /** an answer given today would count */
  open: boolean
  answer: { status: string, employees: number | null, revenueBand: string | null, help: unknown, answeredAt: string } | null
}
