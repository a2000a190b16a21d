import type { AwardPhaseCode, NominationStatusCode } from '#shared/utils/awards'
import { defineLifecycle } from '#shared/utils/lifecycle'

/**
 * The award's two lifecycles as tables. A round moves through its phases one step at a time —
 * by the clock (a job at the end of each window) or early by staff (audited); what people may do
 * in a round (nominate, score, object, vote) is a row of the same table. A nomination's rows say
 * who confirms, withdraws, and what the system and staff decide.
 */
export type RoundRole = 'staff' | 'system' | 'person'
export interface RoundFacts {
  /** objections not decided yet (voting may not start while any is open) */
  openObjections: number
}
export type RoundAction = 'open' | 'start-review' | 'start-notice' | 'start-voting' | 'publish' | 'edit' | 'nominate' | 'score' | 'object' | 'vote'

/** The one action that moves a round on from each phase. */
export const ADVANCE: Partial<Record<AwardPhaseCode, RoundAction>> = {
  DRAFT: 'open',
  NOMINATING: 'start-review',
  REVIEW: 'start-notice',
  NOTICE: 'start-voting',
  VOTING: 'publish',
}

export const roundLifecycle = defineLifecycle<AwardPhaseCode, RoundAction, RoundRole, RoundFacts>([
  { action: 'open', event: 'opened', by: ['staff', 'system'], from: ['DRAFT'], to: 'NOMINATING' },
  { action: 'start-review', event: 'review_started', by: ['staff', 'system'], from: ['NOMINATING'], to: 'REVIEW' },
  { action: 'start-notice', event: 'notice_started', by: ['staff', 'system'], from: ['REVIEW'], to: 'NOTICE' },
  { action: 'start-voting', event: 'voting_started', by: ['staff', 'system'], from: ['NOTICE'], to: 'VOTING', when: f => f.openObjections === 0 },
  { action: 'publish', event: 'published', by: ['staff', 'system'], from: ['VOTING'], to: 'PUBLISHED' },
  { action: 'edit', event: 'edited', by: ['staff'], from: ['DRAFT', 'NOMINATING'] },
  { action: 'nominate', event: 'nominated', by: ['person'], from: ['NOMINATING'] },
  { action: 'score', event: 'scored', by: ['person', 'staff'], from: ['REVIEW'] },
  { action: 'object', event: 'objected', by: ['person'], from: ['NOTICE'] },
  { action: 'vote', event: 'voted', by: ['person'], from: ['VOTING'] },
])

export type NominationRole = 'nominee' | 'nominator' | 'staff' | 'system'
export interface NominationFacts { eligible: boolean }
export type NominationAction = 'confirm' | 'withdraw' | 'shortlist' | 'not-shortlist' | 'disqualify' | 'lapse'

export const nominationLifecycle = defineLifecycle<NominationStatusCode, NominationAction, NominationRole, NominationFacts>([
  { action: 'confirm', event: 'confirmed', by: ['nominee'], from: ['AWAITING_CONFIRMATION'], to: 'NOMINATED', when: f => f.eligible },
  { action: 'confirm', event: 'found_ineligible', by: ['nominee'], from: ['AWAITING_CONFIRMATION'], to: 'INELIGIBLE', when: f => !f.eligible },
  { action: 'withdraw', event: 'withdrawn', by: ['nominee', 'nominator'], from: ['AWAITING_CONFIRMATION', 'NOMINATED'], to: 'WITHDRAWN' },
  { action: 'shortlist', event: 'shortlisted', by: ['system'], from: ['NOMINATED'], to: 'SHORTLISTED', offered: false },
  { action: 'not-shortlist', event: 'not_shortlisted', by: ['system'], from: ['NOMINATED'], to: 'NOT_SHORTLISTED', offered: false },
  { action: 'disqualify', event: 'disqualified', by: ['staff'], from: ['SHORTLISTED'], to: 'DISQUALIFIED', offered: false },
  { action: 'lapse', event: 'lapsed', by: ['system'], from: ['AWAITING_CONFIRMATION'], to: 'WITHDRAWN', offered: false },
])
