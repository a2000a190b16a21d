import type { PublicUser } from '#shared/types/user'
import type { HeldVote, VoteResult } from '#shared/types/award'
import type { HeldVoteDecisionInput } from '#shared/schemas/award'
import type { AwardVoteStatusCode, HoldReason } from '#shared/utils/awards'
import { holdReasons } from '#shared/utils/awards'
import { zonedDate } from '#shared/utils/zoned-time'
import { isUniqueViolation, prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { lookupHash } from '../../utils/crypto'
import { audit } from '../audit'
import { roundLifecycle } from './rules'
import { AWARD_TX, rulesOf, roundSelect } from './store'

/**
 * The public vote: one vote per verified account per category per Beijing day, enforced by the
 * unique index (roundId, category, voterId, day) — fifty requests at once insert one row. The
 * address is kept only as an HMAC (server/utils/crypto.ts `lookupHash`, keyed by DATA_KEY), for
 * bursts. Votes of accounts created after voting opened, of accounts never used before it, and
 * bursts from one address are HELD (recorded, not counted) until staff release or remove them.
 */
export async function castVote(user: PublicUser, roundId: string, nominationId: string, ip: string, now = new Date()): Promise<VoteResult> {
  if (!user.emailVerified) throw new AppError('not_verified')
  const r = await prisma.awardRound.findUnique({ where: { id: roundId }, select: roundSelect })
  if (!r || r.phase === 'DRAFT') throw new AppError('not_found')
  if (roundLifecycle.refusal('vote', r.phase, 'person', { openObjections: 0 }) || now >= r.votingClosesAt) throw new AppError('voting_closed')
  const n = await prisma.awardNomination.findFirst({ where: { id: nominationId, roundId, status: 'SHORTLISTED' }, select: { id: true, category: true } })
  if (!n) throw new AppError('not_found')
  const day = zonedDate(now)
  const rules = rulesOf(r).holding
  const ipHash = lookupHash(`vote-ip:${ip}`)
  const already = await prisma.awardVote.findUnique({ where: { roundId_category_voterId_day: { roundId, category: n.category, voterId: user.id, day } }, select: { id: true } })
  if (already) throw new AppError('already_voted_today')
  const [account, recentFromAddress, usedBefore] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { createdAt: true } }),
    prisma.awardVote.count({ where: { roundId, ipHash, createdAt: { gt: new Date(now.getTime() - rules.burstWindowMinutes * 60_000) } } }),
    usedBeforeVoting(user.id, r.votingOpensAt),
  ])
  const reasons = holdReasons({ accountCreatedAt: account.createdAt, votingOpenedAt: r.votingOpensAt, usedBefore, recentFromAddress }, rules)
  const status: AwardVoteStatusCode = reasons.length ? 'HELD' : 'COUNTED'
  try {
    const v = await prisma.awardVote.create({ data: { roundId, category: n.category, nominationId: n.id, voterId: user.id, day, ipHash, status, holdReasons: reasons }, select: { id: true } })
    return { id: v.id, status, held: status === 'HELD' }
  }
  catch (error) {
    if (isUniqueViolation(error)) throw new AppError('already_voted_today')
    throw error
  }
}

/** Whether an account was used before voting opened: a sign-in, a case, a booking or an enrolment. */
async function usedBeforeVoting(userId: string, opened: Date): Promise<boolean> {
  const before = { lt: opened }
  const [logins, cases, bookings, enrolments] = await Promise.all([
    prisma.auditLog.count({ where: { actorId: userId, action: 'auth.login', createdAt: before } }),
    prisma.case.count({ where: { ownerId: userId, createdAt: before } }),
    prisma.booking.count({ where: { entrepreneurId: userId, createdAt: before } }),
    prisma.enrolment.count({ where: { userId, createdAt: before } }),
  ])
  return logins + cases + bookings + enrolments > 0
}

/** The categories the viewer voted in today (Beijing). */
export async function votedToday(userId: string, roundId: string, now = new Date()): Promise<string[]> {
  const rows = await prisma.awardVote.findMany({ where: { roundId, voterId: userId, day: zonedDate(now) }, select: { category: true } })
  return rows.map(r => r.category)
}

export async function listVotes(roundId: string, status: AwardVoteStatusCode): Promise<HeldVote[]> {
  const rows = await prisma.awardVote.findMany({
    where: { roundId, status, ...(status === 'COUNTED' ? { decidedAt: { not: null } } : {}) },
    orderBy: { createdAt: 'asc' },
    take: 500,
    select: { id: true, nominationId: true, category: true, day: true, status: true, holdReasons: true, createdAt: true, decisionReason: true, nomination: { select: { nominee: { select: { name: true } } } } },
  })
  return rows.map(v => ({
    id: v.id, nominationId: v.nominationId, nomineeName: v.nomination.nominee.name, category: v.category, day: v.day, status: v.status,
    holdReasons: v.holdReasons as HoldReason[], createdAt: v.createdAt.toISOString(), decisionReason: v.decisionReason,
  }))
}

/** Staff release a held vote (it counts) or remove it, with a reason; audited. Not after the results are out. */
export async function decideHeldVote(staff: PublicUser, voteId: string, input: HeldVoteDecisionInput): Promise<{ id: string, status: AwardVoteStatusCode }> {
  return prisma.$transaction(async (tx) => {
    const v = await tx.awardVote.findUnique({ where: { id: voteId }, select: { id: true, status: true, voterId: true, round: { select: { phase: true } } } })
    if (!v) throw new AppError('not_found')
    if (v.round.phase === 'PUBLISHED') throw new AppError('phase_closed')
    const status: AwardVoteStatusCode = input.decision === 'release' ? 'COUNTED' : 'REMOVED'
    const done = await tx.awardVote.updateMany({ where: { id: voteId, status: 'HELD' }, data: { status, decidedById: staff.id, decidedAt: new Date(), decisionReason: input.reason } })
    if (!done.count) throw new AppError('invalid_transition')
    await audit({ action: 'award.vote_decided', actorId: staff.id, subjectId: v.voterId, meta: { voteId, decision: input.decision, reason: input.reason } }, tx)
    return { id: voteId, status }
  }, AWARD_TX)
}
