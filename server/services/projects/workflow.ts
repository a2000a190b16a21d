import { randomBytes } from 'node:crypto'
import type { ProjectEvaluationInput, ProjectInput, ProjectRecommendInput, ProjectReviewInput } from '#shared/schemas/project'
import type { PublicUser } from '#shared/types/user'
import type { ProjectStatusCode } from '#shared/utils/projects'
import { formatDate } from '#shared/utils/format-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { recordEvent } from '../../utils/events'
import { siteLink } from '../../mail/links'
import { enqueueProjectSync } from '../../search/specs/projects'
import { enqueueMail, fromDbLocale } from '../mail'
import { categoryIdOf, cityIdOf } from '../reference'
import { checkImages } from '../images'
import type { PendingRevision } from '../revisions'
import { proposeRevision } from '../revisions'
import { setProjectImages } from './images'
import { PROJECT_REVIEWED_FIELDS, projectRevisionAdapter } from './revision'
import type { ProjectAction, ProjectRole } from './rules'
import { projectLifecycle, projectRoleOf } from './rules'

/**
 * The life cycle of a project (rules.ts): every status change goes through transition(), which
 * records a ProjectEvent and announces the change to the search index in the same transaction.
 * A transition only happens from the statuses the table allows, checked in the UPDATE itself,
 * so two people acting at once cannot both succeed (409 `conflict`).
 */
export interface ProjectRef { id: string, slug: string, status: ProjectStatusCode }
type Tx = Prisma.TransactionClient

async function resolveRefs(input: Pick<ProjectInput, 'categoryCode' | 'cityCode'>): Promise<{ categoryId: number, cityId: number | null }> {
  const [categoryId, cityId] = await Promise.allSettled([categoryIdOf(input.categoryCode), cityIdOf(input.cityCode, { provinceWide: false })])
  const fields: Record<string, 'validation.invalid'> = {}
  if (categoryId.status === 'rejected') fields.categoryCode = 'validation.invalid'
  if (cityId.status === 'rejected') fields.cityCode = 'validation.invalid'
  if (categoryId.status === 'rejected' || cityId.status === 'rejected') throw new AppError('validation', fields)
  return { categoryId: categoryId.value, cityId: cityId.value }
}

function data(input: ProjectInput) {
  const { categoryCode: _c, cityCode: _ci, images: _i, ...rest } = input
  return rest
}

/** Loads a project and the acting person's standing, and asks the table whether they may take the action (403 / 409). */
async function authorise(db: Tx, user: PublicUser, id: string, action: ProjectAction): Promise<{ status: ProjectStatusCode, role: ProjectRole }> {
  const p = await db.project.findUnique({ where: { id }, select: { status: true, providerId: true } })
  if (!p) throw new AppError('not_found')
  const role = projectRoleOf(user, p)
  const refusal = role ? projectLifecycle.refusal(action, p.status, role, undefined) : 'forbidden'
  if (refusal === 'forbidden') throw new AppError('forbidden')
  if (refusal) throw new AppError('conflict')
  return { status: p.status, role: role! }
}

/**
 * Moves a project along its lifecycle inside the caller's transaction: the UPDATE is guarded
 * by the statuses the table allows for this action and role; the event and the search outbox
 * row are written with it.
 */
async function transition(tx: Tx, id: string, action: ProjectAction, role: ProjectRole, actorId: string | null, reason: string | null, extra: Prisma.ProjectUpdateManyMutationInput = {}): Promise<void> {
  const current = await tx.project.findUnique({ where: { id }, select: { status: true } })
  if (!current) throw new AppError('not_found')
  const rule = projectLifecycle.find(action, current.status, role, undefined)
  if (!rule?.to) throw new AppError('conflict')
  const done = await tx.project.updateMany({ where: { id, status: { in: projectLifecycle.fromStatuses(action, role) } }, data: { status: rule.to, ...extra } })
  if (done.count === 0) throw new AppError('conflict')
  await recordEvent(tx, 'project', id, { action: rule.event, from: current.status, to: rule.to, actorId, reason })
  await enqueueProjectSync(tx, [id])
}

export async function createProject(provider: PublicUser, input: ProjectInput): Promise<ProjectRef> {
  const refs = await resolveRefs(input)
  return prisma.$transaction(async (tx) => {
    const p = await tx.project.create({
      data: { ...data(input), ...refs, slug: `p-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`, providerId: provider.id, status: 'DRAFT' },
      select: { id: true, slug: true, status: true },
    })
    await recordEvent(tx, 'project', p.id, { action: 'created', to: 'DRAFT', actorId: provider.id })
    await setProjectImages(tx, p.id, provider, input.images)
    return p
  })
}

/**
 * Providers edit their own projects (staff may correct any); edits keep the status. A published
 * project was vetted: what staff review (revision.ts) waits as a revision (修改待审核) and the
 * vetted version stays public until staff approve it; the rest changes at once. Staff's own
 * corrections go public at once.
 */
