import type { PublicUser } from '#shared/types/user'
import type { CaseCreated } from '#shared/types/case'
import type { AdviserInput, CaseCreateInput, StageActionInput } from '#shared/schemas/case'
import type { ServiceStageCode } from '#shared/utils/stages'
import { SERVICE_STAGE_CODES } from '#shared/utils/stages'
import type { Prisma } from '../../generated/prisma/client'
import { isUniqueViolation, prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { recordEvent } from '../../utils/events'
import type { LifecycleEvent } from '../../utils/events'
import type { CaseStatus } from '../../generated/prisma/enums'
import { siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'
import { categoryIdOf, cityIdOf } from '../reference'
import { caseFor } from './access'
import type { CaseRole } from './rules'
import { caseLifecycle, currentStage, stageLifecycle, stageRefusal } from './rules'
import { caseFacts, stageViews } from './queries'

/**
 * Changes to a case, one transaction each. Every change is an event on the case's timeline
 * and moves its last-activity time (stalled cases: none for 30 days); stage changes keep the
 * case's current stage in step.
 */
type Tx = Prisma.TransactionClient

/** Records an event on the case, bumps its activity, and refreshes its current stage. */
export async function caseActivity(tx: Tx, caseId: string, event: LifecycleEvent<CaseStatus>): Promise<void> {
  await recordEvent(tx, 'case', caseId, event)
  const stages = await tx.caseStage.findMany({ where: { caseId }, select: { stage: true, status: true } })
  await tx.case.update({ where: { id: caseId }, data: { lastActivityAt: new Date(), currentStage: currentStage(stages) } })
}

/** Moves a stage on (by the system: a plan version completes PLAN, an assessment RISK, the opening OPENING). */
export async function setStage(tx: Tx, caseId: string, stage: ServiceStageCode, action: 'start' | 'complete', actorId: string | null, payload: Record<string, string | number> = {}): Promise<void> {
  const s = await tx.caseStage.findUniqueOrThrow({ where: { caseId_stage: { caseId, stage } }, select: { status: true } })
  const rule = stageLifecycle.find(action, s.status, 'system', undefined)
  if (!rule?.to) return
  const now = new Date()
  await tx.caseStage.update({ where: { caseId_stage: { caseId, stage } }, data: { status: rule.to, ...(rule.to === 'IN_PROGRESS' ? { startedAt: now } : {}), ...(rule.to === 'COMPLETED' ? { completedAt: now } : {}) } })
  await caseActivity(tx, caseId, { action: rule.event, actorId, payload: { stage, ...payload } })
}

/** Throws unless this role may take this action on the case now (403 never, 409 not in this state). */
async function authorise(tx: Tx, user: PublicUser, id: string, action: Parameters<typeof caseLifecycle.refusal>[0], purpose?: string): Promise<{ role: CaseRole, status: CaseStatus, ownerId: string }> {
  const { role } = await caseFor(tx, user, id, { purpose: purpose ?? action })
  const c = await tx.case.findUniqueOrThrow({ where: { id }, select: { status: true, ownerId: true } })
  const refusal = caseLifecycle.refusal(action, c.status, role, undefined)
  if (refusal === 'forbidden') throw new AppError('forbidden')
  if (refusal) throw new AppError('invalid_transition')
  return { role, status: c.status, ownerId: c.ownerId }
}

/**
 * Opens a case from a library project or an own idea. One open case per person (409
 * `case_open`; a partial unique index holds it under any concurrency). From a project, the
 * project stage is done: the person chose it.
 */
export async function createCase(user: PublicUser, input: CaseCreateInput): Promise<CaseCreated> {
  let data: { title: string, categoryId: number, cityId: number | null, projectId: string | null, legalForm: Prisma.CaseCreateInput['legalForm'] }
  if ('projectId' in input) {
    const p = await prisma.project.findFirst({ where: { id: input.projectId, status: 'PUBLISHED' }, select: { id: true, title: true, categoryId: true, cityId: true } })
    if (!p) throw new AppError('validation', { projectId: 'validation.invalid' })
    data = { title: p.title, categoryId: p.categoryId, cityId: p.cityId ?? await cityIdOf(user.cityCode, { provinceWide: true }).catch(() => null), projectId: p.id, legalForm: input.legalForm ?? 'INDIVIDUAL_BUSINESS' }
  }
  else {
    const [categoryId, cityId] = await Promise.all([categoryIdOf(input.idea.category, 'idea.category'), cityIdOf(input.idea.city, { field: 'idea.city' })])
    data = { title: input.idea.title, categoryId, cityId, projectId: null, legalForm: input.legalForm }
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const c = await tx.case.create({
        data: {
          ...data, ownerId: user.id,
          stages: { create: SERVICE_STAGE_CODES.map(stage => ({ stage, ...(stage === 'PROJECT' ? (data.projectId ? { status: 'COMPLETED' as const, completedAt: new Date() } : { status: 'IN_PROGRESS' as const, startedAt: new Date() }) : {}) })) },
        },
        select: { id: true },
      })
      await caseActivity(tx, c.id, { action: 'created', to: 'OPEN', actorId: user.id, payload: { title: data.title, ...(data.projectId ? { projectId: data.projectId } : {}) } })
      const row = await tx.case.findUniqueOrThrow({ where: { id: c.id }, select: { stages: { select: { stage: true, status: true, note: true, completedAt: true } }, plan: { select: { startupTotal: true } }, openedOn: true } })
      return { id: c.id, stages: stageViews(row).map(s => ({ code: s.code, status: s.status })) }
    })
  }
  catch (error) {
    if (isUniqueViolation(error)) throw new AppError('case_open')
    throw error
  }
}

