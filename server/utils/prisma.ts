import { PrismaPg } from '@prisma/adapter-pg'
import { Prisma, PrismaClient } from '../generated/prisma/client'
import { serverEnv } from './env'

/** The one Prisma client of the server process. */
const globalForPrisma = globalThis as unknown as { __starthubPrisma?: PrismaClient }

/**
 * The pool: DB_POOL_MAX connections (default 10). A request waits up to DB_POOL_WAIT_MS (default
 * 10 s) for one — a crowd (200 people enrolling in one session at once) queues rather than fails;
 * a database that is down refuses connections at once and the page degrades without waiting.
 */
export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DB_POOL_MAX || 10), connectionTimeoutMillis: Number(process.env.DB_POOL_WAIT_MS || 10_000) })
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
