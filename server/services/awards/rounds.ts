import type { PublicUser } from '#shared/types/user'
import type { AwardResults, ResultNominee } from '#shared/types/award'
import type { AwardRoundCreateInput, AwardRoundPatchInput } from '#shared/schemas/award'
import { awardRulesOn } from '#shared/data/award-rules'
import type { AwardPhaseCode, HoldReason } from '#shared/utils/awards'
import { expertAverage, reviewPercent, scoreNominees, shortlist } from '#shared/utils/awards'
import { formatDateTime } from '#shared/utils/format-time'
import { perLocale } from '#shared/i18n/catalogue'
import { addDays, zonedDate, zonedToUtc } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { recordEvent } from '../../utils/events'
import { addJob, removeJob } from '../../utils/jobs'
import { audit } from '../audit'
import { nominationPath, roundPath, tellAward } from './notifications'
import { ADVANCE, roundLifecycle } from './rules'
import type { RoundAction } from './rules'
import type { RoundRow, RoundRules, Tx } from './store'
import { AWARD_TX, categoryOf, lockRound, nominationSelect, rulesOf, scoresOf } from './store'

/**
 * A round's commands: create and edit (staff), and the phase steps — by the clock (the
 * `award_phase` job at the end of each window) or early by staff, audited. When a phase begins
 * early, the window it ends is moved to that moment, so the stored windows are what happened.
 * Each step runs in one transaction with its event, mails and next job.
 */
export const AWARD_PHASE_TASK = 'award_phase'
export const AWARD_TALLY_TASK = 'award_tally'
export const phaseJobKey = (id: string) => `award-phase:${id}`
export const tallyJobKey = (id: string) => `award-tally:${id}`

const DAY = 86_400_000

/** The next Beijing midnight after an instant. */
export function nextBeijingMidnight(now: Date): Date {
  return zonedToUtc(addDays(zonedDate(now), 1), 0)
}

export async function createRound(staff: PublicUser, input: AwardRoundCreateInput, now = new Date()): Promise<{ id: string }> {
  const defaults = awardRulesOn(zonedDate(now))
  const experts = input.expertsWeight ?? defaults.weights.experts
  const categories = input.categories?.map(c => ({ code: c.code, name: { 'zh-CN': c.nameZh, 'en': c.nameEn }, winners: c.winners, shortlist: Math.max(c.shortlist, c.winners) })) ?? defaults.categories
  return prisma.$transaction(async (tx) => {
    const r = await tx.awardRound.create({
      data: {
        titleZh: input.titleZh, titleEn: input.titleEn, summaryZh: input.summaryZh ?? '', summaryEn: input.summaryEn ?? '',
        categories: categories as unknown as Prisma.InputJsonValue,
        eligibility: (input.eligibility ?? defaults.eligibility) as unknown as Prisma.InputJsonValue,
        rubric: defaults.rubric as unknown as Prisma.InputJsonValue,
        weights: { experts, public: 100 - experts },
        holding: defaults.holding as unknown as Prisma.InputJsonValue,
        rulesVersion: defaults.version,
        nominationOpensAt: new Date(input.nominationOpensAt), nominationClosesAt: new Date(input.nominationClosesAt),
        reviewClosesAt: new Date(input.reviewClosesAt), noticeDays: input.noticeDays ?? defaults.noticeDays,
        votingOpensAt: new Date(input.votingOpensAt), votingClosesAt: new Date(input.votingClosesAt),
        createdById: staff.id,
      },
      select: { id: true },
    })
    await recordEvent(tx, 'award', r.id, { action: 'created', to: 'DRAFT', actorId: staff.id })
    await audit({ action: 'award.round_created', actorId: staff.id, meta: { roundId: r.id } }, tx)
    return r
  }, AWARD_TX)
}

