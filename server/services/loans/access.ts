import type { PublicUser } from '#shared/types/user'
import type { LoanViewerRole } from '#shared/types/loan'
import type { OrganisationRole } from '#shared/utils/roles'
import type { Prisma } from '../../generated/prisma/client'
import { AppError } from '../../utils/errors'
import { audit } from '../audit'
import { staffCities } from '../reference'

/**
 * Who may see a loan application: its applicant; 人社 staff of its city (staff without a city
 * work province-wide) once it is submitted; officers of the guarantee institution and the bank
 * it is assigned to, once the public notice is over and the file is theirs. Anyone else gets
 * 404, as if it did not exist. Every reviewer's read is written to the audit log.
 */
type Tx = Prisma.TransactionClient

export const loanAccessSelect = {
  id: true, applicantId: true, status: true, guarantorId: true, bankId: true, dueDiligenceFrom: true,
  city: { select: { code: true } },
} satisfies Prisma.LoanApplicationSelect

export type LoanAccessRow = Prisma.LoanApplicationGetPayload<{ select: typeof loanAccessSelect }>

/** The organisation an officer works for in this role (null: not such an officer). */
export async function officerOrganisation(db: Tx, user: PublicUser, role: OrganisationRole): Promise<string | null> {
  if (!user.roles.includes(role)) return null
  const r = await db.userRole.findUnique({ where: { userId_role: { userId: user.id, role } }, select: { organisationId: true } })
  return r?.organisationId ?? null
}

export async function loanRoleOf(db: Tx, user: PublicUser, row: LoanAccessRow): Promise<LoanViewerRole | null> {
  if (row.applicantId === user.id) return 'applicant'
  if (row.status === 'DRAFT') return null
  if (user.roles.includes('STAFF')) {
    const mine = await staffCities(user)
    if (!mine || (row.city && mine.includes(row.city.code))) return 'staff'
  }
  if (!row.dueDiligenceFrom) return null
  if (row.guarantorId && row.guarantorId === await officerOrganisation(db, user, 'GUARANTOR')) return 'guarantor'
  if (row.bankId && row.bankId === await officerOrganisation(db, user, 'BANK')) return 'bank'
  return null
}

/** Loads an application for a viewer: 404 to anyone who may not see it; reviewers' reads are audited. */
export async function loanFor(db: Tx, user: PublicUser, id: string, opts: { purpose?: string } = {}): Promise<{ row: LoanAccessRow, role: LoanViewerRole }> {
  const row = await db.loanApplication.findUnique({ where: { id }, select: loanAccessSelect })
  const role = row ? await loanRoleOf(db, user, row) : null
  if (!row || !role) throw new AppError('not_found')
  if (role !== 'applicant') await audit({ action: 'loan.read', actorId: user.id, subjectId: row.applicantId, meta: { loanId: id, role, purpose: opts.purpose ?? 'view' } }, db)
  return { row, role }
}

/** The lifecycle role of a viewer (shared/utils/loan-steps.ts). */
export const lifecycleRole = (role: LoanViewerRole) => (role === 'applicant' ? 'APPLICANT' : role === 'staff' ? 'STAFF' : role === 'guarantor' ? 'GUARANTOR' : 'BANK') as 'APPLICANT' | 'STAFF' | 'GUARANTOR' | 'BANK'
