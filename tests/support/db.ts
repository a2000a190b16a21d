import { inject } from 'vitest'
import { createPrismaClient } from '../../server/utils/prisma'

/** Direct database access for arranging and checking test data. */
export const db = createPrismaClient(inject('databaseUrl'))

export async function grantRole(userId: string, role: 'MENTOR' | 'STAFF' | 'ADMIN') {
  await db.userRole.upsert({ where: { userId_role: { userId, role } }, create: { userId, role }, update: {} })
}