export async function patchRound(staff: PublicUser, id: string, input: AwardRoundPatchInput): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const r = await lockRound(tx, id)
    if (!r) throw new AppError('not_found')
    if (roundLifecycle.refusal('edit', r.phase, 'staff', { openObjections: 0 })) throw new AppError('phase_closed')
    const data: Prisma.AwardRoundUpdateInput = {}
    if (input.titleZh !== undefined) data.titleZh = input.titleZh
    if (input.titleEn !== undefined) data.titleEn = input.titleEn
    if (input.summaryZh !== undefined) data.summaryZh = input.summaryZh ?? ''
    if (input.summaryEn !== undefined) data.summaryEn = input.summaryEn ?? ''
    // categories and rules only before anyone could be nominated under them
    if (r.phase === 'DRAFT') {
      if (input.categories) data.categories = input.categories.map(c => ({ code: c.code, name: { 'zh-CN': c.nameZh, 'en': c.nameEn }, winners: c.winners, shortlist: Math.max(c.shortlist, c.winners) })) as unknown as Prisma.InputJsonValue
      if (input.eligibility) data.eligibility = input.eligibility as unknown as Prisma.InputJsonValue
      if (input.expertsWeight !== undefined) data.weights = { experts: input.expertsWeight, public: 100 - input.expertsWeight }
      if (input.nominationOpensAt) data.nominationOpensAt = new Date(input.nominationOpensAt)
    }
    for (const k of ['nominationClosesAt', 'reviewClosesAt', 'votingOpensAt', 'votingClosesAt'] as const) {
      if (input[k]) data[k] = new Date(input[k])
    }
    if (input.noticeDays !== undefined) data.noticeDays = input.noticeDays
    try {
      await tx.awardRound.update({ where: { id }, data })
    }
    catch (error) {
      // the CHECK that keeps the windows in order
      if (/AwardRound_windows_ordered|23514/.test(String(error))) throw new AppError('validation', { votingClosesAt: 'validation.endBeforeStart' })
      throw error
    }
    await recordEvent(tx, 'award', id, { action: 'edited', actorId: staff.id, payload: { fields: Object.keys(data) } })
    await schedulePhaseJob(tx, { ...r, ...(await tx.awardRound.findUniqueOrThrow({ where: { id }, select: { nominationOpensAt: true, nominationClosesAt: true, reviewClosesAt: true, votingOpensAt: true, votingClosesAt: true, noticeEndsAt: true } })) })
    return { id }
  }, AWARD_TX)
}

/** When the current phase ends by the clock (null: only staff move a draft on). */
export function phaseEndsAt(r: Pick<RoundRow, 'phase' | 'nominationOpensAt' | 'nominationClosesAt' | 'reviewClosesAt' | 'noticeEndsAt' | 'votingOpensAt' | 'votingClosesAt'>): Date | null {
  switch (r.phase) {
    case 'DRAFT': return null
    case 'NOMINATING': return r.nominationClosesAt
    case 'REVIEW': return r.reviewClosesAt
    case 'NOTICE': return new Date(Math.max(r.noticeEndsAt?.getTime() ?? 0, r.votingOpensAt.getTime()))
    case 'VOTING': return r.votingClosesAt
    default: return null
  }
}

async function schedulePhaseJob(tx: Tx, r: Parameters<typeof phaseEndsAt>[0] & { id: string }): Promise<void> {
  const at = phaseEndsAt(r)
  if (at) await addJob(tx, AWARD_PHASE_TASK, { id: r.id, from: r.phase }, { runAt: at, jobKey: phaseJobKey(r.id) })
  else await removeJob(tx, phaseJobKey(r.id))
}

async function openObjections(tx: Tx, roundId: string): Promise<number> {
  return tx.awardObjection.count({ where: { roundId, decidedAt: null } })
}

/**
 * Moves a round to its next phase: staff at any time (early: audited, with the reason), the
 * system when the window ends. Voting never starts while an objection is open.
 */
