import { randomBytes } from 'node:crypto'
import type { Prisma } from '../../server/generated/prisma/client'
import { enqueueProjectSync } from '../../server/search/specs/projects'
import { db } from './db'

let providerId: string | null = null

async function provider(): Promise<string> {
  if (providerId) return providerId
  const u = await db.user.create({
    data: { email: `provider-${randomBytes(4).toString('hex')}@example.test`, name: '测试提供方', passwordHash: 'x', emailVerifiedAt: new Date(), roles: { create: { role: 'PROVIDER' } } },
  })
  providerId = u.id
  return u.id
}

export interface ProjectFixture {
  title: string
  category?: string
  city?: string | null
  status?: 'DRAFT' | 'PENDING' | 'PUBLISHED' | 'REJECTED' | 'ARCHIVED'
  tags?: string[]
  investmentMin?: number
  investmentMax?: number
  riskLevel?: 'LOW' | 'MEDIUM' | 'HIGH'
  recommended?: boolean
  summary?: string
  suitableFor?: ('GRADUATE' | 'RETURNEE' | 'VETERAN' | 'UNEMPLOYED' | 'WOMEN')[]
}

/** Creates a project the way the site does: row and search outbox entry in one transaction. */
export async function createProject(f: ProjectFixture): Promise<{ id: string, slug: string }> {
  const [category, city, providerUserId] = await Promise.all([
    db.projectCategory.findUniqueOrThrow({ where: { code: f.category ?? 'food-snacks' } }),
    f.city === null ? Promise.resolve(null) : db.city.findUniqueOrThrow({ where: { code: f.city ?? 'changchun' } }),
    provider(),
  ])
  const slug = `t-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`
  const data: Prisma.ProjectUncheckedCreateInput = {
    slug,
    title: f.title,
    summary: f.summary ?? `${f.title}，投资少、见效快的测试项目。`,
    description: `## 项目介绍\n${f.title}`,
    categoryId: category.id,
    cityId: city?.id ?? null,
    tags: f.tags ?? [],
    sourceType: 'ENTERPRISE',
    providerId: providerUserId,
    investmentMin: f.investmentMin ?? 30_000,
    investmentMax: f.investmentMax ?? 50_000,
    monthlyCost: 5000,
    paybackMonths: 12,
    expectedJobs: 3,
    riskLevel: f.riskLevel ?? 'LOW',
    riskFactors: ['选址'],
    requiredSkills: ['经营管理'],
    suitableFor: f.suitableFor ?? ['GRADUATE'],
    status: f.status ?? 'PUBLISHED',
    recommended: f.recommended ?? false,
    publishedAt: (f.status ?? 'PUBLISHED') === 'PUBLISHED' ? new Date() : null,
  }
  return db.$transaction(async (tx) => {
    const p = await tx.project.create({ data, select: { id: true, slug: true } })
    await enqueueProjectSync(tx, [p.id])
    return p
  })
}

export async function updateProject(id: string, data: Prisma.ProjectUncheckedUpdateInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.project.update({ where: { id }, data })
    await enqueueProjectSync(tx, [id])
  })
}

/** Polls until `check` holds; returns how long it took. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise(r => setTimeout(r, 50))
  }
  return Date.now() - started
}

/** A complete body for POST /api/projects (the provider's form as it would send it). */
export const projectInput = (title: string) => ({
  title,
  summary: '投资少、见效快的社区早餐项目，适合首次创业。',
  description: '## 项目介绍\n社区早餐店，主营包子、豆浆。<script>alert(1)</script>\n\n[政策](/policies) [坏链接](javascript:alert(1)) ![图](http://example.com/x.png)',
  categoryCode: 'food-snacks',
  tags: ['早餐', '社区店'],
  cityCode: 'siping',
  sourceType: 'INDIVIDUAL',
  investmentMin: 30_000,
  investmentMax: 50_000,
  monthlyCost: 8000,
  paybackMonths: 10,
  expectedJobs: 3,
  riskLevel: 'LOW',
  riskFactors: ['选址'],
  requiredSkills: ['面点制作'],
  suitableFor: ['GRADUATE', 'RETURNEE'],
  policySlugs: ['siping-syb-training-subsidy'],
  images: [],
})
