import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { applyMigrations } from '../../scripts/db/migrations-lib'
import { seed } from '../../scripts/db/seed'
import { freePort, meilisearchBinary, startMailCatcher, startMeilisearch, startPostgres } from '../../scripts/lib/services'
import type { RunningMeili } from '../../scripts/lib/services'
import type { PrismaClient } from '../../server/generated/prisma/client'
import { createPrismaClient } from '../../server/utils/prisma'
import { searchHttpClient } from '../../server/utils/search-http'
import { hashToken, newToken } from '../../server/utils/tokens'
import type { RunningServer } from '../support/server'
import { startBuiltServer } from '../support/server'

/**
 * What the benchmarks that drive the built server share: their own PostgreSQL (migrated and
 * seeded without demo data), Meilisearch, an SMTP catcher and the built server on free ports,
 * all stopped and removed by `stop()` (`env` adds to the server's environment, `nodeArgs` to its
 * node; `meili` is there for a bench that talks to Meilisearch itself or stops it); signed-in users
 * made straight in the database; and the percentile and number formats they print with.
 */
export interface BenchStack { prisma: PrismaClient, server: RunningServer, meili: RunningMeili | null, databaseUrl: string, stop: () => Promise<void> }

const root = resolve(import.meta.dirname, '../..')

/**
 * `beforeServer` runs once the services are up and before the server starts (a bench that loads
 * and indexes data itself, with no drift repair of the server running through it meanwhile).
 */
export async function startBenchStack(opts: { meili?: boolean, name?: string, env?: Record<string, string>, demo?: boolean, nodeArgs?: string[], beforeServer?: (s: { prisma: PrismaClient, meili: RunningMeili | null }) => Promise<void> } = {}): Promise<BenchStack> {
  if (!existsSync(join(root, '.output/server/index.mjs'))) throw new Error('run `npm run build` first')
  const bin = opts.meili === false ? null : meilisearchBinary()
  if (opts.meili !== false && !bin) throw new Error('needs a Meilisearch binary (linux-x64 or MEILI_BIN)')
  const dir = mkdtempSync(join(tmpdir(), `starthub-bench-${opts.name ?? 'x'}-`))
  chmodSync(dir, 0o755)
  const stops: (() => Promise<void>)[] = []
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {})
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const pg = await startPostgres({ dataDir: join(dir, 'pg'), database: 'bench' })
    stops.push(pg.stop)
    await applyMigrations(pg.url)
    // the demo data (projects, mentors, cases, loans …) when the pages are what is measured
    await seed(pg.url, { demo: opts.demo ?? false, dataKey: opts.env?.DATA_KEY })
    const prisma = createPrismaClient(pg.url)
    stops.push(() => prisma.$disconnect())
    const meili = bin ? await startMeilisearch({ bin, dataDir: join(dir, 'meili'), port: await freePort() }) : null
    if (meili) stops.push(meili.stop)
    const smtp = await startMailCatcher()
    stops.push(smtp.stop)
    await opts.beforeServer?.({ prisma, meili })
    const server = await startBuiltServer(await freePort(), {
      DATABASE_URL: pg.url, SMTP_URL: smtp.url, MAIL_FROM: 'StartHub Bench <no-reply@starthub.test>', TRUST_PROXY: '1', JOB_POLL_MS: '1000',
      ...(meili ? { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey } : {}),
      ...opts.env,
    }, async res => res.ok || (!meili && res.status === 503), opts.nodeArgs)
    stops.push(server.stop)
    return { prisma, server, meili, databaseUrl: pg.url, stop }
  }
  catch (error) {
    await stop()
    throw error
  }
}

/** `n` verified users with `role`, each with a session: the cookie values, in order. */
export async function benchUsers(prisma: PrismaClient, n: number, prefix: string, role: 'ENTREPRENEUR' | 'STAFF' = 'ENTREPRENEUR'): Promise<{ ids: string[], tokens: string[] }> {
  const users = Array.from({ length: n }, (_, i) => ({ id: randomUUID(), email: `bench-${prefix}${i}@example.test`, name: `基准${prefix}${i}`, passwordHash: 'x', emailVerifiedAt: new Date() }))
  await prisma.user.createMany({ data: users })
  await prisma.userRole.createMany({ data: users.map(u => ({ userId: u.id, role })) })
  const tokens = users.map(() => newToken())
  await prisma.session.createMany({ data: users.map((u, i) => ({ userId: u.id, tokenHash: hashToken(tokens[i]!), expiresAt: new Date(Date.now() + 86_400_000) })) })
  return { ids: users.map(u => u.id), tokens }
}

/**
 * GET a JSON answer with the server's own Meilisearch transport (server/utils/search-http.ts:
 * kept-alive node:http, no compression asked), so that an API time and a "Meilisearch directly"
 * time measure the two servers, not two client libraries (Node's fetch costs about 1 ms more per
 * request on this machine). A non-2xx answer rejects.
 */
export async function getJson<T>(url: string): Promise<{ status: number, body: T }> {
  return { status: 200, body: await searchHttpClient(url, { headers: { accept: 'application/json' } }) as T }
}

export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN
}

/** Peak resident memory of a process so far, in MiB (Linux /proc VmHWM); NaN where unknown. */
export function peakMemoryMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : Number.NaN
  }
  catch {
    return Number.NaN
  }
}

export const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`
