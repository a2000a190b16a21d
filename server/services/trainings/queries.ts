import type { PublicUser } from '#shared/types/user'
import type { EnrolmentListItem, ManagedOffering, MyEnrolment, OfferingKindCode, OfferingView, RosterRow } from '#shared/types/training'
import { programmeOf } from '#shared/data/training-rules'
import { completionGaps } from '#shared/utils/enrolments'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { renderMarkdown } from '../../utils/markdown'
import { enrolmentFacts, enrolmentLifecycle, isEnrolmentAction } from '../enrolments/rules'
import type { OfferingRow } from '../enrolments/store'
import { firstLessonAt, offeringSelect, positionOf } from '../enrolments/store'
import { canManage } from './access'
import { bi, toCard, toLessons } from './view'

/** Reads of sessions and events: public once published; drafts only for the people who manage them. */
type Db = typeof prisma

const myEnrolmentSelect = {
  id: true, status: true, waitSeq: true, offerExpiresAt: true, offeringId: true,
  attendances: { select: { lesson: { select: { minutes: true } } } },
  certificate: { select: { code: true } },
} satisfies Prisma.EnrolmentSelect
type MyEnrolmentRow = Prisma.EnrolmentGetPayload<{ select: typeof myEnrolmentSelect }>

async function rated(userId: string, kind: OfferingKindCode, offeringId: string): Promise<boolean> {
  return !!await prisma.rating.findUnique({ where: { serviceType_serviceId_userId: { serviceType: kind, serviceId: offeringId, userId } }, select: { id: true } })
}

async function toMine(e: MyEnrolmentRow, o: OfferingRow, userId: string, now: Date): Promise<MyEnrolment> {
  const attendedMinutes = e.attendances.reduce((n, a) => n + a.lesson.minutes, 0)
  const facts = enrolmentFacts({ offerExpiresAt: e.offerExpiresAt, rated: await rated(userId, o.kind, o.id), attended: attendedMinutes > 0 || e.attendances.length > 0 }, firstLessonAt(o), now)
  return {
    id: e.id,
    status: e.status,
    position: e.status === 'WAITLISTED' && e.waitSeq !== null ? await positionOf(prisma, o.id, e.waitSeq) : null,
    offerExpiresAt: e.status === 'OFFERED' ? e.offerExpiresAt?.toISOString() ?? null : null,
    actions: enrolmentLifecycle.actionsFor(e.status, 'trainee', facts).filter(isEnrolmentAction),
    attendedMinutes,
    certificateCode: e.certificate?.code ?? null,
  }
}

export async function offeringView(user: PublicUser | null, id: string, kind?: OfferingKindCode, now = new Date()): Promise<OfferingView> {
  const o = await prisma.offering.findUnique({ where: { id }, select: offeringSelect })
  if (!o || (kind && o.kind !== kind)) throw new AppError('not_found')
  const manages = !!user && await canManage(prisma, user, o)
  if (o.status === 'DRAFT' && !manages) throw new AppError('not_found')
  const mineRow = user ? await prisma.enrolment.findFirst({ where: { offeringId: id, userId: user.id }, orderBy: { createdAt: 'desc' }, select: myEnrolmentSelect }) : null
  const mine = mineRow && user ? await toMine(mineRow, o, user.id, now) : null
  const programme = o.programme ? programmeOf(o.programme) : null
  return {
    ...toCard(o),
    status: o.status,
    body: bi(o.bodyZh, o.bodyEn),
    venue: o.venue,
    onlineUrl: manages || mine?.status === 'CONFIRMED' ? o.onlineUrl : null,
    offerHours: o.offerHours,
    requiredMinutes: programme?.requiredMinutes ?? null,
    requiresCategory: !!o.course?.requiresCategory,
    lessons: toLessons(o),
    mine,
    report: o.reportZh || o.reportEn ? bi(o.reportZh ?? '', o.reportEn ?? '') : null,
    reportHtml: o.reportZh || o.reportEn ? bi(renderMarkdown(o.reportZh || o.reportEn || ''), renderMarkdown(o.reportEn || o.reportZh || '')) : null,
    attendance: o.attendance,
    manages,
  }
}

export async function myEnrolments(user: PublicUser, now = new Date()): Promise<EnrolmentListItem[]> {
  const rows = await prisma.enrolment.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'desc' }, take: 100, select: { ...myEnrolmentSelect, offering: { select: offeringSelect } } })
  return Promise.all(rows.map(async r => ({ ...await toMine(r, r.offering, user.id, now), offering: toCard(r.offering) })))
}

/** The class roster (花名册) with attendance and what each still lacks — for the session's trainers and staff. */
export async function roster(user: PublicUser, id: string, db: Db = prisma): Promise<{ rows: RosterRow[], lessons: ReturnType<typeof toLessons> }> {
  const o = await db.offering.findUnique({ where: { id }, select: offeringSelect })
  if (!o || !await canManage(db, user, o)) throw new AppError('not_found')
  const programme = o.programme ? programmeOf(o.programme) : null
  const rows = await db.enrolment.findMany({
    where: { offeringId: id, status: { in: ['CONFIRMED', 'WAITLISTED', 'OFFERED', 'COMPLETED', 'NOT_COMPLETED'] } },
    orderBy: [{ status: 'asc' }, { waitSeq: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, status: true, waitSeq: true, planGrade: true, user: { select: { name: true } }, attendances: { select: { lessonId: true, lesson: { select: { minutes: true } } } }, certificate: { select: { code: true } } },
  })
  const waitingSeqs = rows.filter(r => r.status === 'WAITLISTED' && r.waitSeq !== null).map(r => r.waitSeq!)
  return {
    lessons: toLessons(o),
    rows: rows.map((r) => {
      const attendedMinutes = r.attendances.reduce((n, a) => n + a.lesson.minutes, 0)
      return {
        enrolmentId: r.id,
        name: r.user.name,
        status: r.status,
        position: r.status === 'WAITLISTED' && r.waitSeq !== null ? waitingSeqs.filter(s => s < r.waitSeq!).length + 1 : null,
        attendedMinutes,
        lessons: r.attendances.map(a => a.lessonId),
        planGrade: r.planGrade,
        gaps: programme ? completionGaps({ attendedMinutes, requiredMinutes: programme.requiredMinutes, needsPlanGrade: programme.needsPlanGrade, planGrade: r.planGrade }) : [],
        certificateCode: r.certificate?.code ?? null,
      }
    }),
  }
}

/** Sessions and events a trainer trains, or a staff member's city's, newest first (drafts included). */
export async function managedOfferings(user: PublicUser): Promise<ManagedOffering[]> {
  const where: Prisma.OfferingWhereInput = user.roles.includes('STAFF') ? {} : { trainers: { some: { userId: user.id } } }
  const rows = await prisma.offering.findMany({ where, orderBy: { startsAt: 'desc' }, take: 200, select: offeringSelect })
  const visible = []
  for (const r of rows) if (await canManage(prisma, user, r)) visible.push({ ...toCard(r), status: r.status })
  return visible
}
