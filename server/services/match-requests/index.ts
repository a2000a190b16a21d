import type { PublicUser } from '#shared/types/user'
import type { MatchRequestView } from '#shared/types/match-request'
import type { MatchRequestInput } from '#shared/schemas/match-request'
import type { MatchStatusCode } from '#shared/utils/match-requests'
import { codeLabels } from '#shared/i18n/codes'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'
import { categoryIdOf, cityIdOf } from '../reference'
import { caseActivity, checkOwnOpenCase } from '../cases/commands'
import { matchLifecycle } from './rules'

/**
 * 帮我匹配: an entrepreneur who does not know whom to pick describes the need; staff see the
 * queue and assign a mentor; both are mailed; the entrepreneur sees the suggestion and books.
 */
const matchSelect = {
  id: true, status: true, stage: true, industry: true, text: true, staffNote: true, createdAt: true, assignedAt: true,
  city: { select: { code: true } },
  entrepreneur: { select: { id: true, name: true } },
  mentor: { select: { id: true, displayName: true, title: true, organisation: true } },
} satisfies Prisma.MatchRequestSelect

function toView(m: Prisma.MatchRequestGetPayload<{ select: typeof matchSelect }>): MatchRequestView {
  return {
    id: m.id, status: m.status, stage: m.stage, industry: m.industry, city: m.city?.code ?? null, text: m.text,
    entrepreneur: m.entrepreneur, mentor: m.mentor, staffNote: m.staffNote, createdAt: m.createdAt.toISOString(), assignedAt: m.assignedAt?.toISOString() ?? null,
  }
}

export async function createMatchRequest(user: PublicUser, input: MatchRequestInput): Promise<MatchRequestView> {
  if (input.industry) await categoryIdOf(input.industry, 'industry')
  const cityId = await cityIdOf(input.cityCode)
  return prisma.$transaction(async (tx) => {
    const caseId = await checkOwnOpenCase(tx, user.id, input.caseId)
    const m = await tx.matchRequest.create({ data: { entrepreneurId: user.id, stage: input.stage, industry: input.industry, cityId, text: input.text, caseId }, select: matchSelect })
    if (caseId) await caseActivity(tx, caseId, { action: 'match_requested', actorId: user.id, payload: { matchRequestId: m.id, stage: input.stage } })
    return toView(m)
  })
}

export async function listMyMatchRequests(user: PublicUser): Promise<{ items: MatchRequestView[] }> {
  const rows = await prisma.matchRequest.findMany({ where: { entrepreneurId: user.id }, orderBy: { createdAt: 'desc' }, take: 50, select: matchSelect })
  return { items: rows.map(toView) }
}

export async function listMatchQueue(status: MatchStatusCode): Promise<{ items: MatchRequestView[] }> {
  const rows = await prisma.matchRequest.findMany({ where: { status }, orderBy: { createdAt: 'asc' }, take: 200, select: matchSelect })
  return { items: rows.map(toView) }
}

export async function assignMatch(staff: PublicUser, id: string, input: { mentorId: string, note: string | null }): Promise<MatchRequestView> {
  return prisma.$transaction(async (tx) => {
    const req = await tx.matchRequest.findUnique({ where: { id }, select: { status: true, stage: true, text: true, entrepreneur: { select: { name: true, email: true, locale: true } } } })
    if (!req) throw new AppError('not_found')
    const rule = matchLifecycle.find('assign', req.status, 'staff', undefined)
    if (!rule) throw new AppError('invalid_transition')
    const mentor = await tx.mentor.findFirst({ where: { id: input.mentorId, status: 'APPROVED' }, select: { id: true, displayName: true, user: { select: { email: true, locale: true } } } })
    if (!mentor) throw new AppError('validation', { mentorId: 'validation.invalid' })
    const updated = await tx.matchRequest.update({
      where: { id }, data: { status: matchLifecycle.target(rule, req.status), mentorId: mentor.id, staffNote: input.note, assignedById: staff.id, assignedAt: new Date() }, select: matchSelect,
    })
    const common = { mentorName: mentor.displayName, entrepreneurName: req.entrepreneur.name, stage: codeLabels('stage', req.stage), text: req.text, note: input.note }
    const eLocale = fromDbLocale(req.entrepreneur.locale)
    await enqueueMail(tx, { to: req.entrepreneur.email, locale: eLocale, template: 'matchAssigned', params: { ...common, name: req.entrepreneur.name, forMentor: false, url: siteLink(eLocale, `/mentors/${mentor.id}`) } })
    const mLocale = fromDbLocale(mentor.user.locale)
    await enqueueMail(tx, { to: mentor.user.email, locale: mLocale, template: 'matchAssigned', params: { ...common, name: mentor.displayName, forMentor: true, url: siteLink(mLocale, '/bookings') } })
    return toView(updated)
  })
}

/** The entrepreneur closes a request (booked, or no longer needed). */
export async function closeMatchRequest(user: PublicUser, id: string): Promise<MatchRequestView> {
  const done = await prisma.matchRequest.updateMany({
    where: { id, entrepreneurId: user.id, status: { in: matchLifecycle.fromStatuses('close', 'entrepreneur') } },
    data: { status: 'CLOSED' },
  })
  if (!done.count) throw new AppError('not_found')
  return toView(await prisma.matchRequest.findUniqueOrThrow({ where: { id }, select: matchSelect }))
}
