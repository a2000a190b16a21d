/**
 * npm run bench:pages — how fast the server-rendered pages are (prints figures; not a pass/fail test).
 *
 * Builds the bare reference app (tests/bench/reference-app: one page that fetches 50 items from
 * its own API route with useFetch and renders them) and starts it; starts StartHub's build
 * (`npm run build` first) on its own embedded services with the demo data (tests/bench/stack.ts).
 * Then, in BENCH_ROUNDS (default 3) alternating rounds, loads each target with BENCH_CONNECTIONS
 * (default 10) concurrent connections for BENCH_SECONDS (default 8) and prints requests/s, p50 and
 * p95 latency, and each page's ratio to the reference measured in the same round (issue 15's
 * targets: public pages ≥ 0.6×, signed-in pages ≥ 0.4×, p95 ≤ 100 ms).
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { freePort } from '../../scripts/lib/services'
import { hashToken, newToken } from '../../server/utils/tokens'
import { ms, pct, startBenchStack } from './stack'

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const SECONDS = Number(process.env.BENCH_SECONDS || 8)
const root = resolve(import.meta.dirname, '../..')
const refDir = join(root, 'tests/bench/reference-app')

interface Target { name: string, url: string, cookie?: string, signedIn?: boolean }
interface Figures { rps: number, p50: number, p95: number, errors: number }

/** CONNECTIONS loops, each requesting the page and reading it whole, for SECONDS. */
async function load(t: Target): Promise<Figures> {
  const latencies: number[] = []
  let errors = 0
  const until = performance.now() + SECONDS * 1000
  const headers: Record<string, string> = { 'accept': 'text/html', 'accept-language': 'zh-CN', ...(t.cookie ? { cookie: t.cookie } : {}) }
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < until) {
      const start = performance.now()
      try {
        const res = await fetch(t.url, { headers, redirect: 'manual' })
        await res.arrayBuffer()
        if (res.status !== 200) errors++
      }
      catch {
        errors++
      }
      latencies.push(performance.now() - start)
    }
  }))
  return { rps: latencies.length / SECONDS, p50: pct(latencies, 50), p95: pct(latencies, 95), errors }
}

async function startReference(): Promise<{ url: string, stop: () => void }> {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/@nuxt/cli/bin/nuxi.mjs'), 'build', refDir], { encoding: 'utf8', env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' } })
  if (build.status !== 0) throw new Error(`reference build failed:\n${build.stderr || build.stdout}`)
  const port = await freePort()
  const child = spawn(process.execPath, [join(refDir, '.output/server/index.mjs')], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' }, stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}/`
  for (let i = 0; i < 100; i++) {
    if ((await fetch(url).then(r => r.status).catch(() => 0)) === 200) return { url, stop: () => child.kill() }
    await new Promise(r => setTimeout(r, 100))
  }
  child.kill()
  throw new Error('the reference app did not start')
}

async function main() {
  console.log(`StartHub page benchmark — ${ROUNDS} rounds, ${CONNECTIONS} connections, ${SECONDS} s per page\n`)
  const ref = await startReference()
  const { prisma, server, stop } = await startBenchStack({ name: 'pages', demo: true, env: { DATA_KEY: randomBytes(32).toString('base64') } })
  try {
    const base = server.baseUrl
    const session = async (email: string) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } })
      const token = newToken()
      await prisma.session.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } })
      return `sh_session=${token}`
    }
    const project = await prisma.project.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { slug: 'asc' }, select: { slug: true } })
    const targets: Target[] = [
      { name: 'bare Nuxt 50-item list page', url: ref.url },
      { name: '/', url: `${base}/` },
      { name: '/projects', url: `${base}/projects` },
      { name: `/projects/<slug>`, url: `${base}/projects/${project.slug}` },
      { name: '/mentors', url: `${base}/mentors` },
      { name: '/policies', url: `${base}/policies` },
      { name: '/trainings', url: `${base}/trainings` },
      { name: '/stories', url: `${base}/stories` },
      { name: '/login', url: `${base}/login` },
      { name: 'GET /api/projects', url: `${base}/api/projects` },
      { name: '/cases (signed in)', url: `${base}/cases`, cookie: await session('entrepreneur@demo.starthub.cn'), signedIn: true },
      { name: '/staff/cases (staff)', url: `${base}/staff/cases`, cookie: await session('staff@demo.starthub.cn'), signedIn: true },
    ]
    // the index filled and the start-up jobs done before anything is measured
    for (let i = 0; i < 120; i++) {
      const r = await fetch(`${base}/api/projects`).then(res => res.json() as Promise<{ total: number, degraded: boolean }>).catch(() => null)
      if (r && r.total > 0 && !r.degraded) break
      await new Promise(res => setTimeout(res, 500))
    }
    await new Promise(res => setTimeout(res, 5000))
    for (const t of targets) await load({ ...t }).catch(() => null) // warm-up: one short pass is enough
      .then(() => undefined)
    const results = new Map<string, Figures[]>()
    const refRps: number[] = []
    for (let r = 0; r < ROUNDS; r++) {
      for (const t of targets) {
        const f = await load(t)
        results.set(t.name, [...(results.get(t.name) ?? []), f])
        if (t.url === ref.url) refRps.push(f.rps)
      }
      console.log(`round ${r + 1} done`)
    }
    const median = (xs: number[]) => pct(xs, 50)
    const refMedian = median(refRps)
    console.log(`\n${'page'.padEnd(32)} ${'req/s'.padStart(8)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'× bare'.padStart(8)}  errors  target`)
    for (const t of targets) {
      const fs = results.get(t.name)!
      const rps = median(fs.map(f => f.rps))
      const ratio = rps / refMedian
      const goal = t.url === ref.url ? '' : t.name.startsWith('GET ') ? '' : t.signedIn ? (ratio >= 0.4 ? 'ok (≥ 0.4×)' : 'below 0.4×') : (ratio >= 0.6 ? 'ok (≥ 0.6×)' : 'below 0.6×')
      console.log(`${t.name.padEnd(32)} ${rps.toFixed(0).padStart(8)} ${ms(median(fs.map(f => f.p50)))} ${ms(median(fs.map(f => f.p95)))} ${ratio.toFixed(2).padStart(7)}×  ${String(fs.reduce((n, f) => n + f.errors, 0)).padStart(6)}  ${goal}`)
    }
    console.log(`\n(medians of ${ROUNDS} rounds; the reference ran ${refRps.map(x => x.toFixed(0)).join(', ')} req/s)`)
  }
  finally {
    await stop()
    ref.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
