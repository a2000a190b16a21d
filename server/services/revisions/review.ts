import type { PublicUser } from '#shared/types/user'
import type { RevisionView } from '#shared/types/revision'
import type { RevisionEntity, RevisionReviewInput } from '#shared/schemas/revision'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { siteLink } from '../../mail/links'
import { enqueueMail } from '../mail'
import { projectRevisionAdapter } from '../projects/revision'
import { mentorRevisionAdapter } from '../mentors/revision'
import type { RevisionAdapter } from './adapter'
import { pendingForReview } from './commands'
import { revisionLifecycle } from './rules'

/**
 * The staff queue of revisions (修改审核): every pending change of a published project or an
 * approved mentor profile, field by field (before → after), oldest first; approving makes it
 * the public version, rejecting keeps the public version and tells the author why.
 */
function withAdapter<R>(entity: string, fn: <D extends Record<string, unknown>>(adapter: RevisionAdapter<D>) => R): R {
  if (entity === 'project') return fn(projectRevisionAdapter)
  if (entity === 'mentor') return fn(mentorRevisionAdapter)
  throw new AppError('not_found')
}

const PAGE_SIZE = 20

export async function listRevisions(query: { entity?: RevisionEntity, status: 'PENDING' | 'APPROVED' | 'REJECTED', page: number }): Promise<{ items: RevisionView[], total: number, page: number, pageSize: number }> {
  const where: Prisma.RevisionWhereInput = { status: query.status, ...(query.entity ? { entity: query.entity } : {}) }
  const [rows, total] = await Promise.all([
    prisma.revision.findMany({
      where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], skip: (query.page - 1) * PAGE_SIZE, take: PAGE_SIZE,
      select: { id: true, entity: true, entityId: true, status: true, data: true, changes: true, reason: true, createdAt: true, updatedAt: true, author: { select: { name: true } } },
    }),
    prisma.revision.count({ where }),
  ])
  const items = await Promise.all(rows.map(r => withAdapter(r.entity, async <D extends Record<string, unknown>>(adapter: RevisionAdapter<D>): Promise<RevisionView> => {
    const [current, about] = await Promise.all([adapter.current(prisma, r.entityId), adapter.describe(prisma, r.entityId)])
    const data = r.data as D
    const show = (f: keyof D & string, v: unknown) => (adapter.show ? adapter.show(f, v) : v)
    const fields = r.changes.filter((f): f is keyof D & string => (adapter.fields as readonly string[]).includes(f))
    return {
      id: r.id, entity: adapter.entity, entityId: r.entityId, title: about.title, path: about.path, status: r.status,
      authorName: r.author.name, reason: r.reason, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
      changes: fields.map(field => ({ field, before: show(field, current[field]), after: show(field, data[field]) })),
    }
  })))
  return { items, total, page: query.page, pageSize: PAGE_SIZE }
}

export async function reviewRevision(staff: PublicUser, id: string, input: RevisionReviewInput): Promise<{ id: string, status: string }> {
  return prisma.$transaction(async (tx) => {
    const r = await pendingForReview(tx, id)
    return withAdapter(r.entity, adapter => decide(tx, staff, r, adapter, input))
  })
}

async function decide<D extends Record<string, unknown>>(tx: Prisma.TransactionClient, staff: PublicUser, r: Awaited<ReturnType<typeof pendingForReview>>, adapter: RevisionAdapter<D>, input: RevisionReviewInput): Promise<{ id: string, status: string }> {
  const id = r.id
  const rule = revisionLifecycle.find(input.decision, r.status, 'staff', undefined)!
  // only one decision wins when two staff decide at once
  const done = await tx.revision.updateMany({ where: { id, status: { in: revisionLifecycle.fromStatuses(input.decision, 'staff') } }, data: { status: rule.to, reason: input.reason ?? null, reviewerId: staff.id, decidedAt: new Date() } })
  if (!done.count) throw new AppError('invalid_transition')
  const data = r.data as D
  if (input.decision === 'approve') {
    await adapter.apply(tx, r.entityId, data, r.authorId, staff.id)
  }
  else {
    // pictures only this revision held go with it
    const held = adapter.images?.(data) ?? []
    if (held.length) await tx.image.deleteMany({ where: { id: { in: held }, projectId: null, mentorPhotos: { none: {} } } })
  }
  const about = await adapter.describe(tx, r.entityId)
  await enqueueMail(tx, {
    to: about.owner.email, locale: about.owner.locale, template: 'revisionReviewed',
    params: { name: about.owner.name, title: about.title, approved: input.decision === 'approve', reason: input.reason ?? '', url: siteLink(about.owner.locale, about.path) },
  })
  return { id, status: rule.to! }
}
