/**
 * Starts the real stack once per test run: a fresh embedded PostgreSQL (migrated and seeded
 * with reference data), Meilisearch, an SMTP server (smtp-server + mailparser) and the built
 * StartHub server (.output). A small control server lets tests read caught mail and stop or
 * restart SMTP and Meilisearch to test outages. Everything is stopped at the end.
 */
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { applyMigrations } from '../../scripts/db/migrations-lib'
import { seed } from '../../scripts/db/seed'
import { freePort, meilisearchBinary, startMailCatcher, startMeilisearch, startPostgres } from '../../scripts/lib/services'
import type { RunningMailCatcher, RunningMeili } from '../../scripts/lib/services'
import { startBuiltServer } from '../support/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    databaseUrl: string
    meiliUrl: string
    meiliKey: string
    controlUrl: string
    dataKey: string
    smtpUrl: string
  }
}

const root = resolve(import.meta.dirname, '../..')

export default async function setup(project: TestProject) {
  if (!existsSync(join(root, '.output/server/index.mjs'))) throw new Error('No build in .output: run `npm run build` before the integration and e2e tests (npm test does).')
  const bin = meilisearchBinary()
  if (!bin) throw new Error('The integration tests need a Meilisearch binary: install on linux-x64 or set MEILI_BIN.')

  const dir = mkdtempSync(join(tmpdir(), 'starthub-test-'))
  chmodSync(dir, 0o755) // the embedded PostgreSQL runs as the postgres user when we are root
  const pg = await startPostgres({ dataDir: join(dir, 'pg'), database: 'starthub_test' })
  await applyMigrations(pg.url)
  await seed(pg.url, { demo: false })

  const meiliPort = await freePort()
  const meiliDir = join(dir, 'meili')
  let meili: RunningMeili | null = await startMeilisearch({ bin, dataDir: meiliDir, port: meiliPort })
  const meiliKey = meili.masterKey
  const smtpPort = await freePort()
  let smtp: RunningMailCatcher | null = await startMailCatcher({ port: smtpPort })
  const caught = () => smtp?.messages ?? []
  const archive: RunningMailCatcher['messages'] = []

  // the key of personal numbers at rest; tests decrypt with it to prove what is stored
  const dataKey = randomBytes(32).toString('base64')
  process.env.DATA_KEY = dataKey
  const port = await freePort()
  const server = await startBuiltServer(port, {
    DATABASE_URL: pg.url,
    DATA_KEY: dataKey,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meiliKey,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'StartHub Test <no-reply@starthub.test>',
    TRUST_PROXY: '1',
    JOB_POLL_MS: '200',
  }, async res => res.ok && (await res.json() as { search: string }).search === 'ok')
  const baseUrl = server.baseUrl
  // wait for the start-up sync of the content index, so search answers come from Meilisearch
  const indexDeadline = Date.now() + 60_000
  while ((await (await fetch(`${baseUrl}/api/search?q=${encodeURIComponent('贷款')}`)).json() as { degraded: boolean }).degraded) {
    if (Date.now() > indexDeadline) throw new Error(`the content index was not synced within 60 s:\n${server.log().slice(-2000)}`)
    await new Promise(r => setTimeout(r, 200))
  }

  // control server for tests: read mail, stop/start SMTP and Meilisearch
  const control: Server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    try {
      const url = new URL(req.url ?? '/', 'http://control')
      // the mail caught so far, from the `from`th on (the list only grows: a reader asks for what is new)
      if (req.method === 'GET' && url.pathname === '/mails') return send(200, [...archive, ...caught()].slice(Number(url.searchParams.get('from')) || 0))
      if (req.method === 'GET' && req.url === '/server-log') return send(200, { log: server.log() })
      if (req.method === 'POST' && req.url === '/smtp/stop') {
        if (smtp) {
          archive.push(...smtp.messages)
          await smtp.stop()
          smtp = null
        }
        return send(200, { ok: true })
      }
      if (req.method === 'POST' && req.url === '/smtp/start') {
        smtp ??= await startMailCatcher({ port: smtpPort })
        return send(200, { ok: true })
      }
      if (req.method === 'POST' && req.url === '/meili/stop') {
        await meili?.stop()
        meili = null
        return send(200, { ok: true })
      }
      if (req.method === 'POST' && req.url === '/meili/start') {
        meili ??= await startMeilisearch({ bin, dataDir: meiliDir, port: meiliPort, masterKey: meiliKey })
        return send(200, { ok: true })
      }
      send(404, { error: 'unknown' })
    }
    catch (error) {
      send(500, { error: String(error) })
    }
  })
  const controlPort = await freePort()
  await new Promise<void>(r => control.listen(controlPort, '127.0.0.1', () => r()))

  project.provide('baseUrl', baseUrl)
  project.provide('databaseUrl', pg.url)
  project.provide('meiliUrl', `http://127.0.0.1:${meiliPort}`)
  project.provide('meiliKey', meiliKey)
  project.provide('controlUrl', `http://127.0.0.1:${controlPort}`)
  project.provide('dataKey', dataKey)
  project.provide('smtpUrl', `smtp://127.0.0.1:${smtpPort}`)

  return async () => {
    control.close()
    // the server's log stays with the test reports, to read when a run failed
    mkdirSync(join(root, 'test-results'), { recursive: true })
    writeFileSync(join(root, 'test-results', `${project.name}-server.log`), server.log())
    await server.stop()
    await smtp?.stop()
    await meili?.stop()
    await pg.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
