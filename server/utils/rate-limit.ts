import { prisma } from './prisma'
import { AppError } from './errors'

/**
 * Fixed-window counters in PostgreSQL (table "RateLimit"), shared by every server instance.
 * `hit` counts one event and tells whether the limit is now exceeded; `check` only reads.
 */
export interface LimitRule { points: number, windowSeconds: number }

export const LIMITS = {
  /** failed logins per account */
  loginAccount: { points: Number(process.env.RATE_LIMIT_LOGIN_ACCOUNT || 5), windowSeconds: 15 * 60 },
  /** login attempts per IP address */
  loginIp: { points: Number(process.env.RATE_LIMIT_LOGIN_IP || 50), windowSeconds: 15 * 60 },
  /** password reset requests per address and per IP */
  resetEmail: { points: 3, windowSeconds: 60 * 60 },
  resetIp: { points: Number(process.env.RATE_LIMIT_RESET_IP || 20), windowSeconds: 60 * 60 },
  /** registrations per IP */
  registerIp: { points: Number(process.env.RATE_LIMIT_REGISTER_IP || 20), windowSeconds: 60 * 60 },
  /** project picture uploads per account */
  imageUpload: { points: Number(process.env.RATE_LIMIT_IMAGE_UPLOAD || 60), windowSeconds: 60 * 60 },
  /** objections to public notices per IP (anyone may object) */
  objectionIp: { points: Number(process.env.RATE_LIMIT_OBJECTION_IP || 10), windowSeconds: 60 * 60 },
  /** loan document uploads per account */
  loanDocumentUpload: { points: Number(process.env.RATE_LIMIT_LOAN_DOCUMENT || 100), windowSeconds: 60 * 60 },
  /** verification mails per account */
  verifyResend: { points: 5, windowSeconds: 60 * 60 },
  /** subscription requests per IP, and confirmation mails per address (double opt-in cannot be used to flood a mailbox) */
  subscribeIp: { points: Number(process.env.RATE_LIMIT_SUBSCRIBE_IP || 20), windowSeconds: 60 * 60 },
  subscribeEmail: { points: 3, windowSeconds: 60 * 60 },
  /** wrong check-in codes per person per lesson: six digits cannot be guessed at this rate */
  checkInCode: { points: Number(process.env.RATE_LIMIT_CHECK_IN || 10), windowSeconds: 10 * 60 },
} as const satisfies Record<string, LimitRule>

interface Counter { count: number, retryAfterSeconds: number }

export async function hit(key: string, rule: LimitRule): Promise<Counter & { exceeded: boolean }> {
  const rows = await prisma.$queryRaw<{ count: number, windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`
  const row = rows[0]!
  return { count: row.count, exceeded: row.count > rule.points, retryAfterSeconds: retryAfter(row.windowStart, rule) }
}

export async function check(key: string, rule: LimitRule): Promise<Counter & { exceeded: boolean }> {
  const row = await prisma.rateLimit.findUnique({ where: { key } })
  if (!row || row.windowStart.getTime() < Date.now() - rule.windowSeconds * 1000) return { count: 0, exceeded: false, retryAfterSeconds: 0 }
  return { count: row.count, exceeded: row.count >= rule.points, retryAfterSeconds: retryAfter(row.windowStart, rule) }
}

export async function reset(key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key } })
}

function retryAfter(windowStart: Date, rule: LimitRule): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + rule.windowSeconds * 1000 - Date.now()) / 1000))
}

export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError('rate_limited', undefined, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }, { 'Retry-After': String(retryAfterSeconds) })
}
