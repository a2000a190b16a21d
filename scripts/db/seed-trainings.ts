import type { PrismaClient } from '../../server/generated/prisma/client'
import { TRAINING_RULE_SETS } from '../../shared/data/training-rules'

/**
 * Training reference data: one course per programme of the training rules (GYB, SYB …), names
 * kept in step with the data. Idempotent; runs on every seed (tests too).
 */
export async function seedTrainingReference(prisma: PrismaClient): Promise<void> {
  const programmes = TRAINING_RULE_SETS[TRAINING_RULE_SETS.length - 1]!.programmes
  for (const p of programmes) {
    const data = { programme: p.code, titleZh: p.name['zh-CN'], titleEn: p.name.en, summaryZh: p.summary['zh-CN'], summaryEn: p.summary.en }
    await prisma.course.upsert({ where: { code: p.code }, create: { code: p.code, ...data }, update: data })
  }
}

export const DEMO_INSTITUTIONS = [
  { kind: 'INSTITUTION', nameZh: '长春市创业培训示范学校（样例）', nameEn: 'Changchun Sample Start-up Training School', cityCodes: ['changchun', 'jiutai', 'jilin', 'siping'] },
] as const

export async function seedDemoInstitutions(prisma: PrismaClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const o of DEMO_INSTITUTIONS) {
    const row = await prisma.organisation.upsert({ where: { kind_nameZh: { kind: o.kind, nameZh: o.nameZh } }, create: { ...o, cityCodes: [...o.cityCodes] }, update: {} })
    ids.set(o.nameZh, row.id)
  }
  return ids
}

const DAY = 86_400_000
const at = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * DAY)
  // hh:00 Beijing on that day
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour - 8))
}

/**
 * Demo sessions and events: an SYB class in 长春 (in person, five lessons, a few places left), a
 * GYB class online, an IYB class in 四平 that is full with a waitlist, a forum and a pitch day,
 * and a past forum with its report. The demo trainer trains the SYB and GYB classes.
 */
