import { randomBytes } from 'node:crypto'
import type { PublicUser } from '#shared/types/user'
import type { OfferingCreateInput, OfferingPatchInput } from '#shared/schemas/training'
import type { OfferingView } from '#shared/types/training'
import { programmeOf, trainingRulesOn } from '#shared/data/training-rules'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { enqueueSearchSync } from '../../search/outbox'
import { cityIdOf, staffCities } from '../reference'
import type { OfferingRow, Tx } from '../enrolments/store'
import { ENROLMENT_TX, lockOffering, offeringSelect } from '../enrolments/store'
import { cancelEnrolmentsOf, setCapacity } from '../enrolments/commands'
import { offeringView } from './queries'
import { holdImages } from '../images'
import { pictureIds } from '#shared/utils/images'
import { canManage } from './access'

/**
 * Sessions (班期) and events as staff manage them: created as drafts with their lessons,
 * published (then listed and searchable), changed (capacity never below the places taken; a
 * larger one offers the new places to the queue at once), cancelled (everyone told).
 * Staff work within their city (province-wide staff everywhere); trainers see their own.
 */
async function checkStaffCity(user: PublicUser, city: string): Promise<void> {
  const mine = await staffCities(user)
  if (mine && !mine.includes(city)) throw new AppError('validation', { city: 'validation.outsideYourCity' })
}

async function checkInstitutionAndTrainers(tx: Tx, institutionId: string | null | undefined, trainerIds: string[]): Promise<void> {
  if (institutionId) {
    const org = await tx.organisation.findUnique({ where: { id: institutionId }, select: { kind: true } })
    if (org?.kind !== 'INSTITUTION') throw new AppError('validation', { institutionId: 'validation.organisationRequired' })
  }
  if (!trainerIds.length) return
  const trainers = await tx.userRole.findMany({ where: { userId: { in: trainerIds }, role: 'TRAINER' }, select: { userId: true, organisationId: true } })
  const ok = trainerIds.every(id => trainers.some(t => t.userId === id && (!institutionId || t.organisationId === institutionId)))
  if (!ok) throw new AppError('validation', { trainerIds: 'validation.trainerOfInstitution' })
}

export async function createOffering(user: PublicUser, input: OfferingCreateInput): Promise<{ id: string, status: string }> {
  await checkStaffCity(user, input.city)
  const cityId = (await cityIdOf(input.city, { field: 'city' }))!
  const course = input.kind === 'TRAINING' ? await prisma.course.findUnique({ where: { id: input.courseId }, select: { id: true, programme: true } }) : null
  if (input.kind === 'TRAINING' && !course) throw new AppError('validation', { courseId: 'validation.invalid' })
  const lessons = [...input.lessons].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  const startsAt = new Date(lessons[0]!.startsAt)
  const endsAt = new Date(Math.max(...lessons.map(l => Date.parse(l.endsAt))))
  if (Date.parse(input.enrolClosesAt) > startsAt.getTime()) throw new AppError('validation', { enrolClosesAt: 'validation.closesAfterStart' })
  const rules = trainingRulesOn()
  return prisma.$transaction(async (tx) => {
    await checkInstitutionAndTrainers(tx, input.institutionId, input.trainerIds)
    const o = await tx.offering.create({
      data: {
        kind: input.kind,
        courseId: course?.id ?? null,
        programme: course?.programme ?? null,
        eventType: input.kind === 'EVENT' ? input.eventType : null,
        institutionId: input.institutionId ?? null,
        titleZh: input.titleZh, titleEn: input.titleEn, bodyZh: input.bodyZh ?? '', bodyEn: input.bodyEn ?? '',
        cityId, online: input.online, venue: input.venue, onlineUrl: input.onlineUrl,
        capacity: input.capacity, enrolOpensAt: new Date(input.enrolOpensAt), enrolClosesAt: new Date(input.enrolClosesAt),
        offerHours: input.offerHours ?? rules.defaultOfferHours, startsAt, endsAt, createdById: user.id,
        lessons: {
          create: lessons.map((l, position) => ({
            position, startsAt: new Date(l.startsAt), endsAt: new Date(l.endsAt), topicZh: l.topicZh, topicEn: l.topicEn,
            minutes: l.minutes ?? Math.round((Date.parse(l.endsAt) - Date.parse(l.startsAt)) / 60_000),
            codeSecret: randomBytes(32),
          })),
        },
        trainers: { create: input.trainerIds.map(userId => ({ userId })) },
      },
      select: { id: true, status: true },
    })
    return o
  })
}

