import type { H3Event } from 'h3'
import { deleteCookie, getCookie, setCookie } from 'h3'
import type { RoleName } from '#shared/utils/roles'
import { SESSION_COOKIE } from '#shared/utils/session'
import type { PublicUser } from '#shared/types/user'
import type { Prisma } from '../generated/prisma/client'
import { prisma } from './prisma'
import { serverEnv } from './env'
import { hashToken, newToken } from './tokens'
import { AppError } from './errors'
import { userAgent } from './request'

const SESSION_DAYS = 30

export const sessionUserSelect = {
  id: true,
  name: true,
  email: true,
  locale: true,
  emailVerifiedAt: true,
  disabledAt: true,
  city: { select: { code: true } },
  roles: { select: { role: true } },
} satisfies Prisma.UserSelect

type SessionUserRow = Prisma.UserGetPayload<{ select: typeof sessionUserSelect }>

export function toPublicUser(u: SessionUserRow): PublicUser {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles: u.roles.map(r => r.role as RoleName),
    emailVerified: !!u.emailVerifiedAt,
    locale: u.locale === 'en' ? 'en' : 'zh-CN',
    cityCode: u.city?.code ?? null,
  }
}

export interface SessionContext { user: PublicUser, sessionId: string }

function cookieOptions() {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: serverEnv().production,
    path: '/',
    maxAge: SESSION_DAYS * 24 * 3600,
  }
}

/** Starts a new session (a fresh token on every login), sets the cookie, and drops the old session if any. */
export async function startSession(event: H3Event, userId: string, db: Prisma.TransactionClient = prisma): Promise<void> {
  const old = getCookie(event, SESSION_COOKIE)
  if (old) await db.session.deleteMany({ where: { tokenHash: hashToken(old) } })
  const token = newToken()
  await db.session.create({
    data: { tokenHash: hashToken(token), userId, expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000), userAgent: userAgent(event) },
  })
  setCookie(event, SESSION_COOKIE, token, cookieOptions())
  event.context.session = undefined
}

export async function endSession(event: H3Event): Promise<string | null> {
  const token = getCookie(event, SESSION_COOKIE)
  deleteCookie(event, SESSION_COOKIE, { path: '/' })
  event.context.session = null
  forgetSessions()
  if (!token) return null
  const deleted = await prisma.session.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true } })
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } })
  return deleted?.userId ?? null
}

/**
 * Session rows looked up in the last second, by token hash. A page rendered for a signed-in
 * visitor calls several API routes, each its own request with the same cookie: they share one
 * lookup (concurrent ones the same promise) instead of one query each. A row is reused for at
 * most `SESSION_MEMO_MS`, and this instance forgets them all when anything is written through
 * the API (a sign-out, a role or a password change …): another instance sees a revoked session
 * within that second.
 */
const SESSION_MEMO_MS = 1000
/** The signal (server/utils/notify.ts) that drops every instance's remembered sessions. */
export const SESSIONS_SIGNAL = 'sessions'
type SessionRow = Prisma.SessionGetPayload<{ select: { id: true, expiresAt: true, lastSeenAt: true, user: { select: typeof sessionUserSelect } } }>
const sessionMemo = new Map<string, { at: number, row: Promise<SessionRow | null> }>()

export function forgetSessions(): void {
  sessionMemo.clear()
}

function sessionRow(tokenHash: string): Promise<SessionRow | null> {
  const now = Date.now()
  const memo = sessionMemo.get(tokenHash)
  if (memo && now - memo.at < SESSION_MEMO_MS) return memo.row
  const row = prisma.session.findUnique({
    where: { tokenHash },
    select: { id: true, expiresAt: true, lastSeenAt: true, user: { select: sessionUserSelect } },
  })
  sessionMemo.set(tokenHash, { at: now, row })
  row.catch(() => sessionMemo.delete(tokenHash))
  if (sessionMemo.size > 1000) sessionMemo.delete(sessionMemo.keys().next().value!)
  return row
}

/** The signed-in user of this request, or null. Looked up once per request. */
export async function currentSession(event: H3Event): Promise<SessionContext | null> {
  if (event.context.session !== undefined) return event.context.session as SessionContext | null
  const token = getCookie(event, SESSION_COOKIE)
  let result: SessionContext | null = null
  if (token) {
    const session = await sessionRow(hashToken(token))
    if (session && session.expiresAt > new Date() && !session.user.disabledAt) {
      result = { user: toPublicUser(session.user), sessionId: session.id }
      if (Date.now() - session.lastSeenAt.getTime() > 3600_000) {
        session.lastSeenAt = new Date()
        await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: session.lastSeenAt } }).catch(() => {})
      }
    }
    else {
      deleteCookie(event, SESSION_COOKIE, { path: '/' })
    }
  }
  event.context.session = result
  return result
}

export async function requireUser(event: H3Event): Promise<SessionContext> {
  const s = await currentSession(event)
  if (!s) throw new AppError('unauthorized')
  return s
}

/** Booking, applying, publishing and enquiries need a verified email. */
export async function requireVerifiedUser(event: H3Event): Promise<SessionContext> {
  const s = await requireUser(event)
  if (!s.user.emailVerified) throw new AppError('email_not_verified')
  return s
}

export async function requireRole(event: H3Event, ...roles: RoleName[]): Promise<SessionContext> {
  const s = await requireUser(event)
  if (!roles.some(r => s.user.roles.includes(r))) throw new AppError('forbidden')
  return s
}
