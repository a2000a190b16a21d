import type { PublicUser } from '#shared/types/user'
import type { AwardResults, AwardRoundCard, AwardRoundView, AwardTallyView, AwardViewerAction, NominationView, ReviewAssignment, StaffRoundView } from '#shared/types/award'
import { reviewPercent } from '#shared/utils/awards'
import { hasRole } from '#shared/utils/roles'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { ADVANCE, nominationLifecycle, roundLifecycle } from './rules'
import type { RoundRow } from './store'
import { categoryView, criterionView, eligibilityOf, nominationSelect, reviewSelect, roundSelect, rulesOf, scoresOf, windowsOf } from './store'
import { expertScores } from './rounds'
import { votedToday } from './votes'
import { publishedStoriesOf } from '../stories'

/**
 * The award's reads. The public never sees a live count: only the last daily snapshot. A
 * reviewer sees other reviewers' scores only once their own is submitted.
 */
function card(r: RoundRow): AwardRoundCard {
  return { id: r.id, titleZh: r.titleZh, titleEn: r.titleEn, phase: r.phase, categories: rulesOf(r).categories.map(categoryView), windows: windowsOf(r) }
}

export async function listRounds(): Promise<AwardRoundCard[]> {
  const rows = await prisma.awardRound.findMany({ where: { phase: { not: 'DRAFT' } }, orderBy: { nominationOpensAt: 'desc' }, take: 50, select: roundSelect })
  return rows.map(card)
}

async function lastTally(roundId: string): Promise<AwardTallyView | null> {
  const t = await prisma.awardTally.findFirst({ where: { roundId }, orderBy: { createdAt: 'desc' }, select: { day: true, counts: true, createdAt: true } })
  return t ? { day: t.day, publishedAt: t.createdAt.toISOString(), counts: t.counts as Record<string, number> } : null
}

async function baseView(r: RoundRow, viewer: PublicUser | null): Promise<AwardRoundView> {
  const rules = rulesOf(r)
  const showShortlist = ['NOTICE', 'VOTING', 'PUBLISHED'].includes(r.phase)
  const nominees = showShortlist
    ? await prisma.awardNomination.findMany({ where: { roundId: r.id, status: 'SHORTLISTED' }, orderBy: { createdAt: 'asc' }, select: { id: true, category: true, statement: true, status: true, caseId: true, eligibility: true, nominee: { select: { name: true } } } })
    : []
  const actions: AwardViewerAction[] = []
  if (viewer) {
    for (const [a, act] of [['nominate', 'nominate'], ['object', 'object'], ['vote', 'vote']] as const) {
      if (roundLifecycle.find(act, r.phase, 'person', { openObjections: 0 })) actions.push(a)
    }
  }
  return {
    ...card(r),
    summaryZh: r.summaryZh, summaryEn: r.summaryEn,
    eligibility: rules.eligibility, rubric: rules.rubric.map(criterionView), weights: rules.weights, holding: rules.holding, rulesVersion: r.rulesVersion,
    nominees: nominees.map(n => ({ id: n.id, category: n.category, name: n.nominee.name, statement: n.statement, verified: !!eligibilityOf(n)?.verified, status: n.status })),
    tally: r.phase === 'VOTING' || r.phase === 'PUBLISHED' ? await lastTally(r.id) : null,
    actions,
    votedToday: viewer && r.phase === 'VOTING' ? await votedToday(viewer.id, r.id) : [],
  }
}

export async function roundView(viewer: PublicUser | null, id: string): Promise<AwardRoundView> {
  const r = await prisma.awardRound.findUnique({ where: { id }, select: roundSelect })
  if (!r || r.phase === 'DRAFT') throw new AppError('not_found')
  return baseView(r, viewer)
}

export async function results(id: string): Promise<AwardResults> {
  const r = await prisma.awardRound.findUnique({ where: { id }, select: { phase: true, results: true } })
  if (!r || r.phase === 'DRAFT') throw new AppError('not_found')
  if (r.phase !== 'PUBLISHED' || !r.results) throw new AppError('results_not_published')
  const frozen = r.results as unknown as AwardResults
  // the winners' published success stories, read now (a withdrawn story is gone at once)
  const winners = frozen.categories.flatMap(c => c.nominees.filter(n => n.winner).map(n => n.nominationId))
  const nominees = await prisma.awardNomination.findMany({ where: { id: { in: winners } }, select: { id: true, nomineeId: true } })
  const stories = await publishedStoriesOf(nominees.map(n => n.nomineeId))
  return { ...frozen, stories: Object.fromEntries(nominees.map(n => [n.id, stories.get(n.nomineeId) ?? []])) }
}

