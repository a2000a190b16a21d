import type { CaseAction, StageOwnerAction } from '#shared/types/case'
import type { CaseStatusCode, StageDisplayStatus, StageStatusCode } from '#shared/utils/cases'
import type { ServiceStageCode } from '#shared/utils/stages'
import { SERVICE_STAGE_CODES } from '#shared/utils/stages'
import { defineLifecycle } from '#shared/utils/lifecycle'

/**
 * The one-stop case: its own lifecycle (open → closed / abandoned), who may do what on it, and
 * the six stages with their real dependencies — the risk assessment uses the plan's start-up
 * costs, financing the plan's funding gap, follow-up starts when the opening is recorded.
 */
export type CaseRole = 'owner' | 'adviser' | 'staff' | 'invited'

export const caseLifecycle = defineLifecycle<CaseStatusCode, CaseAction, CaseRole>([
  { action: 'edit', event: 'edited', by: ['owner'], from: ['OPEN'] },
  { action: 'comment', event: 'comment', by: ['owner', 'adviser', 'staff'], from: ['OPEN'] },
  { action: 'invite_adviser', event: 'adviser_invited', by: ['owner'], from: ['OPEN'] },
  { action: 'assign_adviser', event: 'adviser_assigned', by: ['staff'], from: ['OPEN'] },
  { action: 'accept_adviser', event: 'adviser_accepted', by: ['invited'], from: ['OPEN'] },
  { action: 'close', event: 'closed', by: ['owner', 'staff'], from: ['OPEN'], to: 'CLOSED' },
  { action: 'abandon', event: 'abandoned', by: ['owner'], from: ['OPEN'], to: 'ABANDONED' },
])

/** What the stages depend on, read from the case. */
export interface CaseFacts {
  /** the plan has start-up costs (fixed assets or working capital), so a gap can be computed */
  planHasCosts: boolean
  openingRecorded: boolean
}

type StageAction = StageOwnerAction | 'start'
export interface StageRule {
  /** why it cannot start yet, or null */
  blockedBy: (f: CaseFacts) => string | null
  /** a person may skip it (with a reason) */
  skippable: boolean
  /** a person marks it done; otherwise the step that completes it does (a plan version, an assessment, the opening) */
  manual: boolean
}

export const STAGE_RULES: Record<ServiceStageCode, StageRule> = {
  PROJECT: { blockedBy: () => null, skippable: false, manual: true },
  PLAN: { blockedBy: () => null, skippable: false, manual: false },
  RISK: { blockedBy: f => (f.planHasCosts ? null : 'needsPlanCosts'), skippable: true, manual: false },
  OPENING: { blockedBy: () => null, skippable: false, manual: false },
  FINANCING: { blockedBy: f => (f.planHasCosts ? null : 'needsPlanGap'), skippable: true, manual: true },
  FOLLOW_UP: { blockedBy: f => (f.openingRecorded ? null : 'needsOpening'), skippable: false, manual: false },
}

export const stageLifecycle = defineLifecycle<StageStatusCode, StageAction, 'owner' | 'system'>([
  { action: 'start', event: 'stage_started', by: ['owner', 'system'], from: ['NOT_STARTED'], to: 'IN_PROGRESS', offered: false },
  { action: 'complete', event: 'stage_completed', by: ['owner', 'system'], from: ['NOT_STARTED', 'IN_PROGRESS'], to: 'COMPLETED' },
  { action: 'skip', event: 'stage_skipped', by: ['owner'], from: ['NOT_STARTED', 'IN_PROGRESS'], to: 'SKIPPED' },
  { action: 'reopen', event: 'stage_reopened', by: ['owner'], from: ['COMPLETED', 'SKIPPED'], to: 'IN_PROGRESS' },
])

/** What a stage shows: done and skipped stay; otherwise a stage waiting for another cannot start yet. */
export function displayStatus(stage: ServiceStageCode, stored: StageStatusCode, facts: CaseFacts): { status: StageDisplayStatus, blockedBy: string | null } {
  if (stored === 'COMPLETED' || stored === 'SKIPPED') return { status: stored, blockedBy: null }
  const blockedBy = STAGE_RULES[stage].blockedBy(facts)
  return blockedBy ? { status: 'CANNOT_START', blockedBy } : { status: stored, blockedBy: null }
}

/** Whether a person may take this action on this stage now (the command checks the same). */
export function stageRefusal(stage: ServiceStageCode, action: 'complete' | 'skip' | 'reopen', stored: StageStatusCode, facts: CaseFacts): 'forbidden' | 'invalid_transition' | null {
  const rule = STAGE_RULES[stage]
  if (action === 'skip' && !rule.skippable) return 'forbidden'
  if (action === 'complete' && !rule.manual) return 'forbidden'
  if (action !== 'reopen' && rule.blockedBy(facts)) return 'invalid_transition'
  return stageLifecycle.refusal(action, stored, 'owner', undefined)
}

/** The actions a stage offers its owner now (the buttons on the task list): the same checks as stageRefusal. */
export function stageActions(stage: ServiceStageCode, stored: StageStatusCode, facts: CaseFacts): StageOwnerAction[] {
  return (['complete', 'skip', 'reopen'] as const).filter(a => stageRefusal(stage, a, stored, facts) === null)
}

/** The first stage not done yet, in the order of the flow. */
export function currentStage(stages: { stage: ServiceStageCode, status: StageStatusCode }[]): ServiceStageCode | null {
  return SERVICE_STAGE_CODES.find(code => !['COMPLETED', 'SKIPPED'].includes(stages.find(s => s.stage === code)?.status ?? 'NOT_STARTED')) ?? null
}