/** The owner marks a stage done, skips it (with why) or takes it up again; the table in rules.ts decides. */
export async function actOnStage(user: PublicUser, id: string, stage: ServiceStageCode, input: StageActionInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await authorise(tx, user, id, 'edit')
    const c = await tx.case.findUniqueOrThrow({ where: { id }, select: { openedOn: true, plan: { select: { startupTotal: true } }, stages: { where: { stage }, select: { status: true } } } })
    const stored = c.stages[0]?.status ?? 'NOT_STARTED'
    const refusal = stageRefusal(stage, input.action, stored, caseFacts(c))
    if (refusal === 'forbidden') throw new AppError('forbidden')
    if (refusal) throw new AppError('invalid_transition')
    const rule = stageLifecycle.find(input.action, stored, 'owner', undefined)!
    const now = new Date()
    await tx.caseStage.update({
      where: { caseId_stage: { caseId: id, stage } },
      data: { status: rule.to, note: input.action === 'skip' ? input.reason : null, ...(rule.to === 'COMPLETED' ? { completedAt: now } : { completedAt: null }) },
    })
    await caseActivity(tx, id, { action: rule.event, actorId: user.id, reason: input.action === 'skip' ? input.reason : null, payload: { stage } })
  })
}

/** The owner closes (or abandons) the case, or staff close it; closed cases stay readable. */
export async function endCase(user: PublicUser, id: string, action: 'close' | 'abandon', reason: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { status, role } = await authorise(tx, user, id, action)
    const rule = caseLifecycle.find(action, status, role, undefined)!
    const done = await tx.case.updateMany({ where: { id, status: { in: caseLifecycle.fromStatuses(action, role) } }, data: { status: rule.to, closedAt: new Date(), closedReason: reason } })
    if (!done.count) throw new AppError('invalid_transition')
    await caseActivity(tx, id, { action: rule.event, from: status, to: rule.to, actorId: user.id, reason })
    // the check-ins still to come are not sent for a case that ended
    await tx.checkIn.updateMany({ where: { caseId: id, status: 'SCHEDULED' }, data: { status: 'MISSED' } })
  })
}

export async function addComment(user: PublicUser, id: string, input: { body: string, planVersion?: number, section?: string | null }): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    await authorise(tx, user, id, 'comment')
    if (input.planVersion && !(await tx.planVersion.findUnique({ where: { caseId_number: { caseId: id, number: input.planVersion } }, select: { id: true } }))) {
      throw new AppError('validation', { planVersion: 'validation.invalid' })
    }
    const c = await tx.caseComment.create({ data: { caseId: id, authorId: user.id, body: input.body, planVersion: input.planVersion ?? null, section: input.section ?? null }, select: { id: true } })
    await caseActivity(tx, id, { action: 'comment', actorId: user.id, payload: { commentId: c.id, ...(input.planVersion ? { planVersion: input.planVersion } : {}), ...(input.section ? { section: input.section } : {}) } })
    return c
  })
}

export async function resolveComment(user: PublicUser, id: string, commentId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await authorise(tx, user, id, 'comment')
    const done = await tx.caseComment.updateMany({ where: { id: commentId, caseId: id, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: user.id } })
    if (!done.count) throw new AppError('not_found')
    await caseActivity(tx, id, { action: 'comment_resolved', actorId: user.id, payload: { commentId } })
  })
}