export async function advanceRound(actor: PublicUser | null, id: string, reason: string | null, now = new Date(), expected?: AwardPhaseCode): Promise<{ id: string, phase: AwardPhaseCode }> {
  return prisma.$transaction(async (tx) => {
    const r = await lockRound(tx, id)
    if (!r) throw new AppError('not_found')
    if (expected && r.phase !== expected) return { id, phase: r.phase }
    const action = ADVANCE[r.phase]
    if (!action) throw new AppError('invalid_transition')
    const role = actor ? 'staff' : 'system'
    const facts = { openObjections: await openObjections(tx, id) }
    const refusal = roundLifecycle.refusal(action, r.phase, role, facts)
    if (refusal === 'forbidden') throw new AppError('forbidden')
    if (refusal) throw new AppError(action === 'start-voting' && facts.openObjections ? 'objections_open' : 'invalid_transition')
    const rule = roundLifecycle.find(action, r.phase, role, facts)!
    const to = roundLifecycle.target(rule, r.phase)
    const data = await enterPhase(tx, r, action, now)
    const updated = await tx.awardRound.update({ where: { id }, data: { ...data, phase: to, phaseStartedAt: now }, select: { id: true, phase: true, nominationOpensAt: true, nominationClosesAt: true, reviewClosesAt: true, noticeEndsAt: true, votingOpensAt: true, votingClosesAt: true } })
    await recordEvent(tx, 'award', id, { action: rule.event, from: r.phase, to, actorId: actor?.id ?? null, reason })
    if (actor) await audit({ action: 'award.phase_advanced', actorId: actor.id, meta: { roundId: id, from: r.phase, to, reason, early: (phaseEndsAt(r)?.getTime() ?? 0) > now.getTime() } }, tx)
    await schedulePhaseJob(tx, updated)
    return { id, phase: to }
  }, AWARD_TX)
}

/** What beginning the next phase does, in the same transaction; returns the round's changed windows. */
async function enterPhase(tx: Tx, r: RoundRow, action: RoundAction, now: Date): Promise<Prisma.AwardRoundUpdateInput> {
  const rules = rulesOf(r)
  switch (action) {
    case 'open':
      return r.nominationOpensAt > now ? { nominationOpensAt: now } : {}
    case 'start-review': {
      // nominations nobody confirmed lapse
      const waiting = await tx.awardNomination.findMany({ where: { roundId: r.id, status: 'AWAITING_CONFIRMATION' }, select: { id: true } })
      for (const n of waiting) {
        await tx.awardNomination.update({ where: { id: n.id }, data: { status: 'WITHDRAWN' } })
        await recordEvent(tx, 'nomination', n.id, { action: 'lapsed', from: 'AWAITING_CONFIRMATION', to: 'WITHDRAWN', actorId: null })
      }
      return { nominationClosesAt: now }
    }
    case 'start-notice': {
      const noticeEndsAt = new Date(now.getTime() + r.noticeDays * DAY)
      await makeShortlist(tx, r, rules, noticeEndsAt)
      return { reviewClosesAt: now, noticeEndsAt, ...(r.votingOpensAt < now ? { votingOpensAt: now } : {}) }
    }
    case 'start-voting': {
      const duration = r.votingClosesAt.getTime() - r.votingOpensAt.getTime()
      const votingClosesAt = r.votingClosesAt > now ? r.votingClosesAt : new Date(now.getTime() + duration)
      await addJob(tx, AWARD_TALLY_TASK, { id: r.id }, { runAt: nextBeijingMidnight(now), jobKey: tallyJobKey(r.id) })
      return { votingOpensAt: now, votingClosesAt, ...(r.noticeEndsAt && r.noticeEndsAt > now ? { noticeEndsAt: now } : {}) }
    }
    case 'publish': {
      await removeJob(tx, tallyJobKey(r.id))
      await writeTally(tx, r.id, now)
      const results = await computeResults(tx, r, rules, now)
      await tellWinners(tx, r, results)
      return { votingClosesAt: r.votingClosesAt > now ? now : r.votingClosesAt, publishedAt: now, results: results as unknown as Prisma.InputJsonValue }
    }
    default:
      return {}
  }
}

const roundTitle = (r: Pick<RoundRow, 'titleZh' | 'titleEn'>, l: 'zh-CN' | 'en') => (l === 'en' ? r.titleEn : r.titleZh)

