/** Masks personal data for display and logs: 138****5678, 2201**********1234, z***@example.com. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}

export function maskIdNumber(id: string): string {
  const v = id.trim()
  if (v.length <= 8) return '*'.repeat(v.length)
  return `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`
}

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@')
  if (!domain) return '***'
  return `${local.slice(0, 1)}***@${domain}`
}

/** Replaces anything that looks like a Chinese ID number, a mobile number or an email in free text. */
export function scrubPersonalData(text: string): string {
  return text
    .replace(/\b\d{17}[\dXx]\b/g, m => maskIdNumber(m))
    .replace(/\b1[3-9]\d{9}\b/g, m => maskPhone(m))
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, m => maskEmail(m))
}

/** A person's name for public pages: the surname and stars (张**), or the first word of a Latin name. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (!chars.length) return ''
  if (/^[\x20-\x7E]+$/.test(name)) return `${name.trim().split(/\s+/)[0]}`
  return `${chars[0]}${'*'.repeat(Math.min(2, Math.max(1, chars.length - 1)))}`
}
