import type { ProjectDetail, ProjectEvaluationSummary, ProjectListItem } from '#shared/types/project'
import type { PublicUser } from '#shared/types/user'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { renderMarkdown } from '../../utils/markdown'
import { projectItemSelect, rowToListItem, shownRating } from './view'
import { projectImageViewSelect, toProjectImageView } from './images'

const detailSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  tags: true,
  sourceType: true,
  investmentMin: true,
  investmentMax: true,
  monthlyCost: true,
  paybackMonths: true,
  expectedJobs: true,
  riskLevel: true,
  riskFactors: true,
  requiredSkills: true,
  suitableFor: true,
  policySlugs: true,
  images: { select: projectImageViewSelect, orderBy: { position: 'asc' } },
  recommended: true,
  recommendationText: true,
  rating: true,
  ratingCount: true,
  status: true,
  providerId: true,
  publishedAt: true,
  updatedAt: true,
  category: { select: { code: true } },
  city: { select: { code: true } },
  provider: { select: { name: true } },
  _count: { select: { cases: true } },
  evaluations: {
    select: {
      market: true, returns: true, riskControl: true, replicability: true, jobs: true, comment: true, updatedAt: true,
      evaluator: { select: { name: true, roles: { select: { role: true } } } },
    },
    orderBy: { updatedAt: 'desc' },
  },
} satisfies Prisma.ProjectSelect

type DetailRow = Prisma.ProjectGetPayload<{ select: typeof detailSelect }>

function evaluationSummary(rows: DetailRow['evaluations']): ProjectEvaluationSummary {
  if (!rows.length) return { count: 0, averages: null, comments: [] }
  const avg = (pick: (r: DetailRow['evaluations'][number]) => number) => Math.round((rows.reduce((s, r) => s + pick(r), 0) / rows.length) * 10) / 10
  return {
    count: rows.length,
    averages: { market: avg(r => r.market), returns: avg(r => r.returns), riskControl: avg(r => r.riskControl), replicability: avg(r => r.replicability), jobs: avg(r => r.jobs) },
    comments: rows.map(r => ({
      evaluatorName: r.evaluator.name,
      evaluatorType: r.evaluator.roles.some(x => x.role === 'MENTOR') ? 'MENTOR' as const : 'STAFF' as const,
      comment: r.comment,
      score: Math.round(((r.market + r.returns + r.riskControl + r.replicability + r.jobs) / 5) * 10) / 10,
      updatedAt: r.updatedAt.toISOString(),
    })),
  }
}

/** A project page: the public sees published projects; the provider and staff also see the others. */
export async function getProjectBySlug(slug: string, viewer: PublicUser | null): Promise<ProjectDetail> {
  const p = await prisma.project.findUnique({ where: { slug }, select: detailSelect })
  const mayView = p && (p.status === 'PUBLISHED' || (viewer && (viewer.id === p.providerId || viewer.roles.includes('STAFF') || viewer.roles.includes('ADMIN'))))
  if (!p || !mayView) throw new AppError('not_found')
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    description: p.description,
    descriptionHtml: renderMarkdown(p.description),
    category: p.category.code,
    city: p.city?.code ?? PROVINCE_WIDE,
    tags: p.tags,
    sourceType: p.sourceType,
    providerName: p.provider.name,
    investmentMin: p.investmentMin,
    investmentMax: p.investmentMax,
    monthlyCost: p.monthlyCost,
    paybackMonths: p.paybackMonths,
    expectedJobs: p.expectedJobs,
    riskLevel: p.riskLevel,
    riskFactors: p.riskFactors,
    requiredSkills: p.requiredSkills,
    suitableFor: p.suitableFor as ProjectDetail['suitableFor'],
    policySlugs: p.policySlugs,
    images: p.images.map(toProjectImageView),
    recommended: p.recommended,
    recommendationText: p.recommendationText,
    rating: shownRating(p.rating, p.ratingCount),
    status: p.status,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    evaluation: evaluationSummary(p.evaluations),
    caseCount: p._count.cases,
  }
}

/** Published projects of the same category, nearest in investment first. */
export async function relatedProjects(project: ProjectDetail, take = 4): Promise<ProjectListItem[]> {
  const rows = await prisma.project.findMany({
    where: { status: 'PUBLISHED', category: { code: project.category }, id: { not: project.id } },
    select: projectItemSelect,
    orderBy: [{ recommended: 'desc' }, { updatedAt: 'desc' }],
    take: 40,
  })
  return rows
    .sort((a, b) => Math.abs(a.investmentMin - project.investmentMin) - Math.abs(b.investmentMin - project.investmentMin))
    .slice(0, take)
    .map(rowToListItem)
}
