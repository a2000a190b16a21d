/** Revisions (修改审核): changes to approved records wait for staff; see rules.ts. */
export { proposeRevision, pendingRevision } from './commands'
export type { PendingRevision } from './commands'
export { listRevisions, reviewRevision } from './review'