/** Expert scores of nominations (0–100 averages of submitted reviews). */
export async function expertScores(db: Tx, nominationIds: string[], rules: RoundRules): Promise<Map<string, { score: number, submitted: number }>> {
  const reviews = await db.awardReview.findMany({ where: { nominationId: { in: nominationIds }, submittedAt: { not: null } }, select: { nominationId: true, scores: true } })
  const out = new Map<string, { score: number, submitted: number }>()
  for (const id of nominationIds) {
    const mine = reviews.filter(x => x.nominationId === id).map(x => reviewPercent(scoresOf(x) ?? {}, rules.rubric))
    out.set(id, { score: expertAverage(mine), submitted: mine.length })
  }
  return out
}

/** The best expert scores of each category go on the notice; everyone is told. */
async function makeShortlist(tx: Tx, r: RoundRow, rules: RoundRules, noticeEndsAt: Date): Promise<void> {
  const noms = await tx.awardNomination.findMany({ where: { roundId: r.id, status: 'NOMINATED' }, select: nominationSelect })
  const scores = await expertScores(tx, noms.map(n => n.id), rules)
  for (const c of rules.categories) {
    const inCategory = noms.filter(n => n.category === c.code).map(n => ({ n, expertScore: scores.get(n.id)!.score, nominatedAt: n.createdAt }))
    const chosen = new Set(shortlist(inCategory, c.shortlist).map(x => x.n.id))
    for (const { n } of inCategory) {
      const to = chosen.has(n.id) ? 'SHORTLISTED' : 'NOT_SHORTLISTED'
      await tx.awardNomination.update({ where: { id: n.id }, data: { status: to } })
      await recordEvent(tx, 'nomination', n.id, { action: to === 'SHORTLISTED' ? 'shortlisted' : 'not_shortlisted', from: 'NOMINATED', to, actorId: null })
      const vars = perLocale(l => ({ round: roundTitle(r, l), category: c.name[l], nominee: n.nominee.name, until: formatDateTime(noticeEndsAt, l) }))
      const kind = to === 'SHORTLISTED' ? 'shortlisted' : 'notShortlisted'
      await tellAward(tx, n.nominee, kind, vars, nominationPath(n.id))
      if (n.nominatorId !== n.nomineeId) await tellAward(tx, n.nominator, kind, vars, nominationPath(n.id))
    }
  }
}

/** The daily published count: counted votes per shortlisted nomination so far. */
export async function writeTally(tx: Tx, roundId: string, now: Date): Promise<void> {
  const groups = await tx.awardVote.groupBy({ by: ['nominationId'], where: { roundId, status: 'COUNTED' }, _count: { _all: true } })
  const counts = Object.fromEntries(groups.map(g => [g.nominationId, g._count._all]))
  const day = zonedDate(now)
  await tx.awardTally.upsert({ where: { roundId_day: { roundId, day } }, create: { roundId, day, counts }, update: { counts, createdAt: now } })
}

/** The tally job: one snapshot a day while voting runs, then the next one is queued for the next Beijing midnight. */
export async function runTally(roundId: string, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const r = await tx.awardRound.findUnique({ where: { id: roundId }, select: { phase: true } })
    if (!r || r.phase !== 'VOTING') return
    await writeTally(tx, roundId, now)
    await addJob(tx, AWARD_TALLY_TASK, { id: roundId }, { runAt: nextBeijingMidnight(now), jobKey: tallyJobKey(roundId) })
  }, AWARD_TX)
}

