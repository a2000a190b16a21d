import type { PublicUser } from '#shared/types/user'
import type { NominationCreated, ReviewerCandidate } from '#shared/types/award'
import type { NominationCreateInput, ObjectionCreateInput, ObjectionDecisionInput, ScoreInput } from '#shared/schemas/award'
import type { EligibilityCheck } from '#shared/utils/awards'
import { checkEligibility, invalidScores, reviewPercent, rubricTotal } from '#shared/utils/awards'
import { perLocale } from '#shared/i18n/catalogue'
import { awardText } from '#shared/i18n/awards'
import { formatDateTime } from '#shared/utils/format-time'
import type { Prisma } from '../../generated/prisma/client'
import { isUniqueViolation, prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { recordEvent } from '../../utils/events'
import { audit } from '../audit'
import { outcomesOfCases } from '../cases/outcomes'
import { nominationPath, roundPath, tellAward } from './notifications'
import type { NominationAction, NominationRole } from './rules'
import { nominationLifecycle, roundLifecycle } from './rules'
import type { NominationRow, RoundRow, Tx } from './store'
import { AWARD_TX, categoryOf, nominationSelect, roundSelect, rulesOf } from './store'

/**
 * Nominations, reviewers, scores and objections. Eligibility is checked against the figures
 * StartHub recorded for the nominee's case (the most recent case with a recorded opening);
 * nobody types those figures. A reviewer linked to the nominee — the adviser of one of the
 * nominee's cases, or a mentor the nominee booked — is never offered, cannot be assigned (409
 * `reviewer_conflict`) and cannot score (403 `reviewer_excluded`), however the link arose.
 */
const title = (r: Pick<RoundRow, 'titleZh' | 'titleEn'>, l: 'zh-CN' | 'en') => (l === 'en' ? r.titleEn : r.titleZh)

async function loadRound(db: Tx, id: string): Promise<RoundRow> {
  const r = await db.awardRound.findUnique({ where: { id }, select: roundSelect })
  if (!r || r.phase === 'DRAFT') throw new AppError('not_found')
  return r
}

/** Checks the nominee's recorded figures against the round's rules. */
export async function eligibilityFor(tx: Tx, r: RoundRow, nomineeId: string): Promise<{ caseId: string | null, check: EligibilityCheck }> {
  const c = await tx.case.findFirst({ where: { ownerId: nomineeId, openedOn: { not: null } }, orderBy: { openedOn: 'desc' }, select: { id: true } })
  const outcomes = c ? (await outcomesOfCases([c.id], tx)).get(c.id) ?? null : null
  return { caseId: c?.id ?? null, check: checkEligibility(rulesOf(r).eligibility, outcomes) }
}

/** Not ruled out by the recorded figures (no case: not checked, shown as unverified). */
const passes = (check: EligibilityCheck) => check.eligible !== false

async function tellOutcome(tx: Tx, r: RoundRow, n: NominationRow, eligible: boolean): Promise<void> {
  const c = categoryOf(rulesOf(r), n.category)
  const vars = perLocale(l => ({ round: title(r, l), category: c?.name[l] ?? n.category, nominee: n.nominee.name }))
  const kind = eligible ? 'accepted' : 'ineligible'
  await tellAward(tx, n.nominee, kind, vars, nominationPath(n.id))
  if (n.nominatorId !== n.nomineeId) await tellAward(tx, n.nominator, kind, vars, nominationPath(n.id))
}

export async function nominate(user: PublicUser, roundId: string, input: NominationCreateInput): Promise<NominationCreated> {
  try {
    return await prisma.$transaction(async (tx) => {
      const r = await loadRound(tx, roundId)
      if (roundLifecycle.refusal('nominate', r.phase, 'person', { openObjections: 0 })) throw new AppError('phase_closed')
      const category = categoryOf(rulesOf(r), input.category)
      if (!category) throw new AppError('validation', { category: { key: 'validation.unknownValues', params: { values: input.category, allowed: rulesOf(r).categories.map(c => c.code).join(', ') } } })
      const nominee = input.nomineeEmail && input.nomineeEmail !== user.email.toLowerCase()
        ? await tx.user.findFirst({ where: { email: input.nomineeEmail, emailVerifiedAt: { not: null }, disabledAt: null }, select: { id: true } })
        : { id: user.id }
      if (!nominee) throw new AppError('nominee_unknown', { nomineeEmail: 'error.nominee_unknown' })
      const self = nominee.id === user.id
      const { caseId, check } = self ? await eligibilityFor(tx, r, user.id) : { caseId: null, check: null }
      const status = self ? (passes(check!) ? 'NOMINATED' : 'INELIGIBLE') : 'AWAITING_CONFIRMATION'
      const n = await tx.awardNomination.create({
        data: {
          roundId, category: category.code, nomineeId: nominee.id, nominatorId: user.id, caseId, status, statement: input.statement, evidence: input.evidence,
          eligibility: (check ?? undefined) as unknown as Prisma.InputJsonValue | undefined, confirmedAt: self ? new Date() : null,
        },
        select: nominationSelect,
      })
      await recordEvent(tx, 'nomination', n.id, { action: self ? (status === 'NOMINATED' ? 'nominated' : 'found_ineligible') : 'nominated', to: status, actorId: user.id, payload: { self } })
      if (self) await tellOutcome(tx, r, n, status === 'NOMINATED')
      else {
        const vars = perLocale(l => ({ round: title(r, l), category: category.name[l], nominator: user.name }))
        await tellAward(tx, n.nominee, 'confirmRequest', vars, nominationPath(n.id))
      }
      return { id: n.id, status }
    }, AWARD_TX)
  }
  catch (error) {
    if (isUniqueViolation(error)) throw new AppError('already_nominated')
    throw error
  }
}

function roleOf(user: PublicUser, n: Pick<NominationRow, 'nomineeId' | 'nominatorId'>): NominationRole | null {
  if (n.nomineeId === user.id) return 'nominee'
  if (n.nominatorId === user.id) return 'nominator'
  return null
}

async function lockNomination(tx: Tx, id: string): Promise<NominationRow> {
  await tx.$queryRaw`SELECT id FROM "AwardNomination" WHERE id = ${id}::uuid FOR UPDATE`
  const n = await tx.awardNomination.findUnique({ where: { id }, select: nominationSelect })
  if (!n) throw new AppError('not_found')
  return n
}

/** The nominee confirms a nomination made by someone else; the recorded figures decide whether it stands. */
export async function confirmNomination(user: PublicUser, id: string): Promise<NominationCreated> {
  return prisma.$transaction(async (tx) => {
    const n = await lockNomination(tx, id)
    const role = roleOf(user, n)
    if (!role) throw new AppError('not_found')
    const r = await loadRound(tx, n.roundId)
    if (r.phase !== 'NOMINATING') throw new AppError('phase_closed')
    const { caseId, check } = await eligibilityFor(tx, r, n.nomineeId)
    const facts = { eligible: passes(check) }
    decide(nominationLifecycle.refusal('confirm', n.status, role, facts))
    const rule = nominationLifecycle.find('confirm', n.status, role, facts)!
    const to = nominationLifecycle.target(rule, n.status)
    await tx.awardNomination.updateMany({ where: { id, status: { in: nominationLifecycle.fromStatuses('confirm', role) } }, data: { status: to, caseId, eligibility: check as unknown as Prisma.InputJsonValue, confirmedAt: new Date() } })
    await recordEvent(tx, 'nomination', id, { action: rule.event, from: n.status, to, actorId: user.id })
    await tellOutcome(tx, r, n, to === 'NOMINATED')
    return { id, status: to }
  }, AWARD_TX)
}

function decide(refusal: ReturnType<typeof nominationLifecycle.refusal>): void {
  if (refusal === 'forbidden') throw new AppError('forbidden')
  if (refusal) throw new AppError('invalid_transition')
}

export async function withdrawNomination(user: PublicUser, id: string): Promise<NominationCreated> {
  return prisma.$transaction(async (tx) => {
    const n = await lockNomination(tx, id)
    const role = roleOf(user, n)
    if (!role) throw new AppError('not_found')
    const action: NominationAction = 'withdraw'
    decide(nominationLifecycle.refusal(action, n.status, role, { eligible: true }))
    await tx.awardNomination.update({ where: { id }, data: { status: 'WITHDRAWN' } })
    await recordEvent(tx, 'nomination', id, { action: 'withdrawn', from: n.status, to: 'WITHDRAWN', actorId: user.id })
    return { id, status: 'WITHDRAWN' }
  }, AWARD_TX)
}

/** The people linked to a nominee, who may not review them: advisers of their cases and mentors they booked. */
export async function linkedToNominee(db: Tx, nomineeId: string): Promise<Set<string>> {
  const [cases, bookings] = await Promise.all([
    db.case.findMany({ where: { ownerId: nomineeId }, select: { adviserId: true, invitedAdviserId: true } }),
    db.booking.findMany({ where: { entrepreneurId: nomineeId }, select: { mentor: { select: { userId: true } } }, distinct: ['mentorId'] }),
  ])
  const out = new Set<string>()
  for (const c of cases) {
    if (c.adviserId) out.add(c.adviserId)
    if (c.invitedAdviserId) out.add(c.invitedAdviserId)
  }
  for (const b of bookings) out.add(b.mentor.userId)
  return out
}

/** Staff and approved mentors who may review a nomination: never the nominee, the nominator, anyone linked, or someone already assigned. */
export async function reviewerCandidates(nominationId: string): Promise<ReviewerCandidate[]> {
  const n = await prisma.awardNomination.findUnique({ where: { id: nominationId }, select: { nomineeId: true, nominatorId: true, reviews: { select: { reviewerId: true } } } })
  if (!n) throw new AppError('not_found')
  const linked = await linkedToNominee(prisma, n.nomineeId)
  const skip = new Set([n.nomineeId, n.nominatorId, ...linked, ...n.reviews.map(x => x.reviewerId)])
  const [staff, mentors] = await Promise.all([
    prisma.user.findMany({ where: { disabledAt: null, roles: { some: { role: { in: ['STAFF', 'ADMIN'] } } } }, select: { id: true, name: true }, orderBy: { name: 'asc' }, take: 1000 }),
    prisma.mentor.findMany({ where: { status: 'APPROVED', user: { disabledAt: null } }, select: { userId: true, displayName: true }, orderBy: { displayName: 'asc' }, take: 500 }),
  ])
  const out: ReviewerCandidate[] = []
  for (const m of mentors) if (!skip.has(m.userId)) out.push({ userId: m.userId, name: m.displayName, kind: 'MENTOR' })
  for (const s of staff) if (!skip.has(s.id) && !out.some(o => o.userId === s.id)) out.push({ userId: s.id, name: s.name, kind: 'STAFF' })
  return out
}

export async function assignReviewer(staff: PublicUser, nominationId: string, userId: string): Promise<{ id: string }> {
  try {
    return await prisma.$transaction(async (tx) => {
      const n = await lockNomination(tx, nominationId)
      const r = await loadRound(tx, n.roundId)
      if (!['NOMINATING', 'REVIEW'].includes(r.phase) || n.status !== 'NOMINATED') throw new AppError('phase_closed')
      const reviewer = await tx.user.findFirst({
        where: { id: userId, disabledAt: null, OR: [{ roles: { some: { role: { in: ['STAFF', 'ADMIN'] } } } }, { mentorProfile: { status: 'APPROVED' } }] },
        select: { id: true, name: true, email: true, locale: true },
      })
      if (!reviewer) throw new AppError('validation', { userId: 'validation.invalid' })
      if (userId === n.nomineeId || userId === n.nominatorId || (await linkedToNominee(tx, n.nomineeId)).has(userId)) throw new AppError('reviewer_conflict')
      const review = await tx.awardReview.create({ data: { nominationId, reviewerId: userId, assignedById: staff.id }, select: { id: true } })
      await recordEvent(tx, 'nomination', nominationId, { action: 'reviewer_assigned', actorId: staff.id, payload: { reviewerId: userId } })
      await audit({ action: 'award.reviewer_assigned', actorId: staff.id, subjectId: userId, meta: { nominationId } }, tx)
      const c = categoryOf(rulesOf(r), n.category)
      await tellAward(tx, reviewer, 'reviewerAssigned', perLocale(l => ({ round: title(r, l), category: c?.name[l] ?? n.category, nominee: n.nominee.name, until: formatDateTime(r.reviewClosesAt, l) })), `/awards/reviews/${nominationId}`)
      return review
    }, AWARD_TX)
  }
  catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict')
    throw error
  }
}

