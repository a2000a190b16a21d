/**
 * Demo projects from the deterministic generator: providers that fit each project, evaluations by
 * the demo mentor and staff, a transition history that fits each status, and the published ones
 * queued for the search index through the same outbox the site uses.
 */
import type { PrismaClient } from '../../server/generated/prisma/client'
import { generateProjects } from './project-generator'
import { queueSearchSync } from '../../server/search/outbox'
import { providerFor } from './seed-providers'

const DAY = 86_400_000

/** A deterministic score 1–5 from a string, leaning to 3–5. */
function score(key: string, salt: number): number {
  let h = salt
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return [3, 4, 4, 5, 3, 2, 5, 4][h % 8]!
}

const COMMENTS = [
  '投资门槛低，适合首次创业，建议先小规模试营业。',
  '市场需求稳定，但需注意选址和同质化竞争。',
  '项目可复制性强，配合创业担保贷款可以较快起步。',
  '季节性明显，建议做好淡季的产品和现金流安排。',
  '带动就业效果好，适合返乡创业人员。',
]

export async function seedDemoProjects(prisma: PrismaClient, count: number, progress: (done: number, total: number) => void, passwordHash = 'x'): Promise<void> {
  if (await prisma.project.count() > 0) return
  const [provider, mentor, staff, categories, cities] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { email: 'provider@demo.starthub.cn' }, select: { id: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: 'mentor@demo.starthub.cn' }, select: { id: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: 'staff@demo.starthub.cn' }, select: { id: true } }),
    prisma.projectCategory.findMany({ select: { id: true, code: true } }),
    prisma.city.findMany({ select: { id: true, code: true } }),
  ])
  const categoryId = new Map(categories.map(c => [c.code, c.id]))
  const cityId = new Map(cities.map(c => [c.code, c.id]))
  // each project's provider fits it (seed-providers.ts); their accounts are made as needed
  const providers = new Map<string, string>()
  const providerId = async (g: Parameters<typeof providerFor>[0]): Promise<string> => {
    const seed = providerFor(g)
    if (seed === 'demo') return provider.id
    const known = providers.get(seed.key)
    if (known) return known
    const email = `provider-${seed.key}@demo.starthub.cn`
    const user = await prisma.user.upsert({
      where: { email },
      create: { email, name: seed.name, passwordHash, emailVerifiedAt: new Date(), cityId: seed.city ? cityId.get(seed.city) ?? null : null, roles: { create: [{ role: 'PROVIDER' }] } },
      update: {},
      select: { id: true },
    })
    providers.set(seed.key, user.id)
    return user.id
  }
  const now = Date.now()
  let done = 0
  for (const g of generateProjects(count)) {
    const owner = await providerId(g)
    const createdAt = new Date(now - g.createdDaysAgo * DAY)
    const updatedAt = new Date(now - g.updatedDaysAgo * DAY)
    const published = g.status === 'PUBLISHED' || g.status === 'ARCHIVED'
    const evaluations = g.status === 'PUBLISHED' && done % 5 !== 4
      ? [mentor.id, ...(done % 3 === 0 ? [staff.id] : [])].map((evaluatorId, i) => ({
          evaluatorId,
          market: score(g.slug, 1 + i),
          returns: score(g.slug, 2 + i),
          riskControl: score(g.slug, 3 + i),
          replicability: score(g.slug, 4 + i),
          jobs: score(g.slug, 5 + i),
          comment: COMMENTS[(done + i) % COMMENTS.length]!,
          createdAt: updatedAt,
          updatedAt,
        }))
      : []
    const rating = evaluations.length
      ? evaluations.reduce((s, e) => s + e.market + e.returns + e.riskControl + e.replicability + e.jobs, 0) / (evaluations.length * 5)
      : null
    const events: { action: string, fromStatus: 'DRAFT' | 'PENDING' | 'PUBLISHED' | null, toStatus: 'DRAFT' | 'PENDING' | 'PUBLISHED' | 'REJECTED' | 'ARCHIVED', actorId: string | null, reason?: string, createdAt: Date }[] = [
      { action: 'created', fromStatus: null, toStatus: 'DRAFT', actorId: owner, createdAt },
    ]
    if (g.status !== 'DRAFT') events.push({ action: 'submitted', fromStatus: 'DRAFT', toStatus: 'PENDING', actorId: owner, createdAt })
    if (g.status === 'REJECTED') events.push({ action: 'rejected', fromStatus: 'PENDING', toStatus: 'REJECTED', actorId: staff.id, reason: '投资构成不完整，请补充设备和房租明细后重新提交。', createdAt: updatedAt })
    if (published) events.push({ action: 'approved', fromStatus: 'PENDING', toStatus: 'PUBLISHED', actorId: staff.id, reason: '专家评审通过', createdAt })
    if (g.status === 'ARCHIVED') events.push({ action: 'archived', fromStatus: 'PUBLISHED', toStatus: 'ARCHIVED', actorId: null, reason: '180 天未更新，自动归档', createdAt: new Date(updatedAt.getTime() + 180 * DAY) })
    await prisma.project.create({
      data: {
        slug: g.slug,
        title: g.title,
        summary: g.summary,
        description: g.description,
        categoryId: categoryId.get(g.categoryCode)!,
        tags: g.tags,
        cityId: g.cityCode ? cityId.get(g.cityCode)! : null,
        sourceType: g.sourceType,
        providerId: owner,
        investmentMin: g.investmentMin,
        investmentMax: g.investmentMax,
        monthlyCost: g.monthlyCost,
        paybackMonths: g.paybackMonths,
        expectedJobs: g.expectedJobs,
        riskLevel: g.riskLevel,
        riskFactors: g.riskFactors,
        requiredSkills: g.requiredSkills,
        suitableFor: g.suitableFor,
        policySlugs: g.policySlugs,
        status: g.status,
        recommended: g.recommended,
        recommendationText: g.recommendationText,
        recommendedAt: g.recommended ? updatedAt : null,
        rating,
        ratingCount: evaluations.length,
        submittedAt: g.status === 'DRAFT' ? null : createdAt,
        publishedAt: published ? createdAt : null,
        createdAt,
        updatedAt,
        evaluations: { create: evaluations },
        events: { create: events },
      },
    })
    done++
    if (done % 20 === 0 || done === count) progress(done, count)
  }
  // the published projects go to the search index through the outbox, like any other change
  await prisma.$executeRaw`INSERT INTO "SearchOutbox" ("entity", "entityId") SELECT 'project', "id"::text FROM "Project" WHERE "status" = 'PUBLISHED'`
  await queueSearchSync(prisma)
}
