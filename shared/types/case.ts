import type { CaseStatusCode, LegalFormCode, StageDisplayStatus, StageStatusCode } from '../utils/cases'
import type { ServiceStageCode } from '../utils/stages'

export interface CaseStageView {
  code: ServiceStageCode
  /** what the task list shows */
  status: StageDisplayStatus
  /** why it cannot start yet (a key of cases.cannotStart.*) */
  blockedBy: string | null
  /** why it was skipped */
  note: string | null
  completedAt: string | null
}

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
  invitedAdviser: { id: string, name: string } | null
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