export async function updateProject(user: PublicUser, id: string, input: ProjectInput): Promise<ProjectRef & { pendingRevision: PendingRevision | null }> {
  const { status, role } = await authorise(prisma, user, id, 'edit')
  const refs = await resolveRefs(input)
  return prisma.$transaction(async (tx) => {
    if (status === 'PUBLISHED' && role === 'owner') {
      await checkImages(tx, user.id, input.images.map(i => i.id), r => r.projectId === id, 'images')
      const pending = await proposeRevision(tx, projectRevisionAdapter, id, user.id, pick(input, PROJECT_REVIEWED_FIELDS))
      const { tags, requiredSkills, suitableFor, policySlugs } = input
      const updated = await tx.project.update({ where: { id }, data: { tags, requiredSkills, suitableFor, policySlugs, archiveReminderAt: null }, select: { id: true, slug: true, status: true } })
      if (pending) await recordEvent(tx, 'project', id, { action: 'revision_submitted', actorId: user.id, payload: { changes: pending.changes } })
      await enqueueProjectSync(tx, [id])
      return { ...updated, pendingRevision: pending }
    }
    const updated = await tx.project.update({ where: { id }, data: { ...data(input), ...refs, archiveReminderAt: null }, select: { id: true, slug: true, status: true } })
    await setProjectImages(tx, id, user, input.images)
    await enqueueProjectSync(tx, [id])
    return { ...updated, pendingRevision: null }
  })
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map(k => [k, o[k]])) as Pick<T, K>
}

export async function submitProject(user: PublicUser, id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { role } = await authorise(tx, user, id, 'submit')
    await transition(tx, id, 'submit', role, user.id, null, { submittedAt: new Date() })
  })
}

export async function withdrawProject(user: PublicUser, id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { role } = await authorise(tx, user, id, 'withdraw')
    await transition(tx, id, 'withdraw', role, user.id, null)
  })
}

/** 入库评审: staff admit (publish) or reject with a reason; the provider is told by mail. */
export async function reviewProject(staff: PublicUser, id: string, input: ProjectReviewInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const approved = input.decision === 'approve'
    await transition(tx, id, approved ? 'approve' : 'reject', 'staff', staff.id, input.reason ?? null, approved ? { publishedAt: new Date() } : {})
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
      where: { id, status: { in: projectLifecycle.fromStatuses('recommend', 'staff') } },
      data: input.recommended
        ? { recommended: true, recommendationText: input.text ?? null, recommendedAt: new Date() }
        : { recommended: false, recommendationText: null, recommendedAt: null },
    })
    if (done.count === 0) {
      if (!(await tx.project.findUnique({ where: { id }, select: { id: true } }))) throw new AppError('not_found')
      throw new AppError('conflict')
    }
    await recordEvent(tx, 'project', id, { action: input.recommended ? 'recommended' : 'unrecommended', actorId: staff.id, reason: input.text ?? null })
    await enqueueProjectSync(tx, [id])
  })
}

/** 项目评估: one evaluation per evaluator per project (updating it is allowed); the project's rating follows. */
export async function evaluateProject(evaluator: PublicUser, id: string, input: ProjectEvaluationInput): Promise<{ rating: number, ratingCount: number }> {
  return prisma.$transaction(async (tx) => {
    await authorise(tx, evaluator, id, 'evaluate')
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

export const ARCHIVE_AFTER_DAYS = 180
export const ARCHIVE_REMINDER_DAYS = 14
const DAY = 86_400_000

/**
 * Published projects not updated for 180 days are archived and leave the public list; their
 * providers are mailed two weeks before. Runs daily on the job queue.
 */
export async function archiveStaleProjects(now = new Date()): Promise<{ reminded: number, archived: number }> {
  const remindBefore = new Date(now.getTime() - (ARCHIVE_AFTER_DAYS - ARCHIVE_REMINDER_DAYS) * DAY)
  const archiveBefore = new Date(now.getTime() - ARCHIVE_AFTER_DAYS * DAY)
  const toRemind = await prisma.project.findMany({
    where: { status: 'PUBLISHED', updatedAt: { lt: remindBefore, gte: archiveBefore }, archiveReminderAt: null },
    select: { id: true, slug: true, title: true, updatedAt: true, provider: { select: { name: true, email: true, locale: true } } },
    take: 1000,
  })
  for (const p of toRemind) {
    await prisma.$transaction(async (tx) => {
      // updatedAt is kept: a reminder is not an update of the project
      await tx.$executeRaw`UPDATE "Project" SET "archiveReminderAt" = ${now} WHERE id = ${p.id}::uuid`
      const locale = fromDbLocale(p.provider.locale)
      const date = formatDate(new Date(p.updatedAt.getTime() + ARCHIVE_AFTER_DAYS * DAY), locale)
      await enqueueMail(tx, { to: p.provider.email, locale, template: 'projectArchiveSoon', params: { name: p.provider.name, title: p.title, date, url: siteLink(locale, '/provider/projects') } })
    })
  }
  const stale = await prisma.project.findMany({ where: { status: { in: projectLifecycle.fromStatuses('archive', 'system') }, updatedAt: { lt: archiveBefore } }, select: { id: true }, take: 1000 })
  let archived = 0
  for (const p of stale) {
    await prisma.$transaction(tx => transition(tx, p.id, 'archive', 'system', null, `${ARCHIVE_AFTER_DAYS} 天未更新，自动归档`))
      .then(() => archived++)
      // archived or changed by someone else meanwhile
      .catch((error: unknown) => {
        if (!(error instanceof AppError && error.code === 'conflict')) throw error
      })
  }
  return { reminded: toRemind.length, archived }
}
