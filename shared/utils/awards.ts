import type { AwardWeights, EligibilityRule, RubricCriterion, VoteHolding } from '../data/award-rules'
import type { CaseOutcomes } from './outcomes'

/**
 * The pioneer award's pure rules: code lists, the eligibility check against recorded figures,
 * which votes are held, and the final scores. The server gathers the rows; pages and tests read
 * the same functions.
 *
 * Scoring (stated once, here):
 * - A reviewer's score is the sum of their rubric points, normalised to 0–100 by the rubric's
 *   maximum. A nomination's expert score is the plain average of its submitted reviews (0 when
 *   none was submitted).
 * - Its public score is 100 × its counted votes ÷ the counted votes of the most-voted shortlisted
 *   nominee in the same category (the leader gets 100; with no votes at all everyone gets 0).
 * - Final = experts% × expert score + public% × public score, over 100, rounded to two decimals.
 * - Ties (equal final scores) are broken by the higher expert score, then by more counted votes,
 *   then by the earlier nomination. The first `winners` of each category win.
 */
export const AWARD_PHASES = ['DRAFT', 'NOMINATING', 'REVIEW', 'NOTICE', 'VOTING', 'PUBLISHED'] as const
export type AwardPhaseCode = (typeof AWARD_PHASES)[number]

export const NOMINATION_STATUSES = ['AWAITING_CONFIRMATION', 'NOMINATED', 'INELIGIBLE', 'SHORTLISTED', 'NOT_SHORTLISTED', 'DISQUALIFIED', 'WITHDRAWN'] as const
export type NominationStatusCode = (typeof NOMINATION_STATUSES)[number]

export const AWARD_VOTE_STATUSES = ['COUNTED', 'HELD', 'REMOVED'] as const
export type AwardVoteStatusCode = (typeof AWARD_VOTE_STATUSES)[number]

export const HOLD_REASONS = ['new_account', 'burst', 'unused_account'] as const
export type HoldReason = (typeof HOLD_REASONS)[number]

/** The next phase of a round (PUBLISHED is the last). */
export function nextPhase(phase: AwardPhaseCode): AwardPhaseCode | null {
  const i = AWARD_PHASES.indexOf(phase)
  return i >= 0 && i < AWARD_PHASES.length - 1 ? AWARD_PHASES[i + 1]! : null
}

// ---------------------------------------------------------------------------------------------
// eligibility

export interface EligibilityCheck {
  /** a case with recorded figures was found and checked */
  verified: boolean
  /** null: nothing recorded to check against (no case) */
  eligible: boolean | null
  rules: { figure: EligibilityRule['figure'], min: number, value: number | null, met: boolean }[]
}

/** Checks a round's rules against the figures recorded for the nominee's case (never typed in). */
export function checkEligibility(rules: readonly EligibilityRule[], outcomes: CaseOutcomes | null): EligibilityCheck {
  if (!outcomes) return { verified: false, eligible: null, rules: rules.map(r => ({ figure: r.figure, min: r.min, value: null, met: false })) }
  const checked = rules.map((r) => {
    const value = outcomes[r.figure]
    return { figure: r.figure, min: r.min, value, met: value !== null && value >= r.min }
  })
  return { verified: true, eligible: checked.every(r => r.met), rules: checked }
}

// ---------------------------------------------------------------------------------------------
// votes

export interface VoteFacts {
  accountCreatedAt: Date
  votingOpenedAt: Date
  /** the account was used before voting opened: a sign-in, a case, a booking or an enrolment */
  usedBefore: boolean
  /** votes already cast from the same address (its HMAC) in this round within the burst window */
  recentFromAddress: number
}