async function mailAdviser(tx: Tx, caseId: string, adviserId: string, kind: 'invited' | 'assigned'): Promise<void> {
  const c = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { title: true, owner: { select: { name: true } } } })
  const adviser = await tx.user.findUniqueOrThrow({ where: { id: adviserId }, select: { name: true, email: true, locale: true } })
  const locale = fromDbLocale(adviser.locale)
  await enqueueMail(tx, { to: adviser.email, locale, template: 'caseAdviser', params: { name: adviser.name, ownerName: c.owner.name, title: c.title, kind, url: siteLink(locale, `/cases/${caseId}`) } })
}

/**
 * The owner asks a mentor to advise the case: a mentor they have had a session with becomes the
 * adviser at once; any other approved mentor who takes on cases (`acceptsAdvisees`) is invited and
 * decides. Staff assign an adviser (a mentor or a staff member of the city) directly.
 */
export async function chooseAdviser(user: PublicUser, id: string, who: AdviserInput | string): Promise<{ adviser: 'assigned' | 'invited' }> {
  return prisma.$transaction(async (tx) => {
    const adviserUserId = typeof who === 'string'
      ? who
      : 'userId' in who
        ? who.userId
        : (await tx.mentor.findUnique({ where: { id: who.mentorId }, select: { userId: true } }))?.userId
    if (!adviserUserId) throw new AppError('validation', { mentorId: 'validation.invalid' })
    const { role } = await caseFor(tx, user, id, { purpose: 'adviser' })
    const action = role === 'staff' ? 'assign_adviser' : 'invite_adviser'
    const { ownerId } = await authorise(tx, user, id, action)
    if (adviserUserId === ownerId) throw new AppError('validation', { userId: 'validation.invalid' })
    const candidate = await tx.user.findUnique({ where: { id: adviserUserId }, select: { id: true, roles: { select: { role: true } }, mentorProfile: { select: { status: true, acceptsAdvisees: true } } } })
    const isMentor = candidate?.mentorProfile?.status === 'APPROVED'
    const isStaff = !!candidate?.roles.some(r => r.role === 'STAFF')
    if (!candidate || !(isMentor || (role === 'staff' && isStaff))) throw new AppError('validation', { userId: 'validation.invalid' })
    // a mentor who does not take on cases is not invited by an entrepreneur (staff may still arrange it with them)
    if (role !== 'staff' && !candidate.mentorProfile?.acceptsAdvisees) throw new AppError('adviser_not_accepting')
    const booked = role === 'owner' && await tx.booking.count({ where: { entrepreneurId: ownerId, mentor: { userId: adviserUserId }, status: { in: ['ACCEPTED', 'COMPLETED'] } } }) > 0
    if (role === 'staff' || booked) {
      await tx.case.update({ where: { id }, data: { adviserId: adviserUserId, invitedAdviserId: null } })
      await caseActivity(tx, id, { action: role === 'staff' ? 'adviser_assigned' : 'adviser_chosen', actorId: user.id, payload: { adviserId: adviserUserId } })
      await mailAdviser(tx, id, adviserUserId, 'assigned')
      return { adviser: 'assigned' as const }
    }
    await tx.case.update({ where: { id }, data: { invitedAdviserId: adviserUserId } })
    await caseActivity(tx, id, { action: 'adviser_invited', actorId: user.id, payload: { adviserId: adviserUserId } })
    await mailAdviser(tx, id, adviserUserId, 'invited')
    return { adviser: 'invited' as const }
  })
}

/** The invited mentor accepts (becomes the adviser) or declines. */
export async function answerInvitation(user: PublicUser, id: string, accept: boolean): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await authorise(tx, user, id, 'accept_adviser')
    const done = await tx.case.updateMany({ where: { id, invitedAdviserId: user.id }, data: accept ? { adviserId: user.id, invitedAdviserId: null } : { invitedAdviserId: null } })
    if (!done.count) throw new AppError('not_found')
    await caseActivity(tx, id, { action: accept ? 'adviser_accepted' : 'adviser_declined', actorId: user.id, payload: { adviserId: user.id } })
  })
}

/** A booking, match-me request or enquiry made from inside a case: the case must be the person's own open one. */
export async function checkOwnOpenCase(tx: Tx, userId: string, caseId: string | undefined): Promise<string | null> {
  if (!caseId) return null
  const c = await tx.case.findFirst({ where: { id: caseId, ownerId: userId, status: 'OPEN' }, select: { id: true } })
  if (!c) throw new AppError('validation', { caseId: 'validation.invalid' })
  return c.id
}
