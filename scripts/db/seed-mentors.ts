/**
 * Demo mentors (创业服务专家队伍): 48 approved over the four types and every city, each with
 * weekly hours, plus applications waiting for vetting, past sessions with ratings, and a few
 * upcoming bookings of the demo entrepreneur. Deterministic: the same seed gives the same data.
 */
import type { PrismaClient } from '../../server/generated/prisma/client'
import { MENTOR_TYPES } from '../../shared/utils/mentors'
import type { MentorTypeCode } from '../../shared/utils/mentors'
import { SERVICE_STAGE_CODES } from '../../shared/utils/stages'
import type { ServiceStageCode } from '../../shared/utils/stages'
import { addDays, isoWeekday, zonedDate, zonedToUtc } from '../../shared/utils/zoned-time'
import { CITIES } from './seed-data'
import { PROJECT_CATEGORIES } from './project-generator'

export const DEMO_MENTOR_COUNT = 48
const DAY = 86_400_000

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '金', '崔', '朴', '林']
const GIVEN = ['建国', '海燕', '志强', '丽华', '晓东', '春梅', '德胜', '秀英', '文博', '雪松', '长青', '玉兰', '明哲', '红霞', '振宇', '静怡', '立新', '桂芝', '永福', '思远', '成俊', '美玲', '国栋', '雅琴']

const BY_TYPE: Record<MentorTypeCode, { titles: string[], orgs: (city: string) => string[] }> = {
  ENTREPRENEUR: {
    titles: ['董事长', '总经理', '创始人兼CEO', '执行董事'],
    orgs: c => [`${c}鑫达农业科技有限公司`, `${c}恒信餐饮管理有限公司`, `${c}长白山珍品贸易有限公司`, `${c}雪域旅游开发有限公司`],
  },
  SUCCESSFUL_FOUNDER: {
    titles: ['创始人', '合伙人', '店主，连续创业者', '返乡创业带头人'],
    orgs: c => [`${c}田园农家乐`, `${c}小城烘焙工作室`, `${c}社区便民超市连锁`, `${c}家政服务中心`],
  },
  SCHOLAR: {
    titles: ['教授，创业学院副院长', '副教授', '研究员', '高级经济师'],
    orgs: () => ['吉林大学', '东北师范大学', '吉林农业大学', '吉林财经大学', '延边大学', '长春工业大学'],
  },
  GOVERNMENT: {
    titles: ['创业服务科科长', '就业创业指导中心主任', '创业担保贷款业务主管', '市场监管所副所长'],
    orgs: c => [`${c}人力资源和社会保障局`, `${c}就业服务局`, `${c}创业孵化基地管理办公室`, `${c}市场监督管理局`],
  },
}

const STAGE_BIO: Record<ServiceStageCode, string> = {
  PROJECT: '帮助创业者结合本地资源筛选项目、验证市场需求',
  PLAN: '指导撰写创业计划书、测算投资和成本',
  RISK: '做开业前的风险评估，识别选址、现金流和合规风险',
  OPENING: '提供工商登记、选址装修、开业营销等开业指导',
  FINANCING: '讲解创业担保贷款、贴息和天使投资等融资渠道',
  FOLLOW_UP: '开业后定期回访，帮助解决经营中的实际问题',
}

const REVIEW_COMMENTS = [
  '老师讲得很实在，帮我把投资预算重新算了一遍，少走了不少弯路。',
  '对创业担保贷款的流程非常熟悉，材料一次就准备齐了。',
  '建议很具体，选址的分析对我帮助很大。',
  '时间安排灵活，线上沟通也很顺畅。',
  '指出了我计划书里的几个关键风险，收获很大。',
  '很有耐心，答疑细致，推荐给想创业的朋友。',
]

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!
}

/** Weekly hours by pattern: weekday afternoons, weekday evenings, mornings and Saturdays, … */
function rulesFor(i: number): { weekday: number, startMinute: number, endMinute: number }[] {
  switch (i % 4) {
    case 0: return [1, 2, 3, 4, 5].map(weekday => ({ weekday, startMinute: 14 * 60, endMinute: 17 * 60 }))
    case 1: return [1, 3, 5].flatMap(weekday => [{ weekday, startMinute: 9 * 60, endMinute: 11 * 60 + 30 }, { weekday, startMinute: 19 * 60, endMinute: 21 * 60 }])
    case 2: return [2, 4, 6].map(weekday => ({ weekday, startMinute: 9 * 60, endMinute: 12 * 60 }))
    default: return [6, 7].map(weekday => ({ weekday, startMinute: 10 * 60, endMinute: 16 * 60 }))
  }
}

