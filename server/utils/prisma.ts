import { PrismaPg } from '@prisma/adapter-pg'
import { Prisma, PrismaClient } from '../generated/prisma/client'
import { serverEnv } from './env'

/** The one Prisma client of the server process. */
const globalForPrisma = globalThis as unknown as { __starthubPrisma?: PrismaClient }

export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: 10, connectionTimeoutMillis: 3000 })
  return new PrismaClient({ adapter })
}

export const prisma: PrismaClient = globalForPrisma.__starthubPrisma
  ?? (globalForPrisma.__starthubPrisma = createPrismaClient(serverEnv().databaseUrl))

/** A unique constraint (or unique index, partial ones included) refused the write. */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return true
  // a partial unique index may reach us through the driver adapter as PostgreSQL's 23505
  const cause = error as { cause?: { code?: string }, code?: string } | null
  return cause?.code === '23505' || cause?.cause?.code === '23505' || /unique constraint|23505/i.test(String(error))
}
