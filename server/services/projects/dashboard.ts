import type { ProjectInput } from '#shared/schemas/project'
import type { ProjectDashboardRow } from '#shared/types/project'
import type { PublicUser } from '#shared/types/user'
import type { ProjectStatusCode } from '#shared/utils/projects'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import type { PendingRevisionInfo } from '#shared/types/revision'
import { pendingRevision } from '../revisions/commands'
import type { ProjectRevisionData } from './revision'

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

function toRow(p: Prisma.ProjectGetPayload<{ select: typeof rowSelect }>, pending: Set<string> = new Set()): ProjectDashboardRow {
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
    pendingRevision: pending.has(p.id),
  }
}

/** Which of these projects have a change waiting for staff. */
async function withPendingRevisions(ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const rows = await prisma.revision.findMany({ where: { entity: 'project', entityId: { in: ids }, status: 'PENDING' }, select: { entityId: true } })
  return new Set(rows.map(r => r.entityId))
}

/** A provider's own projects, every status, most recently changed first. */
export async function listOwnProjects(user: PublicUser): Promise<ProjectDashboardRow[]> {
  const rows = await prisma.project.findMany({ where: { providerId: user.id }, select: rowSelect, orderBy: { updatedAt: 'desc' }, take: 200 })
  const pending = await withPendingRevisions(rows.map(r => r.id))
  return rows.map(r => toRow(r, pending))
}

/** The staff review queue (入库评审): oldest submission first. */
export async function listForReview(status: ProjectStatusCode, page: number): Promise<{ items: ProjectDashboardRow[], total: number }> {
  const where = { status }
  const [rows, total] = await Promise.all([
    prisma.project.findMany({ where, select: rowSelect, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }], skip: (page - 1) * 20, take: 20 }),
    prisma.project.count({ where }),
  ])
  return { items: rows.map(r => toRow(r)), total }
}

/**
 * A project as its edit form needs it (owner or staff). While a revision waits for staff, the
 * form shows what the author asked for, and says so (`pendingRevision`).
 */
export async function projectForEdit(user: PublicUser, id: string): Promise<ProjectInput & { id: string, status: ProjectStatusCode, pendingRevision: PendingRevisionInfo | null }> {
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
  const pending = await pendingRevision<ProjectRevisionData>(prisma, 'project', id)
  const { data: asked, ...pendingInfo } = pending ?? { data: {} }
  return {
    ...rest, categoryCode: category.code, cityCode: city?.code ?? null, suitableFor: suitableFor as ProjectInput['suitableFor'],
    ...asked,
    pendingRevision: pending ? pendingInfo as PendingRevisionInfo : null,
  }
}