export async function seedDemoMentors(prisma: PrismaClient, passwordHash: string, progress: (done: number, total: number) => void): Promise<void> {
  if (await prisma.mentor.count() > 0) return
  const [cities, demoMentor, demoEntrepreneur, staff] = await Promise.all([
    prisma.city.findMany({ select: { id: true, code: true, nameZh: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: 'mentor@demo.starthub.cn' }, select: { id: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: 'entrepreneur@demo.starthub.cn' }, select: { id: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: 'staff@demo.starthub.cn' }, select: { id: true } }),
  ])
  const cityIds = CITIES.map(c => cities.find(x => x.code === c.code)!)
  // entrepreneurs who took part in past sessions
  const clients: string[] = [demoEntrepreneur.id]
  for (let i = 1; i <= 12; i++) {
    const u = await prisma.user.upsert({
      where: { email: `client${String(i).padStart(2, '0')}@demo.starthub.cn` },
      create: { email: `client${String(i).padStart(2, '0')}@demo.starthub.cn`, name: `${pick(SURNAMES, i * 7)}${pick(GIVEN, i * 5)}`, passwordHash, emailVerifiedAt: new Date(), roles: { create: [{ role: 'ENTREPRENEUR' }] } },
      update: {},
      select: { id: true },
    })
    clients.push(u.id)
  }
  const now = Date.now()
  const today = zonedDate(new Date())
  const total = DEMO_MENTOR_COUNT + 4
  for (let i = 0; i < total; i++) {
    const status = i < DEMO_MENTOR_COUNT ? 'APPROVED' as const : i < total - 1 ? 'PENDING' as const : 'REJECTED' as const
    const type = MENTOR_TYPES[i % MENTOR_TYPES.length]!
    const city = i % 7 === 6 ? null : cityIds[i % cityIds.length]!
    const cityName = city?.nameZh ?? '吉林省'
    const name = i === 0 ? '李振华' : `${pick(SURNAMES, i * 3 + 1)}${pick(GIVEN, i * 5 + 2)}`
    const userId = i === 0
      ? demoMentor.id
      : (await prisma.user.create({
          data: {
            email: `mentor${String(i).padStart(2, '0')}@demo.starthub.cn`, name, passwordHash, emailVerifiedAt: new Date(), cityId: city?.id ?? null,
            locale: i % 9 === 4 ? 'en' : 'zh_CN', roles: { create: status === 'APPROVED' ? [{ role: 'MENTOR' }] : [{ role: 'ENTREPRENEUR' }] },
          },
          select: { id: true },
        })).id
    const stages = SERVICE_STAGE_CODES.filter((_, s) => (i + s) % 3 !== 0 || s === i % 6).slice(0, 2 + (i % 4))
    const industries = [0, 1, 2, 3, 4, 5].slice(0, 1 + (i % 4)).map(k => PROJECT_CATEGORIES[(i * 2 + k * 3) % PROJECT_CATEGORIES.length]!.code)
    const org = pick(BY_TYPE[type].orgs(cityName.replace('吉林省', '吉林')), i)
    const modes = i % 5 === 0 ? ['IN_PERSON' as const] : i % 5 === 1 ? ['ONLINE' as const] : ['ONLINE' as const, 'IN_PERSON' as const]
    const mentor = await prisma.mentor.create({
      data: {
        userId, displayName: name, type, title: pick(BY_TYPE[type].titles, i), organisation: org,
        bio: `${name}，${org}${pick(BY_TYPE[type].titles, i)}。从事创业服务工作 ${5 + (i % 15)} 年，${stages.map(s => STAGE_BIO[s]).join('；')}。擅长${industries.map(c => PROJECT_CATEGORIES.find(p => p.code === c)!.nameZh).join('、')}等领域。`,
        stages: [...new Set(stages)], industries: [...new Set(industries)], cityId: city?.id ?? null, modes,
        place: modes.includes('IN_PERSON') ? `${cityName}创业孵化基地 ${1 + (i % 5)} 楼洽谈室` : null,
        meetingUrl: modes.includes('ONLINE') ? `https://meeting.tencent.com/p/${String(9_100_000_000 + i * 7_919).slice(0, 10)}` : null,
        languages: i % 11 === 8 ? ['zh', 'ko'] : i % 13 === 5 ? ['zh', 'en'] : ['zh'],
        weeklyCap: 3 + (i % 6), sessionMinutes: i % 3 === 0 ? 30 : 60, bufferMinutes: [0, 10, 15][i % 3]!,
        status, reviewedAt: status === 'PENDING' ? null : new Date(now - 30 * DAY), reviewedById: status === 'PENDING' ? null : staff.id,
        reviewReason: status === 'REJECTED' ? '资料不完整：请补充从业经历和可提供辅导的具体内容。' : null,
        createdAt: new Date(now - (60 - (i % 50)) * DAY),
        rules: { create: rulesFor(i) },
        overrides: i % 6 === 2 ? { create: [{ date: addDays(today, 3 + (i % 5)), kind: 'OFF' }] } : undefined,
      },
      select: { id: true, sessionMinutes: true, bufferMinutes: true, modes: true, place: true, meetingUrl: true },
    })
    if (status === 'APPROVED') {
      // past sessions: completed with ratings, a no-show and a cancellation now and then
      const sessions = i % 8 === 7 ? 0 : 2 + (i % 5)
      const scores: number[] = []
      for (let k = 0; k < sessions; k++) {
        const date = addDays(today, -(7 + k * 9 + (i % 6)))
        const startsAt = zonedToUtc(date, (isoWeekday(date) >= 6 ? 10 : 14) * 60)
        const endsAt = new Date(startsAt.getTime() + mentor.sessionMinutes * 60_000)
        const outcome = k === 3 ? 'NO_SHOW' as const : k === 4 ? 'CANCELLED' as const : 'COMPLETED' as const
        const score = [5, 4, 5, 3, 4, 5, 4][(i + k) % 7]!
        const booking = await prisma.booking.create({
          data: {
            mentorId: mentor.id, entrepreneurId: clients[(i + k) % clients.length]!, startsAt, endsAt, blockedUntil: new Date(endsAt.getTime() + mentor.bufferMinutes * 60_000),
            status: outcome, stage: pick(stages, k), topic: pick(['开店前的选址和预算', '创业计划书修改', '创业担保贷款申请', '如何做线上推广', '经营中的现金流问题'], i + k),
            description: '想请导师帮忙看看我的想法是否可行，以及下一步该怎么做。', mode: mentor.modes[0]!,
            location: mentor.modes[0] === 'ONLINE' ? mentor.meetingUrl : mentor.place,
            expiresAt: new Date(startsAt.getTime() - 2 * DAY), respondedAt: new Date(startsAt.getTime() - 3 * DAY), createdAt: new Date(startsAt.getTime() - 4 * DAY),
            cancelReason: outcome === 'CANCELLED' ? '临时有事，改日再约。' : null,
            notes: outcome === 'COMPLETED' ? '已讨论项目可行性和投资测算，建议先小规模试营业，一个月后回访。' : null,
          },
          select: { id: true, entrepreneurId: true },
        })
        if (outcome === 'COMPLETED') {
          scores.push(score)
          await prisma.mentorReview.create({ data: { bookingId: booking.id, mentorId: mentor.id, authorId: booking.entrepreneurId, score, comment: pick(REVIEW_COMMENTS, i + k), createdAt: new Date(endsAt.getTime() + DAY) } })
        }
      }
      const rating = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null
      await prisma.mentor.update({ where: { id: mentor.id }, data: { rating, ratingCount: scores.length, sessionCount: scores.length } })
    }
    progress(i + 1, total)
  }
  // the demo entrepreneur's upcoming sessions: one confirmed, one waiting for the demo mentor
  const demoProfile = await prisma.mentor.findUniqueOrThrow({ where: { userId: demoMentor.id }, select: { id: true, sessionMinutes: true, bufferMinutes: true, meetingUrl: true, place: true, modes: true } })
  const other = await prisma.mentor.findFirstOrThrow({ where: { status: 'APPROVED', userId: { not: demoMentor.id }, rules: { some: { weekday: { lte: 5 } } } }, orderBy: { createdAt: 'asc' }, select: { id: true, sessionMinutes: true, bufferMinutes: true, meetingUrl: true, place: true, modes: true, rules: true } })
  const nextWeekday = (from: number, weekdays: number[]) => {
    for (let d = from; ; d++) if (weekdays.includes(isoWeekday(addDays(today, d)))) return addDays(today, d)
  }
  const upcoming = [
    { m: demoProfile, date: nextWeekday(3, [1, 2, 3, 4, 5]), minute: 14 * 60, status: 'PENDING' as const },
    { m: other, date: nextWeekday(5, other.rules.map(r => r.weekday)), minute: other.rules[0]!.startMinute, status: 'ACCEPTED' as const },
  ]
  for (const u of upcoming) {
    const startsAt = zonedToUtc(u.date, u.minute)
    const endsAt = new Date(startsAt.getTime() + u.m.sessionMinutes * 60_000)
    await prisma.booking.create({
      data: {
        mentorId: u.m.id, entrepreneurId: demoEntrepreneur.id, startsAt, endsAt, blockedUntil: new Date(endsAt.getTime() + u.m.bufferMinutes * 60_000), status: u.status,
        stage: 'FINANCING', topic: '申请创业担保贷款前的准备', description: '打算在长春开一家社区奶茶店，想了解贷款额度、材料和还款安排。', mode: u.m.modes[0]!,
        location: u.m.modes[0] === 'ONLINE' ? u.m.meetingUrl : u.m.place,
        expiresAt: new Date(Math.min(now + 47 * 3_600_000, startsAt.getTime())), respondedAt: u.status === 'ACCEPTED' ? new Date() : null,
      },
    })
  }
  await prisma.matchRequest.create({ data: { entrepreneurId: clients[1]!, stage: 'PLAN', industry: 'rural-tourism', cityId: cityIds.find(c => c.code === 'yanbian')!.id, text: '想在延吉郊区开一家朝鲜族风味农家乐，不知道计划书该怎么写，希望找一位熟悉乡村旅游的导师。' } })
  // every approved mentor goes to the search index through the outbox, like any other change
  const ids = (await prisma.mentor.findMany({ where: { status: 'APPROVED' }, select: { id: true } })).map(m => m.id)
  await prisma.searchOutbox.createMany({ data: ids.map(entityId => ({ entity: 'mentor', entityId })) })
}
