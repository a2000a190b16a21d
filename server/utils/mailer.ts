import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'
import { serverEnv } from './env'

/** The one SMTP transport (nodemailer). SMTP_URL, e.g. smtps://user:pass@smtp.example.cn:465 */
let transporter: Transporter | null = null

export function mailer(): Transporter | null {
  const url = serverEnv().smtpUrl
  if (!url) return null
  transporter ??= nodemailer.createTransport(url, { from: serverEnv().mailFrom })
  return transporter
}

/** true when the SMTP server answers (used by /api/health). */
export async function mailHealthy(): Promise<boolean> {
  const t = mailer()
  if (!t) return false
  try {
    return await Promise.race([t.verify(), new Promise<boolean>(resolve => setTimeout(() => resolve(false), 2000))])
  }
  catch {
    return false
  }
}