export async function seedDemoTrainings(prisma: PrismaClient, trainerEmail: string, staffEmail: string): Promise<void> {
  if (await prisma.offering.count() > 0) return
  const { randomBytes } = await import('node:crypto')
  const trainer = await prisma.user.findUnique({ where: { email: trainerEmail }, select: { id: true, roles: { select: { organisationId: true } } } })
  const staff = await prisma.user.findUnique({ where: { email: staffEmail }, select: { id: true } })
  const institutionId = trainer?.roles.find(r => r.organisationId)?.organisationId ?? null
  const city = async (code: string) => (await prisma.city.findUniqueOrThrow({ where: { code }, select: { id: true } })).id
  const course = async (code: string) => (await prisma.course.findUniqueOrThrow({ where: { code }, select: { id: true } })).id
  const people = await prisma.user.findMany({ where: { email: { endsWith: '@demo.starthub.cn' }, roles: { some: { role: 'ENTREPRENEUR' } } }, select: { id: true }, take: 40 })
  const sessions: { kind: 'TRAINING' | 'EVENT', code?: string, eventType?: string, titleZh: string, titleEn: string, bodyZh: string, bodyEn: string, city: string, online: boolean, venue?: string, onlineUrl?: string, capacity: number, startDay: number, lessons: number, hours: number, trained: boolean, enrolled: number, past?: boolean }[] = [
    { kind: 'TRAINING', code: 'SYB', titleZh: 'SYB 创办你的企业 · 长春第 12 期', titleEn: 'SYB Start Your Business · Changchun class 12', bodyZh: '十个模块，写出你自己的创业计划书。结业时由讲师评定计划书等级。', bodyEn: 'Ten modules; you write your own business plan, graded by the trainer at the end.', city: 'changchun', online: false, venue: '长春市朝阳区人民大街 3000 号 创业服务中心 4 楼', capacity: 30, startDay: 14, lessons: 5, hours: 7, trained: true, enrolled: 26 },
    { kind: 'TRAINING', code: 'GYB', titleZh: 'GYB 产生你的企业想法 · 线上班', titleEn: 'GYB Generate Your Business Idea · online class', bodyZh: '四次线上课，找到适合自己的创业想法。', bodyEn: 'Four online lessons to find a business idea that suits you.', city: 'jilin', online: true, onlineUrl: 'https://meeting.example.cn/gyb-demo', capacity: 50, startDay: 9, lessons: 4, hours: 6, trained: true, enrolled: 12 },
    { kind: 'TRAINING', code: 'IYB', titleZh: 'IYB 改善你的企业 · 四平班', titleEn: 'IYB Improve Your Business · Siping class', bodyZh: '面向已开业的经营者。', bodyEn: 'For owners who have opened.', city: 'siping', online: false, venue: '四平市铁西区英雄大街 88 号', capacity: 20, startDay: 21, lessons: 5, hours: 7, trained: false, enrolled: 24 },
    { kind: 'EVENT', eventType: 'FORUM', titleZh: '2026 长春青年创业论坛', titleEn: 'Changchun Young Founders Forum 2026', bodyZh: '## 议程\n\n- 09:30 开幕\n- 10:00 主题分享：从一家小店到连锁品牌\n- 14:00 圆桌：创业担保贷款怎么申请', bodyEn: '## Programme\n\n- 09:30 Opening\n- 10:00 Keynote: from one shop to a chain\n- 14:00 Panel: applying for a guaranteed start-up loan', city: 'changchun', online: false, venue: '长春国际会展中心 B 厅', capacity: 300, startDay: 10, lessons: 1, hours: 6, trained: false, enrolled: 35 },
    { kind: 'EVENT', eventType: 'PITCH', titleZh: '吉林市创业项目推介会', titleEn: 'Jilin City project pitch day', bodyZh: '入库项目现场路演，投资机构与合作社对接。', bodyEn: 'Library projects pitch to investors and cooperatives.', city: 'jilin', online: false, venue: '吉林市创业孵化基地报告厅', capacity: 120, startDay: 18, lessons: 1, hours: 3, trained: false, enrolled: 8 },
    { kind: 'EVENT', eventType: 'POLICY_BRIEFING', titleZh: '创业扶持政策宣讲会（已结束）', titleEn: 'Start-up support policy briefing (past)', bodyZh: '解读最新的创业担保贷款和培训补贴政策。', bodyEn: 'The latest loan and training-subsidy rules explained.', city: 'changchun', online: true, onlineUrl: 'https://meeting.example.cn/policy-demo', capacity: 500, startDay: -20, lessons: 1, hours: 2, trained: false, enrolled: 30, past: true },
  ]
  for (const s of sessions) {
    const lessons = Array.from({ length: s.lessons }, (_, i) => {
      const startsAt = at(s.startDay + i * 2, 9)
      return { position: i, startsAt, endsAt: new Date(startsAt.getTime() + s.hours * 3_600_000), topicZh: s.lessons > 1 ? `第 ${i + 1} 讲` : '全天活动', topicEn: s.lessons > 1 ? `Lesson ${i + 1}` : 'The event', minutes: s.hours * 60, codeSecret: randomBytes(32) }
    })
    const first = lessons[0]!.startsAt
    const o = await prisma.offering.create({
      data: {
        kind: s.kind, status: s.past ? 'COMPLETED' : 'PUBLISHED', courseId: s.code ? await course(s.code) : null, programme: s.code ?? null, eventType: s.eventType ?? null,
        institutionId: s.kind === 'TRAINING' ? institutionId : null, titleZh: s.titleZh, titleEn: s.titleEn, bodyZh: s.bodyZh, bodyEn: s.bodyEn,
        cityId: await city(s.city), online: s.online, venue: s.venue ?? null, onlineUrl: s.onlineUrl ?? null, capacity: s.capacity,
        enrolOpensAt: new Date(first.getTime() - 30 * DAY), enrolClosesAt: new Date(first.getTime() - 3_600_000),
        startsAt: first, endsAt: lessons[lessons.length - 1]!.endsAt, publishedAt: new Date(), createdById: staff?.id ?? null,
        ...(s.past ? { reportZh: '共 28 位创业者参加，现场解答问题 40 余个。', reportEn: '28 entrepreneurs took part; more than 40 questions answered.', attendance: 28 } : {}),
        lessons: { create: lessons },
        ...(s.trained && trainer ? { trainers: { create: [{ userId: trainer.id }] } } : {}),
      },
      select: { id: true },
    })
    // enrolments: confirmed up to the capacity, the rest waiting in order
    const who = people.slice(0, Math.min(s.enrolled, people.length))
    let taken = 0
    let seq = 0
    for (const p of who) {
      const confirmed = taken < s.capacity
      if (confirmed) taken++
      else seq++
      await prisma.enrolment.create({ data: { offeringId: o.id, userId: p.id, status: s.past ? 'COMPLETED' : confirmed ? 'CONFIRMED' : 'WAITLISTED', waitSeq: confirmed ? null : seq, programme: s.code ?? null, year: first.getUTCFullYear() } })
    }
    await prisma.offering.update({ where: { id: o.id }, data: { placesTaken: s.past ? 0 : taken, waitSeq: seq, waiting: s.past ? 0 : seq } })
  }
}
