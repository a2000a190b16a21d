import type { ChangePasswordInput, ForgotPasswordInput, LoginInput, ProfileInput, RegisterInput, ResetPasswordInput } from '#shared/schemas/auth'
import type { PublicUser } from '#shared/types/user'
import type { H3Event } from 'h3'
import type { Prisma } from '../generated/prisma/client'
import { isUniqueViolation, prisma } from '../utils/prisma'
import { AppError } from '../utils/errors'
import { hashToken, newToken } from '../utils/tokens'
import { dummyPasswordHash, hashPassword, verifyPassword } from '../utils/password'
import { sessionUserSelect, startSession, toPublicUser } from '../utils/auth'
import { LIMITS, check, hit, rateLimited, reset } from '../utils/rate-limit'
import type { RequestContext } from '../utils/context'
import { siteLink } from '../mail/links'
import { addJob } from '../utils/jobs'
import { audit } from './audit'
import { enqueueMail, fromDbLocale, toDbLocale } from './mail'
import { cityIdOf } from './reference'

const VERIFY_TTL_MS = 24 * 3600_000
const RESET_TTL_MS = 3600_000

export async function register(input: RegisterInput, ctx: RequestContext): Promise<PublicUser> {
  const ipLimit = await hit(`register:ip:${ctx.ip}`, LIMITS.registerIp)
  if (ipLimit.exceeded) throw rateLimited(ipLimit.retryAfterSeconds)
  const passwordHash = await hashPassword(input.password)
  const token = newToken()
  try {
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          locale: toDbLocale(ctx.locale),
          roles: { create: { role: input.role } },
          emailVerifications: { create: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + VERIFY_TTL_MS) } },
        },
        select: sessionUserSelect,
      })
      await audit({ action: 'auth.register', actorId: created.id, subjectId: created.id, ip: ctx.ip, meta: { role: input.role } }, tx)
      await enqueueMail(tx, {
        to: created.email,
        locale: ctx.locale,
        template: 'verifyEmail',
        params: { name: created.name, url: siteLink(ctx.locale, `/verify-email?token=${token}`) },
      })
      return created
    })
    return toPublicUser(user)
  }
  catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('email_taken', { email: 'error.email_taken' })
    }
    throw error
  }
}

export async function resendVerification(user: PublicUser): Promise<void> {
  if (user.emailVerified) return
  const limit = await hit(`verify:user:${user.id}`, LIMITS.verifyResend)
  if (limit.exceeded) throw rateLimited(limit.retryAfterSeconds)
  const token = newToken()
  await prisma.$transaction(async (tx) => {
    await tx.emailVerification.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + VERIFY_TTL_MS) } })
    await enqueueMail(tx, { to: user.email, locale: user.locale, template: 'verifyEmail', params: { name: user.name, url: siteLink(user.locale, `/verify-email?token=${token}`) } })
  })
}

export async function verifyEmail(token: string, ctx: RequestContext): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const row = await tx.emailVerification.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, usedAt: true, expiresAt: true } })
    if (!row || row.expiresAt < new Date()) throw new AppError('token_invalid')
    if (row.usedAt) return // opening the link twice is fine
    await tx.emailVerification.update({ where: { id: row.id }, data: { usedAt: new Date() } })
    await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: new Date() } })
    await audit({ action: 'auth.email_verified', actorId: row.userId, subjectId: row.userId, ip: ctx.ip }, tx)
  })
}

export async function login(event: H3Event, input: LoginInput, ctx: RequestContext): Promise<PublicUser> {
  const ipLimit = await hit(`login:ip:${ctx.ip}`, LIMITS.loginIp)
  if (ipLimit.exceeded) throw rateLimited(ipLimit.retryAfterSeconds)
  const accountKey = `login:account:${input.email}`
  const accountLimit = await check(accountKey, LIMITS.loginAccount)
  const user = await prisma.user.findUnique({ where: { email: input.email }, select: { ...sessionUserSelect, passwordHash: true } })
  if (accountLimit.exceeded) {
    await audit({ action: 'auth.login_blocked', subjectId: user?.id ?? null, ip: ctx.ip })
    throw rateLimited(accountLimit.retryAfterSeconds)
  }
  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyPasswordHash(), input.password), false)
  if (!user || !ok || user.disabledAt) {
    await hit(accountKey, LIMITS.loginAccount)
    await audit({ action: 'auth.login_failed', subjectId: user?.id ?? null, ip: ctx.ip })
    throw new AppError('invalid_credentials')
  }
  await reset(accountKey)
  await prisma.$transaction(async (tx) => {
    await startSession(event, user.id, tx)
    await audit({ action: 'auth.login', actorId: user.id, subjectId: user.id, ip: ctx.ip }, tx)
  })
  return toPublicUser(user)
}

