import type { HealthReport } from '#shared/types/api'
import { prisma } from '../utils/prisma'
import { searchHealthy } from '../utils/search'
import { mailHealthy } from '../utils/mailer'

async function dbHealthy(): Promise<boolean> {
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))])
    return true
  }
  catch {
    return false
  }
}

export async function healthReport(): Promise<HealthReport> {
  const [db, search, mail] = await Promise.all([dbHealthy(), searchHealthy(), mailHealthy()])
  return {
    status: db && search && mail ? 'ok' : 'degraded',
    db: db ? 'ok' : 'down',
    search: search ? 'ok' : 'down',
    mail: mail ? 'ok' : 'down',
  }
}
