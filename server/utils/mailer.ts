import { connect } from 'node:net'
import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'
import { serverEnv } from './env'
import { JOB_CONCURRENCY } from './jobs'

/**
 * The one SMTP transport (nodemailer). SMTP_URL, e.g. smtps://user:pass@smtp.example.cn:465
 *
 * Pooled: a mail goes over a connection already open when there is one, at most one per job
 * worker. A new SMTP session costs a handshake and whatever greeting delay the server keeps
 * against early talkers (100 ms for smtp-server, seconds for a Postfix with postscreen): a
 * session per mail took about 130 ms a mail on the development machine, pooled 16 ms. A
 * connection the server closed is dropped from the pool; a mail it was sending fails and its job
 * retries. Settings in SMTP_URL's query (`?pool=false`, `?maxConnections=2`) win over these.
 */
let transporter: Transporter | null = null

export function mailer(): Transporter | null {
  const url = serverEnv().smtpUrl
  if (!url) return null
  transporter ??= nodemailer.createTransport({ url, pool: true, maxConnections: JOB_CONCURRENCY }, { from: serverEnv().mailFrom })
  return transporter
}

/** Ends the pool's open SMTP sessions (QUIT), once the job workers have stopped. */
export function closeMailer(): void {
  transporter?.close()
  transporter = null
}

/** true when the SMTP server answers a whole session: greeting, EHLO, STARTTLS and login (health, cached there). */
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

/** true when the SMTP server's port accepts a TCP connection (closed at once; no SMTP dialogue): the cheap probe. */
export function mailReachable(timeoutMs = 1000): Promise<boolean> {
  const raw = serverEnv().smtpUrl
  if (!raw) return Promise.resolve(false)
  let url: URL
  try {
    url = new URL(raw)
  }
  catch {
    return Promise.resolve(false)
  }
  const port = Number(url.port || (url.protocol === 'smtps:' ? 465 : 587))
  const host = url.hostname.replace(/^\[|\]$/g, '')
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    const done = (ok: boolean) => {
      clearTimeout(timer)
      socket.removeAllListeners()
      socket.on('error', () => {})
      socket.destroy()
      resolve(ok)
    }
    const timer = setTimeout(() => done(false), timeoutMs)
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}