export const PASSWORD_RESET_TASK = 'password_reset_request'

/**
 * Always answers the same way and in the same time, whether or not the address has an account:
 * the request only counts against the IP's rate limit and queues a job; the job counts the
 * address's limit, looks it up and mails a link if there is an account.
 */
export async function requestPasswordReset(input: ForgotPasswordInput, ctx: RequestContext): Promise<void> {
  const ipLimit = await hit(`reset:ip:${ctx.ip}`, LIMITS.resetIp)
  if (ipLimit.exceeded) throw rateLimited(ipLimit.retryAfterSeconds)
  await addJob(prisma, PASSWORD_RESET_TASK, { email: input.email, ip: ctx.ip }, { maxAttempts: 5 })
}

/** The job behind requestPasswordReset: a reset link for an account that exists and is not disabled. */
export async function sendPasswordReset(payload: { email: string, ip: string }): Promise<void> {
  // at most a few links per address and hour, whoever asks (counted here, so the answer to the
  // request takes the same time either way)
  const emailLimit = await hit(`reset:email:${payload.email}`, LIMITS.resetEmail)
  if (emailLimit.exceeded) return
  const user = await prisma.user.findUnique({ where: { email: payload.email }, select: { id: true, name: true, email: true, locale: true, disabledAt: true } })
  if (!user || user.disabledAt) return
  const token = newToken()
  const locale = fromDbLocale(user.locale)
  await prisma.$transaction(async (tx) => {
    await tx.passwordReset.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) } })
    await audit({ action: 'auth.password_reset_requested', subjectId: user.id, ip: payload.ip }, tx)
    await enqueueMail(tx, { to: user.email, locale, template: 'resetPassword', params: { name: user.name, url: siteLink(locale, `/reset-password?token=${token}`) } })
  })
}

/** A new password, by any route, ends every reset link of the account that is still open. */
async function endResetTokens(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<void> {
  await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } })
}

export async function resetPassword(input: ResetPasswordInput, ctx: RequestContext): Promise<void> {
  const passwordHash = await hashPassword(input.password)
  const email = await prisma.$transaction(async (tx) => {
    const row = await tx.passwordReset.findUnique({
      where: { tokenHash: hashToken(input.token) },
      select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, locale: true, emailVerifiedAt: true } } },
    })
    if (!row || row.usedAt || row.expiresAt < new Date()) throw new AppError('token_invalid')
    const { user } = row
    await endResetTokens(tx, user.id, new Date())
    // Proving control of the mailbox also verifies it.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() } })
    await tx.session.deleteMany({ where: { userId: user.id } })
    await audit({ action: 'auth.password_reset', actorId: user.id, subjectId: user.id, ip: ctx.ip }, tx)
    const locale = fromDbLocale(user.locale)
    await enqueueMail(tx, { to: user.email, locale, template: 'passwordChanged', params: { name: user.name, url: siteLink(locale, '/login') } })
    return user.email
  })
  // A successful reset lifts a login lock-out on the account.
  await reset(`login:account:${email}`)
}

/** Changes the password, signs out every session of the user and starts a fresh one for this browser. */
export async function changePassword(event: H3Event, user: PublicUser, input: ChangePasswordInput, ctx: RequestContext): Promise<void> {
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new AppError('wrong_password', { currentPassword: 'error.wrong_password' })
  }
  const passwordHash = await hashPassword(input.newPassword)
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } })
    await endResetTokens(tx, user.id, new Date())
    await tx.session.deleteMany({ where: { userId: user.id } })
    await startSession(event, user.id, tx)
    await audit({ action: 'auth.password_changed', actorId: user.id, subjectId: user.id, ip: ctx.ip }, tx)
    await enqueueMail(tx, { to: user.email, locale: user.locale, template: 'passwordChanged', params: { name: user.name, url: siteLink(user.locale, '/login') } })
  })
}

export async function updateProfile(user: PublicUser, input: ProfileInput): Promise<PublicUser> {
  const cityId = await cityIdOf(input.cityCode, { provinceWide: false })
  const updated = await prisma.user.update({
    where: { id: user.id },
    data: { name: input.name, locale: toDbLocale(input.locale), cityId },
    select: sessionUserSelect,
  })
  return toPublicUser(updated)
}
