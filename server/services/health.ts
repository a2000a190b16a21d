import type { HealthReport, LivenessReport, ReadinessReport } from '#shared/types/api'
import { prisma } from '../utils/prisma'
import { searchHealthy } from '../utils/search'
import { mailHealthy, mailReachable } from '../utils/mailer'
import { signalsReachUs } from '../utils/notify'
import { runningWorkers } from '../jobs/heartbeat'

/**
 * Health, cheap enough for a load balancer to ask every second:
 * - the database: `SELECT 1` on the pool, every time (the one thing a request cannot do without);
 * - search: Meilisearch's `/health`, one small request on a kept-alive connection, every time;
 * - mail: a whole SMTP session (greeting, EHLO, STARTTLS, login) at most once per
 *   MAIL_SESSION_TTL_MS; each call in between only opens a TCP connection to the SMTP port, so an
 *   SMTP server that goes away shows as down at once, and a crowd of checks costs one session.
 * Concurrent calls share one probe of each kind.
 */
export const MAIL_SESSION_TTL_MS = 10_000

function shared(probe: () => Promise<boolean>): () => Promise<boolean> {
  let inFlight: Promise<boolean> | null = null
  return () => {
    inFlight ??= probe().finally(() => {
      inFlight = null
    })
    return inFlight
  }
}

const dbHealthy = shared(async () => {
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))])
    return true
  }
  catch {
    return false
  }
})

const searchUp = shared(searchHealthy)

let mailSession: { at: number, ok: boolean } | null = null
const mailUp = shared(async () => {
  if (!(await mailReachable())) {
    mailSession = null
    return false
  }
  if (mailSession && Date.now() - mailSession.at < MAIL_SESSION_TTL_MS) return mailSession.ok
  const ok = await mailHealthy()
  mailSession = { at: Date.now(), ok }
  return ok
})

export async function healthReport(): Promise<HealthReport> {
  const [db, search, mail] = await Promise.all([dbHealthy(), searchUp(), mailUp()])
  return {
    status: db && search && mail ? 'ok' : 'degraded',
    db: db ? 'ok' : 'down',
    search: search ? 'ok' : 'down',
    mail: mail ? 'ok' : 'down',
  }
}

/** Ready for traffic while the database answers; search and mail degrade the site but do not stop it. */
export async function readinessReport(): Promise<ReadinessReport> {
  const report = await healthReport()
  return { ...report, ready: report.db === 'ok', workers: runningWorkers(), signals: signalsReachUs() ? 'ok' : 'down' }
}

const started = Date.now()

/** The process is up and its event loop turns: no I/O. */
export function livenessReport(): LivenessReport {
  return { live: true, uptimeSeconds: Math.round((Date.now() - started) / 1000) }
}
