import { randomBytes } from 'node:crypto'
import type { ProjectEvaluationInput, ProjectInput, ProjectRecommendInput, ProjectReviewInput } from '#shared/schemas/project'
import type { PublicUser } from '#shared/types/user'
import type { ProjectStatusCode } from '#shared/utils/projects'
import type { Prisma } from '../generated/prisma/client'
import { prisma } from '../utils/prisma'
import { AppError } from '../utils/errors'
import { enqueueProjectSync } from './project-search'
import { setProjectImages } from './project-images'
import { enqueueMail, fromDbLocale } from './mail'
import { siteLink } from './accounts'

/**
 * The life cycle of a project (创业项目入库): a provider drafts and submits, staff admit
 * (publish) or reject with reasons, staff recommend, mentors and staff evaluate.
 * Every status change is recorded in ProjectTransition and announced to the search index in
 * the same transaction. A transition only happens from the statuses it allows, checked in the
 * UPDATE itself, so two people acting at once cannot both succeed.
 */
export interface ProjectRef { id: string, slug: string, status: ProjectStatusCode }

const isStaff = (u: PublicUser) => u.roles.includes('STAFF') || u.roles.includes('ADMIN')

async function resolveRefs(input: Pick<ProjectInput, 'categoryCode' | 'cityCode'>): Promise<{ categoryId: number, cityId: number | null }> {
  const [category, city] = await Promise.all([
    prisma.projectCategory.findUnique({ where: { code: input.categoryCode }, select: { id: true } }),
    input.cityCode ? prisma.city.findUnique({ where: { code: input.cityCode }, select: { id: true } }) : Promise.resolve(null),
  ])
  const fields: Record<string, 'validation.invalid'> = {}
  if (!category) fields.categoryCode = 'validation.invalid'
  if (input.cityCode && !city) fields.cityCode = 'validation.invalid'
  if (Object.keys(fields).length) throw new AppError('validation', fields)
  return { categoryId: category!.id, cityId: city?.id ?? null }
}

function data(input: ProjectInput) {
  const { categoryCode: _c, cityCode: _ci, images: _i, ...rest } = input
  return rest
}

export async function createProject(provider: PublicUser, input: ProjectInput): Promise<ProjectRef> {
  const refs = await resolveRefs(input)
  return prisma.$transaction(async (tx) => {
    const p = await tx.project.create({
      data: { ...data(input), ...refs, slug: `p-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`, providerId: provider.id, status: 'DRAFT' },
      select: { id: true, slug: true, status: true },
    })
    await tx.projectTransition.create({ data: { projectId: p.id, fromStatus: null, toStatus: 'DRAFT', actorId: provider.id } })
    await setProjectImages(tx, p.id, provider, input.images)
    return p
  })
}

async function ownProject(user: PublicUser, id: string) {
  const p = await prisma.project.findUnique({ where: { id }, select: { id: true, slug: true, status: true, providerId: true } })
  if (!p) throw new AppError('not_found')
  if (p.providerId !== user.id && !isStaff(user)) throw new AppError('forbidden')
  return p
}

/** Providers edit their own projects (staff may correct any); edits keep the status. */
export async function updateProject(user: PublicUser, id: string, input: ProjectInput): Promise<ProjectRef> {
  const p = await ownProject(user, id)
  if (p.status === 'ARCHIVED') throw new AppError('conflict')
  const refs = await resolveRefs(input)
  return prisma.$transaction(async (tx) => {
    const updated = await tx.project.update({ where: { id }, data: { ...data(input), ...refs, archiveReminderAt: null }, select: { id: true, slug: true, status: true } })
    await setProjectImages(tx, id, user, input.images)
    await enqueueProjectSync(tx, [id])
    return updated
  })
}

async function transition(
  tx: Prisma.TransactionClient,
  id: string,
  from: ProjectStatusCode[],
  to: ProjectStatusCode,
  actorId: string,
  reason: string | null,
  extra: Prisma.ProjectUpdateManyMutationInput = {},
): Promise<void> {
  const current = await tx.project.findUnique({ where: { id }, select: { status: true } })
  if (!current) throw new AppError('not_found')
  const done = await tx.project.updateMany({ where: { id, status: { in: from } }, data: { status: to, ...extra } })
  if (done.count === 0) throw new AppError('conflict')
  await tx.projectTransition.create({ data: { projectId: id, fromStatus: current.status, toStatus: to, actorId, reason } })
  await enqueueProjectSync(tx, [id])
}