/** A nomination as its nominee, nominator, reviewers and staff see it; 404 for anyone else. */
export async function nominationView(viewer: PublicUser, id: string): Promise<NominationView> {
  const n = await prisma.awardNomination.findUnique({ where: { id }, select: { ...nominationSelect, round: { select: roundSelect }, reviews: { select: reviewSelect } } })
  if (!n) throw new AppError('not_found')
  const staff = hasRole(viewer.roles, 'STAFF', 'ADMIN')
  const mine = n.reviews.find(x => x.reviewerId === viewer.id) ?? null
  const viewerIs: NominationView['viewerIs'] = []
  if (n.nomineeId === viewer.id) viewerIs.push('nominee')
  if (n.nominatorId === viewer.id) viewerIs.push('nominator')
  if (mine) viewerIs.push('reviewer')
  if (staff) viewerIs.push('staff')
  if (!viewerIs.length) throw new AppError('not_found')
  const rules = rulesOf(n.round)
  const actions: NominationView['actions'] = []
  if (viewerIs.includes('nominee') && nominationLifecycle.find('confirm', n.status, 'nominee', { eligible: true }) && n.round.phase === 'NOMINATING') actions.push('confirm')
  const role = viewerIs.includes('nominee') ? 'nominee' : viewerIs.includes('nominator') ? 'nominator' : null
  if (role && nominationLifecycle.find('withdraw', n.status, role, { eligible: true })) actions.push('withdraw')
  if (mine && !mine.submittedAt && n.round.phase === 'REVIEW' && n.status === 'NOMINATED') actions.push('score')
  // a reviewer (staff included) sees the others only after submitting; staff who do not review see them all
  const seeOthers = mine ? !!mine.submittedAt : staff
  const others = seeOthers
    ? n.reviews.filter(x => x.submittedAt && x.reviewerId !== viewer.id).map(x => ({
        reviewerName: x.reviewer.name, scores: scoresOf(x) ?? {}, total: x.total ?? 0, percent: Math.round(reviewPercent(scoresOf(x) ?? {}, rules.rubric) * 100) / 100,
        comment: x.comment ?? '', submittedAt: x.submittedAt!.toISOString(),
      }))
    : null
  return {
    id: n.id, roundId: n.roundId, roundTitleZh: n.round.titleZh, roundTitleEn: n.round.titleEn, roundPhase: n.round.phase, category: n.category, status: n.status,
    nomineeName: n.nominee.name, nominatorName: n.nominator.name, self: n.nomineeId === n.nominatorId, statement: n.statement, evidence: n.evidence,
    eligibility: eligibilityOf(n), viewerIs, actions, rubric: rules.rubric.map(criterionView),
    myReview: mine ? { scores: scoresOf(mine), comment: mine.comment, submittedAt: mine.submittedAt?.toISOString() ?? null } : null,
    otherReviews: others,
  }
}

export async function myReviews(user: PublicUser): Promise<ReviewAssignment[]> {
  const rows = await prisma.awardReview.findMany({
    where: { reviewerId: user.id },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { submittedAt: true, nomination: { select: { id: true, roundId: true, category: true, nominee: { select: { name: true } }, round: { select: { titleZh: true, titleEn: true } } } } },
  })
  return rows.map(x => ({
    nominationId: x.nomination.id, roundId: x.nomination.roundId, roundTitleZh: x.nomination.round.titleZh, roundTitleEn: x.nomination.round.titleEn,
    category: x.nomination.category, nomineeName: x.nomination.nominee.name, submitted: !!x.submittedAt,
  }))
}

export async function staffRounds(): Promise<AwardRoundCard[]> {
  const rows = await prisma.awardRound.findMany({ orderBy: { createdAt: 'desc' }, take: 100, select: roundSelect })
  return rows.map(card)
}

export async function staffRoundView(id: string): Promise<StaffRoundView> {
  const r = await prisma.awardRound.findUnique({ where: { id }, select: roundSelect })
  if (!r) throw new AppError('not_found')
  const rules = rulesOf(r)
  const [view, noms, objections, votes] = await Promise.all([
    baseView(r, null),
    prisma.awardNomination.findMany({ where: { roundId: id }, orderBy: [{ category: 'asc' }, { createdAt: 'asc' }], select: { ...nominationSelect, reviews: { select: reviewSelect } } }),
    prisma.awardObjection.findMany({ where: { roundId: id }, orderBy: { createdAt: 'asc' }, select: { id: true, nominationId: true, body: true, createdAt: true, decision: true, outcome: true, decidedAt: true, nomination: { select: { nominee: { select: { name: true } } } } } }),
    prisma.awardVote.groupBy({ by: ['status'], where: { roundId: id }, _count: { _all: true } }),
  ])
  const scores = await expertScores(prisma, noms.map(n => n.id), rules)
  const open = objections.filter(o => !o.decidedAt).length
  const action = ADVANCE[r.phase]
  const nextRule = action ? roundLifecycle.rules.find(x => x.action === action) : undefined
  const allowed = action ? !roundLifecycle.refusal(action, r.phase, 'staff', { openObjections: open }) : false
  const count = (s: string) => votes.find(v => v.status === s)?._count._all ?? 0
  return {
    ...view,
    nominations: noms.map(n => ({
      id: n.id, category: n.category, status: n.status, nomineeName: n.nominee.name, nominatorName: n.nominator.name, eligibility: eligibilityOf(n),
      expertScore: scores.get(n.id)!.submitted ? Math.round(scores.get(n.id)!.score * 100) / 100 : null,
      reviews: n.reviews.map(x => ({ reviewerId: x.reviewerId, name: x.reviewer.name, submitted: !!x.submittedAt, percent: x.submittedAt ? Math.round(reviewPercent(scoresOf(x) ?? {}, rules.rubric) * 100) / 100 : null })),
    })),
    objections: objections.map(o => ({
      id: o.id, nominationId: o.nominationId, nomineeName: o.nomination.nominee.name, body: o.body, createdAt: o.createdAt.toISOString(),
      decision: o.decision as 'UPHELD' | 'DISMISSED' | null, outcome: o.outcome, decidedAt: o.decidedAt?.toISOString() ?? null,
    })),
    votes: { counted: count('COUNTED'), held: count('HELD'), removed: count('REMOVED') },
    next: nextRule?.to ? { phase: nextRule.to, allowed, blockedBy: !allowed && action === 'start-voting' && open ? 'objections_open' : null } : null,
  }
}