/**
 * PUT /api/nominations/:id/score: a reviewer's rubric scores and comment, once (they see the
 * others' scores only after submitting, so a submitted score is final).
 */
export async function scoreNomination(user: PublicUser, nominationId: string, input: ScoreInput): Promise<{ id: string, total: number, percent: number }> {
  return prisma.$transaction(async (tx) => {
    const n = await lockNomination(tx, nominationId)
    const review = await tx.awardReview.findUnique({ where: { nominationId_reviewerId: { nominationId, reviewerId: user.id } }, select: { id: true, submittedAt: true } })
    if (!review) throw new AppError('forbidden')
    if ((await linkedToNominee(tx, n.nomineeId)).has(user.id)) throw new AppError('reviewer_excluded')
    const r = await loadRound(tx, n.roundId)
    if (roundLifecycle.refusal('score', r.phase, 'person', { openObjections: 0 }) || n.status !== 'NOMINATED') throw new AppError('phase_closed')
    if (review.submittedAt) throw new AppError('already_reviewed')
    const rubric = rulesOf(r).rubric
    const bad = invalidScores(input.scores, rubric)
    if (bad.length) {
      throw new AppError('validation', Object.fromEntries(bad.map((code) => {
        const max = rubric.find(c => c.code === code)?.max
        return [`scores.${code}`, max === undefined ? 'validation.invalid' : { key: 'validation.maxValue', params: { max } }]
      })))
    }
    const total = rubricTotal(input.scores, rubric)
    await tx.awardReview.update({ where: { id: review.id }, data: { scores: input.scores, total, comment: input.comment, submittedAt: new Date() } })
    await recordEvent(tx, 'nomination', nominationId, { action: 'scored', actorId: user.id, payload: { reviewId: review.id } })
    return { id: review.id, total, percent: Math.round(reviewPercent(input.scores, rubric) * 100) / 100 }
  }, AWARD_TX)
}

