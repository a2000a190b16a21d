import type { PrismaClient } from '../../server/generated/prisma/client'
import { storySlug } from '../../server/services/stories/slug'

/**
 * Demo success stories, written by demo entrepreneurs whose cases recorded an opening: four
 * published (three with the figures StartHub recorded, one featured; one without a case), and
 * one waiting for staff review. Runs once (none exist yet).
 */
const STORIES = [
  { title: '从下岗职工到两家面馆的老板', summary: '四十五岁重新出发，一碗牛肉面在长春站稳了脚跟。', featured: true, figures: ['openedOn', 'monthsTrading', 'employees'], withCase: true },
  { title: '返乡开起农家乐，带着乡亲一起干', summary: '在外打工十年后回到九台，把老宅改成了农家乐。', featured: false, figures: ['openedOn', 'employees'], withCase: true },
  { title: '社区洗衣店：小生意也要算清账', summary: '学完创业培训后才敢开店，第一年就收回了投资。', featured: false, figures: ['monthsTrading', 'employees'], withCase: true },
  { title: '大学毕业后做电商，卖家乡的木耳', summary: '从一间出租屋开始，做到了三个人的小团队。', featured: false, figures: [], withCase: false },
  { title: '我的早餐店开业半年记', summary: '早上五点起床的日子，辛苦但踏实。', featured: false, figures: ['openedOn'], withCase: true, submitted: true },
] as const

const BODY = (title: string) => `## 为什么创业\n\n${title}——这是我这几年最大的变化。刚开始的时候，我对开店一窍不通，是社区的创业指导员带我做了第一份创业计划书。\n\n## 最难的时候\n\n开业头三个月客流不稳定，现金差点周转不过来。后来按照导师的建议调整了营业时间，也申请了创业担保贷款。\n\n## 想对后来人说\n\n- 先把账算清楚，再投钱；\n- 多听听已经开过店的人怎么说；\n- 政策要主动去问，很多补贴不申请就没有。\n`

export async function seedDemoStories(prisma: PrismaClient): Promise<void> {
  if (await prisma.story.count() > 0) return
  const cases = await prisma.case.findMany({
    where: { openedOn: { not: null }, status: 'OPEN', owner: { email: { startsWith: 'case' } } },
    orderBy: { openedOn: 'asc' }, take: STORIES.length,
    select: { id: true, ownerId: true, cityId: true, categoryId: true, projectId: true },
  })
  if (cases.length < STORIES.length) return
  const fallbackCity = await prisma.city.findUniqueOrThrow({ where: { code: 'changchun' }, select: { id: true } })
  const now = Date.now()
  for (const [i, s] of STORIES.entries()) {
    const c = cases[i]!
    const submitted = 'submitted' in s && s.submitted
    await prisma.story.create({
      data: {
        slug: storySlug(s.title), authorId: c.ownerId, title: s.title, summary: s.summary, body: BODY(s.title),
        cityId: c.cityId ?? fallbackCity.id, categoryId: c.categoryId, projectId: c.projectId,
        caseId: s.withCase ? c.id : null, figures: s.withCase ? [...s.figures] : [],
        status: submitted ? 'SUBMITTED' : 'PUBLISHED', featured: s.featured, featuredAt: s.featured ? new Date(now) : null,
        submittedAt: new Date(now - (10 - i) * 86_400_000), publishedAt: submitted ? null : new Date(now - (9 - i) * 86_400_000),
        events: { create: [{ action: 'created', toStatus: 'DRAFT', actorId: c.ownerId }, ...(submitted ? [] : [{ action: 'approved', fromStatus: 'SUBMITTED' as const, toStatus: 'PUBLISHED' as const }])] },
      },
    })
  }
}
