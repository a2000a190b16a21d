import type { ProjectInput } from '#shared/schemas/project'
import type { ProjectDashboardRow } from '#shared/types/project'
import type { PublicUser } from '#shared/types/user'
import type { ProjectStatusCode } from '#shared/utils/projects'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'

const rowSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  updatedAt: true,
  submittedAt: true,
  category: { select: { code: true } },
  city: { select: { code: true } },
  provider: { select: { name: true } },
  events: { where: { toStatus: { not: null } }, select: { reason: true }, orderBy: { id: 'desc' }, take: 1 },
} satisfies Prisma.ProjectSelect

function toRow(p: Prisma.ProjectGetPayload<{ select: typeof rowSelect }>): ProjectDashboardRow {
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    status: p.status,
    category: p.category.code,
    city: p.city?.code ?? PROVINCE_WIDE,
    providerName: p.provider.name,
    updatedAt: p.updatedAt.toISOString(),
    submittedAt: p.submittedAt?.toISOString() ?? null,
    lastReason: p.events[0]?.reason ?? null,
  }
}

/** A provider's own projects, every status, most recently changed first. */
export async function listOwnProjects(user: PublicUser): Promise<ProjectDashboardRow[]> {
  const rows = await prisma.project.findMany({ where: { providerId: user.id }, select: rowSelect, orderBy: { updatedAt: 'desc' }, take: 200 })
  return rows.map(toRow)
}

/** The staff review queue (入库评审): oldest submission first. */
export async function listForReview(status: ProjectStatusCode, page: number): Promise<{ items: ProjectDashboardRow[], total: number }> {
  const where = { status }
  const [rows, total] = await Promise.all([
    prisma.project.findMany({ where, select: rowSelect, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }], skip: (page - 1) * 20, take: 20 }),
    prisma.project.count({ where }),
  ])
  return { items: rows.map(toRow), total }
}

/** A project as its edit form needs it (owner or staff). */
export async function projectForEdit(user: PublicUser, id: string): Promise<ProjectInput & { id: string, status: ProjectStatusCode }> {
  const p = await prisma.project.findUnique({
    where: { id },
    select: {
      id: true, status: true, providerId: true, title: true, summary: true, description: true, tags: true, sourceType: true, investmentMin: true, investmentMax: true,
      monthlyCost: true, paybackMonths: true, expectedJobs: true, riskLevel: true, riskFactors: true, requiredSkills: true, suitableFor: true, policySlugs: true,
      images: { select: { id: true, alt: true }, orderBy: { position: 'asc' } },
      category: { select: { code: true } }, city: { select: { code: true } },
    },
  })
  if (!p) throw new AppError('not_found')
  if (p.providerId !== user.id && !user.roles.includes('STAFF') && !user.roles.includes('ADMIN')) throw new AppError('not_found')
  const { category, city, providerId: _p, suitableFor, ...rest } = p
  return { ...rest, categoryCode: category.code, cityCode: city?.code ?? null, suitableFor: suitableFor as ProjectInput['suitableFor'] }
}