export async function submitProject(user: PublicUser, id: string): Promise<void> {
  const p = await ownProject(user, id)
  if (p.providerId !== user.id) throw new AppError('forbidden')
  await prisma.$transaction(tx => transition(tx, id, ['DRAFT', 'REJECTED'], 'PENDING', user.id, null, { submittedAt: new Date() }))
}

export async function withdrawProject(user: PublicUser, id: string): Promise<void> {
  const p = await ownProject(user, id)
  if (p.providerId !== user.id) throw new AppError('forbidden')
  await prisma.$transaction(tx => transition(tx, id, ['PENDING'], 'DRAFT', user.id, null))
}

/** 入库评审: staff admit (publish) or reject with a reason; the provider is told by mail. */
export async function reviewProject(staff: PublicUser, id: string, input: ProjectReviewInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const approved = input.decision === 'approve'
    await transition(tx, id, ['PENDING'], approved ? 'PUBLISHED' : 'REJECTED', staff.id, input.reason ?? null, approved ? { publishedAt: new Date() } : {})
    const p = await tx.project.findUniqueOrThrow({ where: { id }, select: { title: true, slug: true, provider: { select: { name: true, email: true, locale: true } } } })
    const locale = fromDbLocale(p.provider.locale)
    await enqueueMail(tx, {
      to: p.provider.email,
      locale,
      template: 'projectReviewed',
      params: { name: p.provider.name, title: p.title, approved, reason: input.reason ?? '', url: siteLink(locale, `/projects/${p.slug}`) },
    })
  })
}

/** 项目推介: staff mark a published project as recommended, with a short text (or take it back). */
export async function recommendProject(staff: PublicUser, id: string, input: ProjectRecommendInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const done = await tx.project.updateMany({
      where: { id, status: 'PUBLISHED' },
      data: input.recommended
        ? { recommended: true, recommendationText: input.text ?? null, recommendedAt: new Date() }
        : { recommended: false, recommendationText: null, recommendedAt: null },
    })
    if (done.count === 0) {
      if (!(await tx.project.findUnique({ where: { id }, select: { id: true } }))) throw new AppError('not_found')
      throw new AppError('conflict')
    }
    await enqueueProjectSync(tx, [id])
  })
  void staff
}

/** 项目评估: one evaluation per evaluator per project (updating it is allowed); the project's rating follows. */
export async function evaluateProject(evaluator: PublicUser, id: string, input: ProjectEvaluationInput): Promise<{ rating: number, ratingCount: number }> {
  return prisma.$transaction(async (tx) => {
    const p = await tx.project.findUnique({ where: { id }, select: { status: true } })
    if (!p) throw new AppError('not_found')
    if (p.status !== 'PUBLISHED') throw new AppError('conflict')
    await tx.projectEvaluation.upsert({
      where: { projectId_evaluatorId: { projectId: id, evaluatorId: evaluator.id } },
      create: { projectId: id, evaluatorId: evaluator.id, ...input },
      update: input,
    })
    // serialise rating updates of one project
    await tx.$executeRaw`SELECT 1 FROM "Project" WHERE id = ${id}::uuid FOR UPDATE`
    const agg = await tx.projectEvaluation.aggregate({ where: { projectId: id }, _avg: { market: true, returns: true, riskControl: true, replicability: true, jobs: true }, _count: true })
    const a = agg._avg
    const rating = ((a.market ?? 0) + (a.returns ?? 0) + (a.riskControl ?? 0) + (a.replicability ?? 0) + (a.jobs ?? 0)) / 5
    await tx.project.update({ where: { id }, data: { rating, ratingCount: agg._count } })
    await enqueueProjectSync(tx, [id])
    return { rating: Math.round(rating * 10) / 10, ratingCount: agg._count }
  })
}