/** An objection to a shortlisted nominee during the notice; it goes to staff. */
export async function object(user: PublicUser, roundId: string, input: ObjectionCreateInput): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const r = await loadRound(tx, roundId)
    if (roundLifecycle.refusal('object', r.phase, 'person', { openObjections: 0 })) throw new AppError('phase_closed')
    const n = await tx.awardNomination.findFirst({ where: { id: input.nominationId, roundId, status: 'SHORTLISTED' }, select: { id: true } })
    if (!n) throw new AppError('not_found')
    const o = await tx.awardObjection.create({ data: { roundId, nominationId: n.id, authorId: user.id, body: input.body }, select: { id: true } })
    await recordEvent(tx, 'nomination', n.id, { action: 'objected', actorId: user.id, payload: { objectionId: o.id } })
    return o
  }, AWARD_TX)
}

/** Staff decide an objection: upheld takes the nominee off the shortlist. The objector is told. */
export async function decideObjection(staff: PublicUser, objectionId: string, input: ObjectionDecisionInput): Promise<{ id: string, decision: string }> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "AwardObjection" WHERE id = ${objectionId}::uuid FOR UPDATE`
    const o = await tx.awardObjection.findUnique({ where: { id: objectionId }, select: { id: true, roundId: true, nominationId: true, decidedAt: true, author: { select: { id: true, name: true, email: true, locale: true } } } })
    if (!o) throw new AppError('not_found')
    if (o.decidedAt) throw new AppError('invalid_transition')
    const r = await loadRound(tx, o.roundId)
    if (r.phase === 'PUBLISHED') throw new AppError('phase_closed')
    await tx.awardObjection.update({ where: { id: o.id }, data: { decision: input.decision, outcome: input.reason, decidedById: staff.id, decidedAt: new Date() } })
    if (input.decision === 'UPHELD') {
      const n = await lockNomination(tx, o.nominationId)
      decide(nominationLifecycle.refusal('disqualify', n.status, 'staff', { eligible: true }))
      await tx.awardNomination.update({ where: { id: n.id }, data: { status: 'DISQUALIFIED' } })
      await recordEvent(tx, 'nomination', n.id, { action: 'disqualified', from: n.status, to: 'DISQUALIFIED', actorId: staff.id, reason: input.reason, payload: { objectionId: o.id } })
      const c = categoryOf(rulesOf(r), n.category)
      const vars = perLocale(l => ({ round: title(r, l), category: c?.name[l] ?? n.category, nominee: n.nominee.name }))
      await tellAward(tx, n.nominee, 'disqualified', vars, nominationPath(n.id))
      if (n.nominatorId !== n.nomineeId) await tellAward(tx, n.nominator, 'disqualified', vars, nominationPath(n.id))
    }
    else {
      await recordEvent(tx, 'nomination', o.nominationId, { action: 'objection_dismissed', actorId: staff.id, reason: input.reason, payload: { objectionId: o.id } })
    }
    await audit({ action: 'award.objection_decided', actorId: staff.id, subjectId: o.author.id, meta: { objectionId: o.id, decision: input.decision } }, tx)
    await tellAward(tx, o.author, 'objectionDecided', perLocale(l => ({ round: title(r, l), decision: awardText(l, `decision.${input.decision}`) })), roundPath(r.id))
    return { id: o.id, decision: input.decision }
  }, AWARD_TX)
}
