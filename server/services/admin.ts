import type { RoleChangeInput, UserListQuery } from '#shared/schemas/admin'
import type { AdminUserRow, PublicUser } from '#shared/types/user'
import { codeLabel } from '#shared/i18n/codes'
import type { OrganisationRole } from '#shared/utils/roles'
import { ORGANISATION_KIND_OF, ORGANISATION_ROLES } from '#shared/utils/roles'
import type { Prisma } from '../generated/prisma/client'
import { prisma } from '../utils/prisma'
import { AppError } from '../utils/errors'
import { audit } from './audit'
import { siteLink } from '../mail/links'
import { enqueueMail, fromDbLocale } from './mail'

export const ADMIN_PAGE_SIZE = 20

const adminUserSelect = {
  id: true,
  name: true,
  email: true,
  emailVerifiedAt: true,
  createdAt: true,
  roles: { select: { role: true } },
} satisfies Prisma.UserSelect

export async function listUsers(query: UserListQuery): Promise<{ items: AdminUserRow[], total: number, page: number, pageSize: number }> {
  const where: Prisma.UserWhereInput = {
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: 'insensitive' } }, { email: { contains: query.q.toLowerCase() } }] } : {}),
    ...(query.role ? { roles: { some: { role: query.role } } } : {}),
  }
  const [rows, total] = await Promise.all([
    prisma.user.findMany({ where, select: adminUserSelect, orderBy: { createdAt: 'desc' }, skip: (query.page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE }),
    prisma.user.count({ where }),
  ])
  return {
    items: rows.map(u => ({ id: u.id, name: u.name, email: u.email, roles: u.roles.map(r => r.role), emailVerified: !!u.emailVerifiedAt, createdAt: u.createdAt.toISOString() })),
    total,
    page: query.page,
    pageSize: ADMIN_PAGE_SIZE,
  }
}

/** Grants or removes a role; the user is told by mail. The last administrator keeps the admin role. */
export async function changeRole(admin: PublicUser, userId: string, input: RoleChangeInput, ip: string): Promise<AdminUserRow> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { ...adminUserSelect, locale: true } })
    if (!user) throw new AppError('not_found')
    const has = user.roles.some(r => r.role === input.role)
    const officer = (ORGANISATION_ROLES as readonly string[]).includes(input.role)
    if (input.grant && officer) {
      const org = input.organisationId ? await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { kind: true } }) : null
      if (!org || org.kind !== ORGANISATION_KIND_OF[input.role as OrganisationRole]) throw new AppError('validation', { organisationId: 'validation.organisationRequired' })
    }
    const extra = { ...(officer ? { organisationId: input.organisationId } : {}), ...(input.supervisor !== undefined ? { supervisor: input.supervisor } : {}) }
    if (input.grant && !has) {
      await tx.userRole.create({ data: { userId, role: input.role, grantedById: admin.id, ...extra } })
    }
    else if (input.grant && has && Object.keys(extra).length) {
      await tx.userRole.update({ where: { userId_role: { userId, role: input.role } }, data: extra })
      await audit({ action: 'role.granted', actorId: admin.id, subjectId: userId, ip, meta: { role: input.role, ...extra } }, tx)
      return toRow(await tx.user.findUniqueOrThrow({ where: { id: userId }, select: adminUserSelect }))
    }
    else if (!input.grant && has) {
      if (input.role === 'ADMIN') {
        // Serialise admin removals so two admins cannot remove each other at once.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242001)`
        const admins = await tx.userRole.count({ where: { role: 'ADMIN' } })
        if (admins <= 1) throw new AppError('last_admin')
      }
      await tx.userRole.delete({ where: { userId_role: { userId, role: input.role } } })
    }
    else {
      return toRow(user)
    }
    await audit({ action: input.grant ? 'role.granted' : 'role.revoked', actorId: admin.id, subjectId: userId, ip, meta: { role: input.role, ...(input.grant ? extra : {}) } }, tx)
    const locale = fromDbLocale(user.locale)
    await enqueueMail(tx, {
      to: user.email,
      locale,
      template: 'roleChanged',
      params: { name: user.name, roleZh: codeLabel('zh-CN', 'role', input.role), roleEn: codeLabel('en', 'role', input.role), granted: input.grant, url: siteLink(locale, '/account') },
    })
    const fresh = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: adminUserSelect })
    return toRow(fresh)
  })
}

function toRow(u: Prisma.UserGetPayload<{ select: typeof adminUserSelect }>): AdminUserRow {
  return { id: u.id, name: u.name, email: u.email, roles: u.roles.map(r => r.role), emailVerified: !!u.emailVerifiedAt, createdAt: u.createdAt.toISOString() }
}