/** The phase job: moves the round on when its window has ended (a job run early comes back at the end); voting waits for open objections. */
export async function runPhaseJob(payload: { id: string, from: AwardPhaseCode }, now = new Date()): Promise<void> {
  const r = await prisma.awardRound.findUnique({ where: { id: payload.id }, select: { id: true, phase: true, nominationOpensAt: true, nominationClosesAt: true, reviewClosesAt: true, noticeEndsAt: true, votingOpensAt: true, votingClosesAt: true } })
  if (!r || r.phase !== payload.from) return
  const at = phaseEndsAt(r)
  if (!at) return
  if (at > now) {
    await prisma.$transaction(tx => schedulePhaseJob(tx, r))
    return
  }
  try {
    await advanceRound(null, r.id, null, now, payload.from)
  }
  catch (error) {
    if (error instanceof AppError && error.code === 'objections_open') {
      await prisma.$transaction(tx => addJob(tx, AWARD_PHASE_TASK, payload, { runAt: new Date(now.getTime() + 3_600_000), jobKey: phaseJobKey(r.id) }))
      return
    }
    throw error
  }
}

/** The final results, frozen at publication: scores, ranks, winners, and the votes held and removed with why. */
async function computeResults(tx: Tx, r: RoundRow, rules: RoundRules, now: Date): Promise<AwardResults> {
  const noms = await tx.awardNomination.findMany({ where: { roundId: r.id, status: 'SHORTLISTED' }, select: nominationSelect })
  const scores = await expertScores(tx, noms.map(n => n.id), rules)
  const votes = await tx.awardVote.groupBy({ by: ['nominationId'], where: { roundId: r.id, status: 'COUNTED' }, _count: { _all: true } })
  const countOf = (id: string) => votes.find(v => v.nominationId === id)?._count._all ?? 0
  const scored = scoreNominees(
    noms.map(n => ({ nominationId: n.id, category: n.category, expertScore: scores.get(n.id)!.score, votes: countOf(n.id), nominatedAt: n.createdAt })),
    rules.weights,
    Object.fromEntries(rules.categories.map(c => [c.code, c.winners])),
  )
  const nameOf = new Map(noms.map(n => [n.id, n.nominee.name]))
  const other = await tx.awardVote.findMany({ where: { roundId: r.id, status: { in: ['HELD', 'REMOVED'] } }, select: { status: true, holdReasons: true } })
  const heldByReason: Partial<Record<HoldReason, number>> = {}
  const removedByReason: Partial<Record<HoldReason | 'staff', number>> = {}
  for (const v of other) {
    const into = v.status === 'HELD' ? heldByReason : removedByReason
    for (const reason of v.holdReasons as HoldReason[]) into[reason] = (into[reason] ?? 0) + 1
  }
  const counted = votes.reduce((s, v) => s + v._count._all, 0)
  return {
    roundId: r.id, titleZh: r.titleZh, titleEn: r.titleEn, publishedAt: now.toISOString(), weights: rules.weights,
    categories: rules.categories.map(c => ({
      code: c.code, nameZh: c.name['zh-CN'], nameEn: c.name.en, winners: c.winners, shortlist: c.shortlist,
      nominees: scored.filter(s => s.category === c.code).map((s): ResultNominee => ({
        nominationId: s.nominationId, name: nameOf.get(s.nominationId) ?? '', expertScore: s.expertScore, votes: s.votes,
        publicScore: s.publicScore, finalScore: s.finalScore, rank: s.rank, winner: s.winner,
      })),
    })),
    votes: {
      counted,
      held: other.filter(v => v.status === 'HELD').length,
      removed: other.filter(v => v.status === 'REMOVED').length,
      heldByReason,
      removedByReason,
    },
  }
}

async function tellWinners(tx: Tx, r: RoundRow, results: AwardResults): Promise<void> {
  const rules = rulesOf(r)
  const winners = results.categories.flatMap(c => c.nominees.filter(n => n.winner).map(n => ({ id: n.nominationId, category: c.code })))
  if (!winners.length) return
  const noms = await tx.awardNomination.findMany({ where: { id: { in: winners.map(w => w.id) } }, select: nominationSelect })
  for (const n of noms) {
    const c = categoryOf(rules, n.category)
    const vars = perLocale(l => ({ round: roundTitle(r, l), category: c?.name[l] ?? n.category, nominee: n.nominee.name }))
    await tellAward(tx, n.nominee, 'winner', vars, `${roundPath(r.id)}/results`)
  }
}