async function managedForUpdate(tx: Tx, user: PublicUser, id: string): Promise<OfferingRow> {
  const o = await lockOffering(tx, id)
  if (!o || !user.roles.includes('STAFF') || !await canManage(tx, user, o)) throw new AppError('not_found')
  return o
}

export async function publishOffering(user: PublicUser, id: string): Promise<OfferingView> {
  await prisma.$transaction(async (tx) => {
    const o = await managedForUpdate(tx, user, id)
    if (o.status !== 'DRAFT') throw new AppError('invalid_transition')
    await tx.offering.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: new Date() } })
    await enqueueSearchSync(tx, 'offering', [id])
  }, ENROLMENT_TX)
  return offeringView(user, id)
}

export async function updateOffering(user: PublicUser, id: string, patch: OfferingPatchInput, now = new Date()): Promise<OfferingView> {
  await prisma.$transaction(async (tx) => {
    const o = await managedForUpdate(tx, user, id)
    if (o.status === 'CANCELLED') throw new AppError('invalid_transition')
    const { capacity, enrolClosesAt, ...rest } = patch
    if (enrolClosesAt && Date.parse(enrolClosesAt) > o.startsAt.getTime()) throw new AppError('validation', { enrolClosesAt: 'validation.closesAfterStart' })
    await tx.offering.update({ where: { id }, data: { ...rest, ...(enrolClosesAt ? { enrolClosesAt: new Date(enrolClosesAt) } : {}) } })
    // pictures the report shows (uploaded through the one pipeline) are kept by the cleanup from now on
    const pictures = pictureIds(`${rest.reportZh ?? ''}\n${rest.reportEn ?? ''}`)
    if (pictures.length) await holdImages(tx, (await tx.image.findMany({ where: { id: { in: pictures }, ownerId: user.id }, select: { id: true } })).map(i => i.id))
    if (capacity !== undefined && capacity !== o.capacity) await setCapacity(tx, o, capacity, now)
    await enqueueSearchSync(tx, 'offering', [id])
  }, ENROLMENT_TX)
  return offeringView(user, id)
}

export async function cancelOffering(user: PublicUser, id: string): Promise<OfferingView> {
  await prisma.$transaction(async (tx) => {
    const o = await managedForUpdate(tx, user, id)
    if (o.status !== 'PUBLISHED' && o.status !== 'DRAFT') throw new AppError('invalid_transition')
    await cancelEnrolmentsOf(tx, o, user.id)
    await tx.offering.update({ where: { id }, data: { status: 'CANCELLED' } })
    await enqueueSearchSync(tx, 'offering', [id])
  }, ENROLMENT_TX)
  return offeringView(user, id)
}

export async function listCourses(): Promise<{ id: string, code: string, programme: string, title: { 'zh-CN': string, 'en': string }, requiredMinutes: number | null }[]> {
  const rows = await prisma.course.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true, programme: true, titleZh: true, titleEn: true } })
  return rows.map(r => ({ id: r.id, code: r.code, programme: r.programme, title: { 'zh-CN': r.titleZh, 'en': r.titleEn }, requiredMinutes: programmeOf(r.programme)?.requiredMinutes ?? null }))
}

/** What the staff form offers: training institutions (承训机构) and the trainers tied to each. */
export async function trainingOptions(): Promise<{ institutions: { id: string, name: { 'zh-CN': string, 'en': string }, cityCodes: string[] }[], trainers: { id: string, name: string, institutionId: string | null }[] }> {
  const [orgs, roles] = await Promise.all([
    prisma.organisation.findMany({ where: { kind: 'INSTITUTION' }, orderBy: { nameZh: 'asc' }, select: { id: true, nameZh: true, nameEn: true, cityCodes: true } }),
    prisma.userRole.findMany({ where: { role: 'TRAINER', user: { disabledAt: null } }, select: { organisationId: true, user: { select: { id: true, name: true } } }, orderBy: { user: { name: 'asc' } } }),
  ])
  return {
    institutions: orgs.map(o => ({ id: o.id, name: { 'zh-CN': o.nameZh, 'en': o.nameEn }, cityCodes: o.cityCodes })),
    trainers: roles.map(r => ({ id: r.user.id, name: r.user.name, institutionId: r.organisationId })),
  }
}

export { offeringSelect }
