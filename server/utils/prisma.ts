import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../generated/prisma/client'
import { serverEnv } from './env'

/** The one Prisma client of the server process. */
const globalForPrisma = globalThis as unknown as { __starthubPrisma?: PrismaClient }

export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: 10, connectionTimeoutMillis: 3000 })
  return new PrismaClient({ adapter })
}

export const prisma: PrismaClient = globalForPrisma.__starthubPrisma
  ?? (globalForPrisma.__starthubPrisma = createPrismaClient(serverEnv().databaseUrl))
