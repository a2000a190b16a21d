/**
 * Server settings, read from the environment at run time (never baked in at build time),
 * so one build runs against embedded services in development and external ones in production.
 */
export interface ServerEnv {
  production: boolean
  databaseUrl: string
  meiliUrl: string | null
  meiliMasterKey: string | null
  smtpUrl: string | null
  mailFrom: string
  appUrl: string
  devMailbox: string | null
  /** Poll interval of the job queue in ms (LISTEN/NOTIFY makes most pickups immediate). */
  jobPollMs: number
  runJobs: boolean
}

let cached: ServerEnv | null = null

export function serverEnv(): ServerEnv {
  if (cached) return cached
  const e = process.env
  const production = e.NODE_ENV === 'production' && e.STARTHUB_DEV !== '1'
  const port = e.PORT || e.NITRO_PORT || '3000'
  cached = {
    production,
    databaseUrl: e.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/starthub',
    meiliUrl: e.MEILI_URL || null,
    meiliMasterKey: e.MEILI_MASTER_KEY || null,
    smtpUrl: e.SMTP_URL || null,
    mailFrom: e.MAIL_FROM || 'StartHub 创业一站通 <no-reply@starthub.local>',
    appUrl: (e.APP_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    devMailbox: production ? null : (e.DEV_MAILBOX_DIR || null),
    jobPollMs: Number(e.JOB_POLL_MS || 1000),
    runJobs: e.RUN_JOBS !== '0',
  }
  return cached
}
