import { defineLifecycle } from '#shared/utils/lifecycle'
import type { RevisionStatus } from '../../generated/prisma/enums'

/**
 * A revision of an approved record: the author proposes it (a later edit updates it, or takes
 * it back when the record is as it was), staff approve it (it becomes the public version) or
 * reject it with a reason; the public version stays until then.
 */
export type RevisionRole = 'author' | 'staff'
export type RevisionAction = 'update' | 'withdraw' | 'approve' | 'reject'

export const revisionLifecycle = defineLifecycle<RevisionStatus, RevisionAction, RevisionRole>([
  { action: 'update', event: 'revision_updated', by: ['author'], from: ['PENDING'] },
  { action: 'withdraw', event: 'revision_withdrawn', by: ['author'], from: ['PENDING'], to: 'WITHDRAWN' },
  { action: 'approve', event: 'revision_approved', by: ['staff'], from: ['PENDING'], to: 'APPROVED' },
  { action: 'reject', event: 'revision_rejected', by: ['staff'], from: ['PENDING'], to: 'REJECTED' },
])

/** The fields of `next` whose value differs from `current` (values compared as JSON). */
export function changedFields<D extends Record<string, unknown>>(fields: readonly (keyof D & string)[], current: D, next: D): (keyof D & string)[] {
  return fields.filter(f => JSON.stringify(current[f] ?? null) !== JSON.stringify(next[f] ?? null))
}
