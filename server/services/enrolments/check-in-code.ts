import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Rotating check-in codes for a lesson (the room screen's QR code and 6 digits). A code is the
 * HMAC of the lesson's own secret and the number of the time step (like TOTP, RFC 6238), so a
 * code of one lesson never works for another. The code of the step just before still works
 * (someone typing as it turns over); an older code of this lesson is "expired", anything else
 * "invalid". Pure: the time is passed in.
 */
export const CODE_DIGITS = 6
/** codes of this many steps before the current one are recognised as expired rather than invalid */
const RECOGNISED_STEPS = 20

export function stepOf(at: Date, stepSeconds: number): number {
  return Math.floor(at.getTime() / (stepSeconds * 1000))
}

export function codeFor(secret: Uint8Array, step: number): string {
  const mac = createHmac('sha256', secret).update(`lesson-check-in:${step}`).digest()
  const offset = mac[mac.length - 1]! & 0x0F
  const n = mac.readUInt32BE(offset) & 0x7FFFFFFF
  return String(n % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, '0')
}

export interface CurrentCode { code: string, step: number, validUntil: Date }

export function currentCode(secret: Uint8Array, at: Date, stepSeconds: number): CurrentCode {
  const step = stepOf(at, stepSeconds)
  return { code: codeFor(secret, step), step, validUntil: new Date((step + 1) * stepSeconds * 1000) }
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

export type CodeCheck = 'ok' | 'code_expired' | 'code_invalid'

export function checkCode(secret: Uint8Array, code: string, at: Date, stepSeconds: number): CodeCheck {
  if (!/^\d{6}$/.test(code)) return 'code_invalid'
  const step = stepOf(at, stepSeconds)
  if (same(code, codeFor(secret, step)) || same(code, codeFor(secret, step - 1))) return 'ok'
  for (let s = step - 2; s >= step - RECOGNISED_STEPS; s--) if (same(code, codeFor(secret, s))) return 'code_expired'
  return 'code_invalid'
}

export type CheckInWindow = 'not_open' | 'open' | 'closed'

/** A lesson's check-in is open from `opensMinutesBefore` its start until its end. */
export function checkInWindow(lesson: { startsAt: Date, endsAt: Date }, at: Date, opensMinutesBefore: number): CheckInWindow {
  if (at.getTime() < lesson.startsAt.getTime() - opensMinutesBefore * 60_000) return 'not_open'
  if (at.getTime() > lesson.endsAt.getTime()) return 'closed'
  return 'open'
}
