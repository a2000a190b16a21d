import type { PublicUser } from '#shared/types/user'
import type { prisma } from '../../utils/prisma'
import type { Tx } from '../enrolments/store'
import { staffCities } from '../reference'

/**
 * Who manages a session or an event: staff of its city (province-wide staff everywhere) and
 * the trainers assigned to it. Everyone else sees a published one as the public does, and a
 * draft not at all.
 */
export async function canManage(db: Tx | typeof prisma, user: PublicUser, o: { id: string, city: { code: string } }): Promise<boolean> {
  if (user.roles.includes('STAFF')) {
    const mine = await staffCities(user)
    if (!mine || mine.includes(o.city.code)) return true
  }
  if (user.roles.includes('TRAINER')) return !!await db.offeringTrainer.findUnique({ where: { offeringId_userId: { offeringId: o.id, userId: user.id } }, select: { userId: true } })
  return false
}
