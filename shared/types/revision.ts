import type { RevisionEntity } from '../schemas/revision'

/** A change waiting for staff (or decided), field by field. */
export interface RevisionView {
  id: string
  entity: RevisionEntity
  entityId: string
  /** the record's name (project title, mentor name) */
  title: string
  /** its public page */
  path: string
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN'
  authorName: string
  reason: string | null
  createdAt: string
  updatedAt: string
  changes: { field: string, before: unknown, after: unknown }[]
}

/** On a record its author edits: the change that waits for staff (修改待审核). */
export interface PendingRevisionInfo { id: string, changes: string[], createdAt: string }
