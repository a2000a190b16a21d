import type { Prisma } from '../../generated/prisma/client'
import { AppError } from '../../utils/errors'
import { holdImages } from '../images'
import type { RevisionAdapter } from './adapter'
import { changedFields, revisionLifecycle } from './rules'

export interface PendingRevision { id: string, changes: string[], createdAt: string }

/**
 * Called inside the author's edit of an approved record: compares the reviewed fields with the
 * public version and stores what differs as the record's one pending revision (created, or
 * updated when one waits already). An edit that brings the fields back to the public version
 * withdraws the pending revision. Returns the pending revision, or null.
 */
export async function proposeRevision<D extends Record<string, unknown>>(tx: Prisma.TransactionClient, adapter: RevisionAdapter<D>, entityId: string, authorId: string, next: D): Promise<PendingRevision | null> {
  const current = await adapter.current(tx, entityId)
  const changes = changedFields(adapter.fields, current, next)
  const data = Object.fromEntries(adapter.fields.map(f => [f, next[f] ?? null])) as Prisma.InputJsonObject
  const pending = await tx.revision.findFirst({ where: { entity: adapter.entity, entityId, status: 'PENDING' }, select: { id: true, authorId: true } })
  if (!changes.length) {
    if (pending) await tx.revision.update({ where: { id: pending.id }, data: { status: revisionLifecycle.find('withdraw', 'PENDING', 'author', undefined)!.to, decidedAt: new Date() } })
    return null
  }
  await holdImages(tx, adapter.images?.(next) ?? [])
  const row = pending
    ? await tx.revision.update({ where: { id: pending.id }, data: { data, changes, authorId }, select: { id: true, changes: true, createdAt: true } })
    : await tx.revision.create({ data: { entity: adapter.entity, entityId, authorId, data, changes }, select: { id: true, changes: true, createdAt: true } })
  return { id: row.id, changes: row.changes, createdAt: row.createdAt.toISOString() }
}

/** The record's pending revision, if any, with the values its author wants (to show in their form). */
export async function pendingRevision<D>(db: Prisma.TransactionClient, entity: RevisionAdapter<Record<string, unknown>>['entity'], entityId: string): Promise<(PendingRevision & { data: D }) | null> {
  const row = await db.revision.findFirst({ where: { entity, entityId, status: 'PENDING' }, select: { id: true, changes: true, createdAt: true, data: true } })
  return row ? { id: row.id, changes: row.changes, createdAt: row.createdAt.toISOString(), data: row.data as D } : null
}

/** Loads a pending revision for a staff decision (404 unknown, 409 decided already). */
export async function pendingForReview(tx: Prisma.TransactionClient, id: string) {
  const row = await tx.revision.findUnique({ where: { id }, select: { id: true, entity: true, entityId: true, authorId: true, status: true, data: true, changes: true } })
  if (!row) throw new AppError('not_found')
  if (revisionLifecycle.refusal('approve', row.status, 'staff', undefined)) throw new AppError('invalid_transition')
  return row
}
