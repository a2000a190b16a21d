import type { AwardCategoryDefault, AwardWeights, EligibilityRule, RubricCriterion, VoteHolding } from '#shared/data/award-rules'
import type { AwardCategory, AwardCriterion, AwardWindows } from '#shared/types/award'
import type { EligibilityCheck } from '#shared/utils/awards'
import type { Prisma } from '../../generated/prisma/client'
import { Prisma as P } from '../../generated/prisma/client'

/**
 * How the award reads and locks. A round's own copy of its rules lives in JSON columns; these
 * helpers give them their types. Commands that change a round's phase, or that depend on it
 * (nominating, scoring, voting), lock or read the round row in their transaction.
 */
export type Tx = Prisma.TransactionClient

export const AWARD_TX = { isolationLevel: P.TransactionIsolationLevel.ReadCommitted, maxWait: 20_000, timeout: 20_000 }

export const roundSelect = {
  id: true, titleZh: true, titleEn: true, summaryZh: true, summaryEn: true, phase: true, categories: true, eligibility: true, rubric: true,
  weights: true, holding: true, rulesVersion: true, nominationOpensAt: true, nominationClosesAt: true, reviewClosesAt: true, noticeDays: true,
  noticeEndsAt: true, votingOpensAt: true, votingClosesAt: true, phaseStartedAt: true, results: true, publishedAt: true, createdAt: true,
} satisfies Prisma.AwardRoundSelect
export type RoundRow = Prisma.AwardRoundGetPayload<{ select: typeof roundSelect }>

export const nominationSelect = {
  id: true, roundId: true, category: true, nomineeId: true, nominatorId: true, caseId: true, status: true, statement: true, evidence: true,
  eligibility: true, confirmedAt: true, createdAt: true,
  nominee: { select: { id: true, name: true, email: true, locale: true } },
  nominator: { select: { id: true, name: true, email: true, locale: true } },
} satisfies Prisma.AwardNominationSelect
export type NominationRow = Prisma.AwardNominationGetPayload<{ select: typeof nominationSelect }>

export const reviewSelect = {
  id: true, nominationId: true, reviewerId: true, scores: true, total: true, comment: true, submittedAt: true,
  reviewer: { select: { name: true } },
} satisfies Prisma.AwardReviewSelect
export type ReviewRow = Prisma.AwardReviewGetPayload<{ select: typeof reviewSelect }>

/** The round's rules, typed. */
export interface RoundRules {
  categories: AwardCategoryDefault[]
  eligibility: EligibilityRule[]
  rubric: RubricCriterion[]
  weights: AwardWeights
  holding: VoteHolding
}

export function rulesOf(r: Pick<RoundRow, 'categories' | 'eligibility' | 'rubric' | 'weights' | 'holding'>): RoundRules {
  return {
    categories: r.categories as unknown as AwardCategoryDefault[],
    eligibility: r.eligibility as unknown as EligibilityRule[],
    rubric: r.rubric as unknown as RubricCriterion[],
    weights: r.weights as unknown as AwardWeights,
    holding: r.holding as unknown as VoteHolding,
  }
}

export const categoryView = (c: AwardCategoryDefault): AwardCategory => ({ code: c.code, nameZh: c.name['zh-CN'], nameEn: c.name.en, winners: c.winners, shortlist: c.shortlist })
export const criterionView = (c: RubricCriterion): AwardCriterion => ({ code: c.code, nameZh: c.name['zh-CN'], nameEn: c.name.en, max: c.max })

export function windowsOf(r: RoundRow): AwardWindows {
  return {
    nominationOpensAt: r.nominationOpensAt.toISOString(),
    nominationClosesAt: r.nominationClosesAt.toISOString(),
    reviewClosesAt: r.reviewClosesAt.toISOString(),
    noticeDays: r.noticeDays,
    noticeEndsAt: r.noticeEndsAt?.toISOString() ?? null,
    votingOpensAt: r.votingOpensAt.toISOString(),
    votingClosesAt: r.votingClosesAt.toISOString(),
    phaseStartedAt: r.phaseStartedAt.toISOString(),
  }
}

export const eligibilityOf = (n: Pick<NominationRow, 'eligibility'>) => (n.eligibility as unknown as EligibilityCheck | null)

export const scoresOf = (r: Pick<ReviewRow, 'scores'>) => (r.scores as unknown as Record<string, number> | null)

/** Locks a round's row and reads it; null when there is none. */
export async function lockRound(tx: Tx, id: string): Promise<RoundRow | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "AwardRound" WHERE id = ${id}::uuid FOR UPDATE`
  if (!locked.length) return null
  return tx.awardRound.findUnique({ where: { id }, select: roundSelect })
}

export function categoryOf(rules: RoundRules, code: string): AwardCategoryDefault | undefined {
  return rules.categories.find(c => c.code === code)
}
