import { isCalendarDate } from './zoned-time'

/**
 * Chinese resident ID numbers (GB 11643-1999 公民身份号码) and mainland mobile numbers.
 * For display and logs, mask them with shared/utils/mask.ts (maskIdNumber → 2201**********1234).
 *
 * An ID number is 18 characters: a 6-digit area code, the birth date YYYYMMDD, a 3-digit
 * sequence and a check character: Σ(digit_i × 2^(17−i) mod 11) over the first 17 digits, taken
 * mod 11, maps 0…10 to 1 0 X 9 8 7 6 5 4 3 2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK = '10X98765432'

/** Upper-cases a trailing x and drops spaces. */
export function normalizeIdNumber(id: string): string {
  return id.replace(/\s+/g, '').toUpperCase()
}

/** The check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!
  return CHECK[sum % 11]!
}

/** The birth date written in an ID number (YYYY-MM-DD), or null if there is none. */
export function birthDateOfIdNumber(id: string): string | null {
  const v = normalizeIdNumber(id)
  if (!/^\d{17}[\dX]$/.test(v)) return null
  const date = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`
  return isCalendarDate(date) && date >= '1800-01-01' ? date : null
}

/** An 18-character ID number with a real area start, a real birth date and the right check character (x or X). */
export function isValidIdNumber(id: string): boolean {
  const v = normalizeIdNumber(id)
  if (!/^[1-9]\d{16}[\dX]$/.test(v)) return false
  if (!birthDateOfIdNumber(v)) return false
  return idCheckCharacter(v.slice(0, 17)) === v[17]
}

/** Whole years of age on a day (YYYY-MM-DD) from a birth date. */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years
}

/** Drops spaces and hyphens and a leading +86 / 0086. */
export function normalizeMobile(phone: string): string {
  return phone.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '')
}

/** A mainland China mobile number: 11 digits starting 13–19. */
export function isMainlandMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(phone))
}
