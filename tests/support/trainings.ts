import type { EnrolResult, OfferingView } from '#shared/types/training'
import { db } from './db'
import type { TestUser } from './mentors'
import { createUser, token } from './mentors'

/** Sessions and events for tests: an institution, a trainer, and a published session made through the staff API. */
export interface TestSession { id: string, staff: TestUser, trainer: TestUser, institutionId: string, lessonIds: string[] }

const HOUR = 3_600_000

export async function createInstitution(): Promise<string> {
  const org = await db.organisation.create({ data: { kind: 'INSTITUTION', nameZh: `长春创业培训学校${token()}`, nameEn: `Changchun Start-up School ${token()}`, cityCodes: ['changchun'] }, select: { id: true } })
  return org.id
}

export async function createTrainer(institutionId: string): Promise<TestUser> {
  const trainer = await createUser({ prefix: 'trainer' })
  await db.userRole.create({ data: { userId: trainer.id, role: 'TRAINER', organisationId: institutionId } })
  return trainer
}

export interface SessionOptions {
  kind?: 'TRAINING' | 'EVENT'
  programme?: string
  capacity?: number
  /** hours from now to the first lesson */
  startsInHours?: number
  lessons?: number
  lessonHours?: number
  city?: string
  offerHours?: number
  staff?: TestUser
}

export async function createSession(opts: SessionOptions = {}): Promise<TestSession> {
  const staff = opts.staff ?? await createUser({ roles: ['STAFF'], prefix: 'staff' })
  const institutionId = await createInstitution()
  const trainer = await createTrainer(institutionId)
  const first = Date.now() + (opts.startsInHours ?? 72) * HOUR
  const lessonHours = opts.lessonHours ?? 3
  const lessons = Array.from({ length: opts.lessons ?? 2 }, (_, i) => ({
    startsAt: new Date(first + i * 24 * HOUR).toISOString(),
    endsAt: new Date(first + i * 24 * HOUR + lessonHours * HOUR).toISOString(),
    topicZh: `第 ${i + 1} 课：认识创业`, topicEn: `Lesson ${i + 1}: what starting up means`,
  }))
  const kind = opts.kind ?? 'TRAINING'
  const course = kind === 'TRAINING' ? await db.course.findUniqueOrThrow({ where: { code: opts.programme ?? 'GYB' }, select: { id: true } }) : null
  const body = {
    kind,
    ...(course ? { courseId: course.id } : { eventType: 'FORUM' }),
    titleZh: `${kind === 'TRAINING' ? 'GYB 创业意识培训班' : '青年创业论坛'} ${token()}`,
    titleEn: `${kind === 'TRAINING' ? 'GYB start-up class' : 'Young founders forum'} ${token()}`,
    bodyZh: '面向有创业意愿的城乡劳动者。', bodyEn: 'For anyone who wants to start a business.',
    city: opts.city ?? 'changchun', online: false, venue: '长春市人民大街 1000 号 3 楼',
    capacity: opts.capacity ?? 30,
    enrolOpensAt: new Date(Date.now() - HOUR).toISOString(),
    enrolClosesAt: new Date(first - HOUR).toISOString(),
    ...(opts.offerHours ? { offerHours: opts.offerHours } : {}),
    institutionId, trainerIds: [trainer.id], lessons,
  }
  const created = await staff.client.post<{ id: string, status: string }>('/api/staff/offerings', body)
  if (created.status !== 201) throw new Error(`session not created: ${created.status} ${JSON.stringify(created.body)}`)
  const published = await staff.client.post<OfferingView>(`/api/staff/offerings/${created.body.id}/publish`)
  if (published.status !== 200) throw new Error(`session not published: ${published.status} ${JSON.stringify(published.body)}`)
  return { id: created.body.id, staff, trainer, institutionId, lessonIds: published.body.lessons.map(l => l.id) }
}

export async function enrolIn(user: TestUser, sessionId: string, body: Record<string, unknown> = {}) {
  return user.client.post<EnrolResult & { code?: string }>(`/api/sessions/${sessionId}/enrolments`, body)
}

/** Moves a session's lessons so that the first one runs now (started `minutesAgo` ago): the controllable clock of attendance tests. */
export async function startLessonsNow(sessionId: string, minutesAgo = 5, allPast = false): Promise<void> {
  const lessons = await db.lesson.findMany({ where: { offeringId: sessionId }, orderBy: { position: 'asc' }, select: { id: true, startsAt: true, endsAt: true } })
  const length = (l: { startsAt: Date, endsAt: Date }) => l.endsAt.getTime() - l.startsAt.getTime()
  let at = allPast ? Date.now() - lessons.reduce((n, l) => n + length(l) + 60_000, 0) - 60_000 : Date.now() - minutesAgo * 60_000
  for (const l of lessons) {
    await db.lesson.update({ where: { id: l.id }, data: { startsAt: new Date(at), endsAt: new Date(at + length(l)) } })
    at += length(l) + 60_000
  }
  const moved = await db.lesson.findMany({ where: { offeringId: sessionId }, select: { startsAt: true, endsAt: true } })
  await db.offering.update({
    where: { id: sessionId },
    data: {
      startsAt: new Date(Math.min(...moved.map(l => l.startsAt.getTime()))),
      endsAt: new Date(Math.max(...moved.map(l => l.endsAt.getTime()))),
      enrolClosesAt: new Date(Math.min(...moved.map(l => l.startsAt.getTime())) - 1000),
      enrolOpensAt: new Date(Math.min(...moved.map(l => l.startsAt.getTime())) - 10 * 86_400_000),
    },
  })
}