/** Why a vote is held for staff review (empty: it counts). */
export function holdReasons(f: VoteFacts, rules: VoteHolding): HoldReason[] {
  const out: HoldReason[] = []
  if (rules.holdNewAccounts && f.accountCreatedAt > f.votingOpenedAt) out.push('new_account')
  if (f.recentFromAddress + 1 >= rules.burstSize) out.push('burst')
  if (rules.holdUnusedAccounts && !f.usedBefore && f.accountCreatedAt <= f.votingOpenedAt) out.push('unused_account')
  return out
}

// ---------------------------------------------------------------------------------------------
// scores

/** A review's points as 0–100 of the rubric's maximum. */
export function reviewPercent(scores: Record<string, number>, rubric: readonly RubricCriterion[]): number {
  const max = rubric.reduce((s, c) => s + c.max, 0)
  if (!max) return 0
  const got = rubric.reduce((s, c) => s + Math.min(c.max, Math.max(0, scores[c.code] ?? 0)), 0)
  return (100 * got) / max
}

export function rubricTotal(scores: Record<string, number>, rubric: readonly RubricCriterion[]): number {
  return rubric.reduce((s, c) => s + (scores[c.code] ?? 0), 0)
}

/** Every criterion scored, whole points within 0–max; returns the codes that are not. */
export function invalidScores(scores: Record<string, number>, rubric: readonly RubricCriterion[]): string[] {
  const bad = rubric.filter(c => !Number.isInteger(scores[c.code]) || scores[c.code]! < 0 || scores[c.code]! > c.max).map(c => c.code)
  const unknown = Object.keys(scores).filter(k => !rubric.some(c => c.code === k))
  return [...bad, ...unknown]
}

export function expertAverage(reviewPercents: readonly number[]): number {
  return reviewPercents.length ? reviewPercents.reduce((a, b) => a + b, 0) / reviewPercents.length : 0
}

export interface ScoreInput {
  nominationId: string
  category: string
  /** 0–100 */
  expertScore: number
  votes: number
  /** the nomination's creation, for the last tie-break */
  nominatedAt: Date
}

export interface ScoredNominee extends ScoreInput {
  publicScore: number
  finalScore: number
  rank: number
  winner: boolean
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** Final scores, ranks and winners per category (see the rule at the top of this file). */
export function scoreNominees(items: readonly ScoreInput[], weights: AwardWeights, winnersPerCategory: Record<string, number>): ScoredNominee[] {
  const byCategory = new Map<string, ScoreInput[]>()
  for (const i of items) byCategory.set(i.category, [...(byCategory.get(i.category) ?? []), i])
  const out: ScoredNominee[] = []
  for (const [category, list] of byCategory) {
    const leader = Math.max(0, ...list.map(i => i.votes))
    const scored = list.map((i) => {
      const publicScore = leader ? (100 * i.votes) / leader : 0
      const finalScore = round2((weights.experts * i.expertScore + weights.public * publicScore) / 100)
      return { ...i, expertScore: round2(i.expertScore), publicScore: round2(publicScore), finalScore, rank: 0, winner: false }
    })
    scored.sort(compareScored)
    const winners = winnersPerCategory[category] ?? 0
    scored.forEach((s, idx) => {
      s.rank = idx + 1
      s.winner = idx < winners
    })
    out.push(...scored)
  }
  return out
}

/** The order of a category: final score, then expert score, then votes, then the earlier nomination. */
export function compareScored(a: Pick<ScoredNominee, 'finalScore' | 'expertScore' | 'votes' | 'nominatedAt'>, b: typeof a): number {
  return b.finalScore - a.finalScore || b.expertScore - a.expertScore || b.votes - a.votes || a.nominatedAt.getTime() - b.nominatedAt.getTime()
}

/** The shortlist of a category: the best expert scores (same tie-breaks without votes), at most `size`. */
export function shortlist<T extends { expertScore: number, nominatedAt: Date }>(items: readonly T[], size: number): T[] {
  return [...items].sort((a, b) => b.expertScore - a.expertScore || a.nominatedAt.getTime() - b.nominatedAt.getTime()).slice(0, size)
}
