import type { AppLocale } from '#shared/i18n/messages'
import type { Prisma } from '../../generated/prisma/client'

/** What the revision module needs to know about a kind of record (a project, a mentor profile). */
export interface RevisionAdapter<D extends Record<string, unknown>> {
  entity: 'project' | 'mentor'
  /** the fields staff review before they go public */
  fields: readonly (keyof D & string)[]
  /** the public version of those fields */
  current: (tx: Prisma.TransactionClient, id: string) => Promise<D>
  /** makes `data` the public version (inside the approval's transaction) */
  apply: (tx: Prisma.TransactionClient, id: string, data: D, authorId: string, reviewerId: string) => Promise<void>
  /** the record's name, its owner (to mail) and its public page */
  describe: (tx: Prisma.TransactionClient, id: string) => Promise<{ title: string, owner: { name: string, email: string, locale: AppLocale }, path: string }>
  /** the pictures a revision holds (kept while it waits) */
  images?: (data: D) => string[]
  /** how a field's value is shown to staff (pictures as their addresses) */
  show?: (field: keyof D & string, value: unknown) => unknown
}
