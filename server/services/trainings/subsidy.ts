import type { PublicUser } from '#shared/types/user'
import type { SubsidyRow } from '#shared/types/training'
import { trainingRulesOn } from '#shared/data/training-rules'
import { trainingSubsidy } from '#shared/utils/enrolments'
import { zonedDate } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { bi } from './view'
import { staffCities } from '../reference'

/**
 * The training subsidy (创业培训补贴), computed on read from the rules of the certificate's day
 * and the trainee's case: full when an opening is recorded in the window, reduced once the
 * window passed without one, pending meanwhile — so the status changes by itself the moment an
 * opening is recorded. One subsidy per person per programme: a later certificate of the same
 * programme carries none. Listed for staff per institution and month, with the evidence each
 * line needs.
 */
const rowSelect = {
  code: true, issuedOn: true, revokedAt: true, enrolmentId: true,
  enrolment: {
    select: {
      userId: true, programme: true, category: true, planGrade: true,
      user: { select: { name: true } },
      attendances: { select: { lessonId: true } },
      offering: { select: { startsAt: true, institution: { select: { nameZh: true, nameEn: true } }, _count: { select: { lessons: true } } } },
    },
  },
} satisfies Prisma.CertificateSelect

export async function subsidyList(user: PublicUser, q: { institution?: string, month?: string }, now = new Date()): Promise<SubsidyRow[]> {
  const cities = await staffCities(user)
  const certs = await prisma.certificate.findMany({
    where: {
      ...(q.month ? { issuedOn: { startsWith: q.month } } : {}),
      enrolment: { offering: { kind: 'TRAINING', ...(q.institution ? { institutionId: q.institution } : {}), ...(cities ? { city: { code: { in: cities } } } : {}) } },
    },
    orderBy: [{ issuedOn: 'asc' }, { code: 'asc' }],
    take: 5000,
    select: rowSelect,
  })
  const userIds = [...new Set(certs.map(c => c.enrolment.userId))]
  const [openings, earlier] = await Promise.all([
    prisma.case.findMany({ where: { ownerId: { in: userIds }, openedOn: { not: null } }, select: { ownerId: true, openedOn: true }, orderBy: { openedOn: 'asc' } }),
    // every subsidisable certificate of these people, to find each person's first per programme
    prisma.certificate.findMany({ where: { revokedAt: null, enrolment: { userId: { in: userIds }, category: { not: null } } }, select: { code: true, issuedOn: true, enrolment: { select: { userId: true, programme: true } } }, orderBy: [{ issuedOn: 'asc' }, { createdAt: 'asc' }] }),
  ])
  const openedOn = new Map<string, string>()
  for (const o of openings) if (!openedOn.has(o.ownerId)) openedOn.set(o.ownerId, o.openedOn!)
  const first = new Map<string, string>()
  for (const c of earlier) {
    const key = `${c.enrolment.userId}:${c.enrolment.programme}`
    if (!first.has(key)) first.set(key, c.code)
  }
  const today = zonedDate(now)
  return certs.map((c) => {
    const e = c.enrolment
    const firstCode = first.get(`${e.userId}:${e.programme}`)
    const s = trainingSubsidy({
      programme: e.programme ?? '',
      category: e.category,
      startedOn: zonedDate(e.offering.startsAt),
      certificateOn: c.issuedOn,
      openedOn: openedOn.get(e.userId) ?? null,
      earlierSubsidised: !!firstCode && firstCode !== c.code,
      revoked: !!c.revokedAt,
      today,
    }, trainingRulesOn(c.issuedOn))
    return {
      enrolmentId: c.enrolmentId,
      certificateCode: c.code,
      name: e.user.name,
      programme: e.programme ?? '',
      institution: e.offering.institution ? bi(e.offering.institution.nameZh, e.offering.institution.nameEn) : null,
      issuedOn: c.issuedOn,
      ...s,
      evidence: { roster: true, attendance: `${e.attendances.length}/${e.offering._count.lessons}`, certificate: !c.revokedAt, planGrade: e.planGrade },
    }
  })
}
