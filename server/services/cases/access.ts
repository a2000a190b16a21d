import type { PublicUser } from '#shared/types/user'
import type { Prisma } from '../../generated/prisma/client'
import { AppError } from '../../utils/errors'
import { audit } from '../audit'
import { staffCities } from '../reference'
import type { CaseRole } from './rules'

/**
 * Who may see a case: its owner, its adviser, a mentor it invited (only to answer the
 * invitation), and staff of the case's city (staff without a city work province-wide; a city's
 * staff also see its areas' cases). Anyone else gets 404, as if it did not exist. Every staff
 * read is written to the audit log.
 */
export interface CaseAccessRow { id: string, ownerId: string, adviserId: string | null, invitedAdviserId: string | null, city: { code: string } | null }

export const caseAccessSelect = {
  id: true, ownerId: true, adviserId: true, invitedAdviserId: true, city: { select: { code: true } },
} satisfies Prisma.CaseSelect

export async function caseRoleOf(user: PublicUser, c: CaseAccessRow): Promise<CaseRole | null> {
  if (c.ownerId === user.id) return 'owner'
  if (c.adviserId === user.id) return 'adviser'
  if (user.roles.includes('STAFF')) {
    const mine = await staffCities(user)
    if (!mine || (c.city && mine.includes(c.city.code))) return 'staff'
  }
  if (c.invitedAdviserId === user.id) return 'invited'
  return null
}

/** Loads a case for a viewer: 404 to anyone who may not see it; staff reads are audited. */
export async function caseFor(db: Prisma.TransactionClient, user: PublicUser, id: string, opts: { purpose?: string } = {}): Promise<{ row: CaseAccessRow, role: CaseRole }> {
  const row = await db.case.findUnique({ where: { id }, select: caseAccessSelect })
  const role = row ? await caseRoleOf(user, row) : null
  if (!row || !role) throw new AppError('not_found')
  if (role === 'staff') await audit({ action: 'case.read', actorId: user.id, subjectId: row.ownerId, meta: { caseId: id, purpose: opts.purpose ?? 'view' } }, db)
  return { row, role }
}
