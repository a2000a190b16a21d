import type { Prisma } from '../generated/prisma/client'
import { prisma } from '../utils/prisma'

export type AuditAction
  = | 'auth.register'
    | 'auth.login'
    | 'auth.login_failed'
    | 'auth.login_blocked'
    | 'auth.logout'
    | 'auth.email_verified'
    | 'auth.password_reset_requested'
    | 'auth.password_reset'
    | 'auth.password_changed'
    | 'role.granted'
    | 'role.revoked'
    | 'mentor.revision_approved'
    | 'case.read'
    | 'loan.read'
    | 'loan.reveal'
    | 'loan.rules_changed'
    | 'organisation.changed'
    | 'attendance.marked'
    | 'certificate.revoked'
    | 'award.round_created'
    | 'award.phase_advanced'
    | 'award.vote_decided'
    | 'award.objection_decided'
    | 'award.reviewer_assigned'

export interface AuditEntry {
  action: AuditAction
  actorId?: string | null
  subjectId?: string | null
  ip?: string | null
  meta?: Prisma.InputJsonValue
}

/** Records a security or administrative event. Never put passwords, tokens or personal numbers in `meta`. */
export async function audit(entry: AuditEntry, db: Prisma.TransactionClient = prisma): Promise<void> {
  await db.auditLog.create({ data: { action: entry.action, actorId: entry.actorId ?? null, subjectId: entry.subjectId ?? null, ip: entry.ip ?? null, meta: entry.meta } })
}
