import type { Prisma } from '../generated/prisma/client'
import { Prisma as P } from '../generated/prisma/client'
import type { AppLocale } from '#shared/i18n/messages'
import { prisma } from '../utils/prisma'
import { mailer } from '../utils/mailer'
import { serverEnv } from '../utils/env'
import { log } from '../utils/log'
import { addJob } from '../utils/jobs'
import type { MailParams, MailTemplate } from '../mail/templates'
import { headerValue, renderMail } from '../mail/templates'
import type { IcsMethod } from '../mail/ics'

export const SEND_MAIL_TASK = 'send_mail'
export const MAIL_MAX_ATTEMPTS = 25

export function toDbLocale(locale: AppLocale): 'zh_CN' | 'en' {
  return locale === 'en' ? 'en' : 'zh_CN'
}
export function fromDbLocale(locale: string): AppLocale {
  return locale === 'en' ? 'en' : 'zh-CN'
}

/** Extra headers of a mail (List-Unsubscribe, List-Unsubscribe-Post): names from this list only. */
export const EXTRA_MAIL_HEADERS = ['List-Unsubscribe', 'List-Unsubscribe-Post'] as const
export type MailHeaders = Partial<Record<(typeof EXTRA_MAIL_HEADERS)[number], string>>

/** The stored extra headers, each value on one line (headerValue), unknown names dropped. */
export function extraHeaders(stored: unknown): Record<string, string> {
  if (!stored || typeof stored !== 'object') return {}
  const out: Record<string, string> = {}
  for (const name of EXTRA_MAIL_HEADERS) {
    const v = (stored as Record<string, unknown>)[name]
    if (typeof v === 'string') out[name] = headerValue(v)
  }
  return out
}

/**
 * Queues a mail inside the caller's transaction: an outbox row plus a job on the PostgreSQL
 * queue. If the transaction rolls back, neither exists; if SMTP is down, the job retries with
 * exponential backoff until the server is back.
 */
export async function enqueueMail<T extends MailTemplate>(
  tx: Prisma.TransactionClient,
  mail: { to: string, locale: AppLocale, template: T, params: MailParams<T>, ics?: { method: IcsMethod, content: string }, headers?: MailHeaders },
  opts: { priority?: number } = {},
): Promise<string> {
  const rendered = renderMail(mail.template, mail.locale, mail.params)
  const row = await tx.mailMessage.create({
    data: { to: mail.to, locale: toDbLocale(mail.locale), template: mail.template, ...rendered, icsMethod: mail.ics?.method ?? null, ics: mail.ics?.content ?? null, ...(mail.headers ? { headers: mail.headers } : {}) },
    select: { id: true },
  })
  await addJob(tx, SEND_MAIL_TASK, { id: row.id }, { maxAttempts: MAIL_MAX_ATTEMPTS, ...(opts.priority !== undefined ? { priority: opts.priority } : {}) })
  return row.id
}

/** Delivers one queued mail; throws (so the queue retries) when SMTP fails. */
export async function deliverMail(id: string, attempt: number, maxAttempts: number): Promise<void> {
  const msg = await prisma.mailMessage.findUnique({ where: { id } })
  if (!msg || msg.status === 'SENT') return
  const transport = mailer()
  try {
    if (!transport) throw new Error('SMTP_URL is not set')
    const info = await transport.sendMail({
      from: headerValue(serverEnv().mailFrom), to: headerValue(msg.to), subject: headerValue(msg.subject), text: msg.text, html: msg.html,
      headers: extraHeaders(msg.headers),
      // a calendar invite as text/calendar with its METHOD, which mail clients offer to add, update or remove
      ...(msg.ics && msg.icsMethod ? { icalEvent: { method: msg.icsMethod, filename: msg.icsMethod === 'CANCEL' ? 'cancel.ics' : 'invite.ics', content: msg.ics } } : {}),
    })
    // Links in these mails carry one-time tokens: once delivered, the stored copy keeps only the subject.
    await prisma.mailMessage.update({
      where: { id },
      data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 }, messageId: info.messageId ?? null, lastError: null, text: '', html: '', headers: P.DbNull },
    })
  }
  catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    await prisma.mailMessage.update({
      where: { id },
      data: { attempts: { increment: 1 }, lastError: reason.slice(0, 500), status: attempt >= maxAttempts ? 'FAILED' : 'QUEUED' },
    })
    log.warn('mail delivery failed; the queue will retry', { mailId: id, attempt, reason })
    throw error
  }
}
