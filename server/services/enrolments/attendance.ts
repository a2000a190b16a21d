import { renderSVG } from 'uqr'
import type { PublicUser } from '#shared/types/user'
import type { CheckInCode } from '#shared/types/training'
import { trainingRulesOn } from '#shared/data/training-rules'
import { zonedDate } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import { isUniqueViolation, prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { hit, LIMITS, rateLimited, reset } from '../../utils/rate-limit'
import { siteLink } from '../../mail/links'
import { audit } from '../audit'
import { canManage } from '../trainings/access'
import { checkCode, checkInWindow, currentCode } from './check-in-code'

/**
 * Attendance per lesson. The trainer's room screen shows a QR code and six digits that change
 * every 30 s (check-in-code.ts); a trainee with a confirmed place checks in on their phone while
 * signed in, with a code of that very lesson, within its window (from 15 minutes before it starts
 * — lessons do start early — to its end), once. A trainer may also mark someone present by hand,
 * with a reason, and that is audited.
 */
const lessonSelect = {
  id: true, offeringId: true, startsAt: true, endsAt: true, codeSecret: true,
  offering: { select: { id: true, status: true, city: { select: { code: true } } } },
} satisfies Prisma.LessonSelect

async function lessonOf(id: string) {
  const l = await prisma.lesson.findUnique({ where: { id }, select: lessonSelect })
  if (!l) throw new AppError('not_found')
  return l
}

/** GET /api/lessons/:id/check-in-code — for the session's trainers and staff: the code now, and the QR code that opens the check-in page with it. */
export async function screenCode(user: PublicUser, lessonId: string, now = new Date()): Promise<CheckInCode & { qrSvg: string }> {
  const l = await lessonOf(lessonId)
  if (!await canManage(prisma, user, l.offering)) throw new AppError('not_found')
  const rules = trainingRulesOn(zonedDate(now))
  const window = checkInWindow(l, now, rules.checkInOpensMinutesBefore)
  const c = currentCode(l.codeSecret, now, rules.codeStepSeconds)
  const url = siteLink(user.locale, `/check-in/${l.id}?code=${c.code}`)
  return {
    lessonId: l.id,
    code: window === 'open' ? c.code : '',
    validUntil: c.validUntil.toISOString(),
    url: window === 'open' ? url : '',
    window,
    opensAt: new Date(l.startsAt.getTime() - rules.checkInOpensMinutesBefore * 60_000).toISOString(),
    checkedIn: await prisma.attendance.count({ where: { lessonId } }),
    qrSvg: window === 'open' ? renderSVG(url, { ecc: 'M', border: 2, pixelSize: 8 }) : '',
  }
}

async function confirmedEnrolmentOf(userId: string, offeringId: string): Promise<string> {
  const e = await prisma.enrolment.findFirst({ where: { offeringId, userId, status: 'CONFIRMED' }, select: { id: true } })
  if (!e) throw new AppError('forbidden')
  return e.id
}

/** POST /api/lessons/:id/check-in `{ code }` → 200, or 400 code_expired / code_invalid, 409 already_checked_in / check_in_not_open. */
export async function checkIn(user: PublicUser, lessonId: string, code: string, now = new Date()): Promise<{ lessonId: string, at: string }> {
  const l = await lessonOf(lessonId)
  if (l.offering.status !== 'PUBLISHED') throw new AppError('not_found')
  const enrolmentId = await confirmedEnrolmentOf(user.id, l.offeringId)
  const rules = trainingRulesOn(zonedDate(now))
  const window = checkInWindow(l, now, rules.checkInOpensMinutesBefore)
  if (window === 'not_open') throw new AppError('check_in_not_open', undefined, { minutes: rules.checkInOpensMinutesBefore })
  if (window === 'closed') throw new AppError('code_expired')
  const limitKey = `check-in:${user.id}:${lessonId}`
  const result = checkCode(l.codeSecret, code, now, rules.codeStepSeconds)
  if (result !== 'ok') {
    const h = await hit(limitKey, LIMITS.checkInCode)
    if (h.exceeded) throw rateLimited(h.retryAfterSeconds)
    throw new AppError(result, { code: result === 'code_expired' ? 'validation.codeExpired' : 'validation.codeInvalid' })
  }
  try {
    await prisma.attendance.create({ data: { lessonId, enrolmentId, method: 'CODE', at: now } })
  }
  catch (error) {
    if (isUniqueViolation(error)) throw new AppError('already_checked_in')
    throw error
  }
  await reset(limitKey)
  return { lessonId, at: now.toISOString() }
}

/** POST /api/lessons/:id/attendance `{ enrolmentId, reason }` — a trainer marks someone present by hand (audited). */
export async function markPresent(user: PublicUser, lessonId: string, input: { enrolmentId: string, reason: string }): Promise<{ lessonId: string, enrolmentId: string }> {
  const l = await lessonOf(lessonId)
  if (!await canManage(prisma, user, l.offering)) throw new AppError('not_found')
  const e = await prisma.enrolment.findUnique({ where: { id: input.enrolmentId }, select: { offeringId: true, status: true, userId: true } })
  if (!e || e.offeringId !== l.offeringId || e.status !== 'CONFIRMED') throw new AppError('validation', { enrolmentId: 'validation.invalid' })
  try {
    await prisma.$transaction(async (tx) => {
      await tx.attendance.create({ data: { lessonId, enrolmentId: input.enrolmentId, method: 'MANUAL', reason: input.reason, markedById: user.id } })
      await audit({ action: 'attendance.marked', actorId: user.id, subjectId: e.userId, meta: { lessonId, enrolmentId: input.enrolmentId, reason: input.reason } }, tx)
    })
  }
  catch (error) {
    if (isUniqueViolation(error)) throw new AppError('already_checked_in')
    throw error
  }
  return { lessonId, enrolmentId: input.enrolmentId }
}
