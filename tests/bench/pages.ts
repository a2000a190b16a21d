/**
 * npm run bench:pages — how fast the server-rendered pages are (prints figures; not a pass/fail test).
 *
 * Builds the bare reference app (tests/bench/reference-app: one page that fetches 50 items from
 * its own API route with useFetch and renders them) and starts it; starts StartHub's build
 * (`npm run build` first) on its own embedded services with the demo data (tests/bench/stack.ts).
 * Then, in BENCH_ROUNDS (default 3) alternating rounds, loads each target with BENCH_CONNECTIONS
 * (default 10) concurrent connections for BENCH_SECONDS (default 8) and prints requests/s, p50 and
 * p95 latency, and each page's ratio to the reference measured in the same round (issue 15's
 * targets: public pages ≥ 0.6×, signed-in pages ≥ 0.4×, p95 ≤ 100 ms). Two public pages are also
 * measured rendered afresh for every request (no micro-cache), which is what every signed-in page
 * and every first request after a change costs.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { freePort } from '../../scripts/lib/services'
import { hashToken, newToken } from '../../server/utils/tokens'
import { ms, pct, startBenchStack } from './stack'

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const SECONDS = Number(process.env.BENCH_SECONDS || 8)
const root = resolve(import.meta.dirname, '../..')
const refDir = join(root, 'tests/bench/reference-app')

interface Target { name: string, url: string, cookie?: string, signedIn?: boolean, uncached?: boolean }
interface Figures { rps: number, p50: number, p95: number, errors: number }

/**
 * A cookie of ours that no page reads: server/utils/page-cache.ts renders a page afresh for any
 * request that carries one (tests/integration/page-cache.test.ts), so a target with it measures the
 * render itself, not the micro-cache; an answer that came through the cache anyway (it says
 * `x-page-cache`) counts as an error.
 */
const NO_CACHE_COOKIE = 'sh_bench_render=1'

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
        if (res.status !== 200 || (t.uncached && res.headers.has('x-page-cache'))) errors++
      }
      catch {
        errors++
      }
      latencies.push(performance.now() - start)
    }
  }))
  return { rps: latencies.length / SECONDS, p50: pct(latencies, 50), p95: pct(latencies, 95), errors }
}

interface Visit { name: string, jsBeforeLoad: number, jsBodies: number, js: number, total: number, requests: number, lcp: number, opened: number }

/**
 * A first visit in headless Chromium on a 360 px phone with 4× CPU slowdown: bytes as transferred
 * (compressed, headers included) of the JavaScript loaded before the load event, the same
 * JavaScript's compressed bodies alone (the files' brotli size, without HTTP headers), all
 * JavaScript, and everything; the Largest Contentful Paint; and when the page was there:
 * interactive and, for a private page's shell, its page rendered (composables/usePageShell.ts).
 */
async function visits(base: string, paths: { path: string, cookie?: string }[]): Promise<Visit[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  })
  const out: Visit[] = []
  try {
    for (const { path, cookie } of paths) {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
      if (cookie) await ctx.addCookies(cookie.split('; ').map(c => ({ name: c.split('=')[0]!, value: c.slice(c.indexOf('=') + 1), url: base })))
      const page = await ctx.newPage()
      const cdp = await ctx.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      const types = new Map<string, string>()
      const done: { id: string, bytes: number, at: number }[] = []
      const headerBytes = new Map<string, number>()
      let loadAt = Number.POSITIVE_INFINITY
      cdp.on('Network.responseReceived', e => types.set(e.requestId, e.type))
      cdp.on('Network.responseReceivedExtraInfo', e => headerBytes.set(e.requestId, e.headersText?.length ?? 0))
      cdp.on('Network.loadingFinished', e => done.push({ id: e.requestId, bytes: e.encodedDataLength, at: e.timestamp }))
      cdp.on('Page.loadEventFired', e => (loadAt = e.timestamp))
      await cdp.send('Page.enable')
      await page.goto(`${base}${path}`, { waitUntil: 'load' })
      // "there": hydrated (the header's buttons are enabled then) and, for a shell, its page rendered
      await page.waitForFunction(() => !document.querySelector('main[aria-busy="true"]') && !document.querySelector('[data-testid="elder-toggle"]')?.hasAttribute('disabled'), null, { polling: 'raf' })
      const opened = await page.evaluate(() => performance.now())
      await page.waitForLoadState('networkidle')
      const lcp = await page.evaluate(() => new Promise<number>((resolve) => {
        new PerformanceObserver(list => resolve(list.getEntries().at(-1)?.startTime ?? Number.NaN)).observe({ type: 'largest-contentful-paint', buffered: true })
        setTimeout(() => resolve(Number.NaN), 3000)
      }))
      const sum = (xs: typeof done) => xs.reduce((n, x) => n + x.bytes, 0)
      const scripts = done.filter(d => types.get(d.id) === 'Script')
      const byLoad = scripts.filter(d => d.at <= loadAt)
      out.push({ name: `${path}${cookie ? ' (signed in)' : ''}`, jsBeforeLoad: sum(byLoad), jsBodies: byLoad.reduce((n, d) => n + d.bytes - (headerBytes.get(d.id) ?? 0), 0), js: sum(scripts), total: sum(done), requests: done.length, lcp, opened })
      await ctx.close()
    }
  }
  finally {
    await browser.close()
  }
  return out
}

const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(7)} KB`

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
    const [entrepreneur, staff] = [await session('entrepreneur@demo.starthub.cn'), await session('staff@demo.starthub.cn')]
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
      { name: '/ (rendered, no cache)', url: `${base}/`, cookie: NO_CACHE_COOKIE, uncached: true },
      { name: '/projects (rendered, no cache)', url: `${base}/projects`, cookie: NO_CACHE_COOKIE, uncached: true },
      { name: 'GET /api/projects', url: `${base}/api/projects` },
      { name: '/cases (signed in)', url: `${base}/cases`, cookie: entrepreneur, signedIn: true },
      { name: '/staff/cases (staff)', url: `${base}/staff/cases`, cookie: staff, signedIn: true },
      { name: '/cases (shell, no cache)', url: `${base}/cases`, cookie: `${entrepreneur}; ${NO_CACHE_COOKIE}`, uncached: true },
      // what the browser asks for next, to render a signed-in page's shell
      { name: 'GET /api/auth/me', url: `${base}/api/auth/me`, cookie: entrepreneur },
      { name: 'GET /api/cases/mine', url: `${base}/api/cases/mine`, cookie: entrepreneur },
      { name: 'GET /api/staff/cases', url: `${base}/api/staff/cases`, cookie: staff },
    ]
    // the index filled and the start-up jobs done before anything is measured
    for (let i = 0; i < 120; i++) {
      const r = await fetch(`${base}/api/projects`).then(res => res.json() as Promise<{ total: number, degraded: boolean }>).catch(() => null)
      if (r && r.total > 0 && !r.degraded) break
      await new Promise(res => setTimeout(res, 500))
    }
    await new Promise(res => setTimeout(res, 5000))
    // BENCH_ROUNDS=0: the first visits alone
    if (ROUNDS > 0) {
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
        const goal = t.url === ref.url || t.uncached ? '' : t.name.startsWith('GET ') ? '' : t.signedIn ? (ratio >= 0.4 ? 'ok (≥ 0.4×)' : 'below 0.4×') : (ratio >= 0.6 ? 'ok (≥ 0.6×)' : 'below 0.6×')
        console.log(`${t.name.padEnd(32)} ${rps.toFixed(0).padStart(8)} ${ms(median(fs.map(f => f.p50)))} ${ms(median(fs.map(f => f.p95)))} ${ratio.toFixed(2).padStart(7)}×  ${String(fs.reduce((n, f) => n + f.errors, 0)).padStart(6)}  ${goal}`)
      }
      console.log(`\n(medians of ${ROUNDS} rounds; the reference ran ${refRps.map(x => x.toFixed(0)).join(', ')} req/s)`)
    }

    // a first visit as a phone makes it (targets: JS before interactive ≤ 100 KB, all ≤ 200 KB, LCP ≤ 2.5 s)
    // (and the two signed-in pages, whose shell the browser fills: "there" is when it has)
    const paths = targets.filter(t => !t.uncached && t.url.startsWith(base) && !t.name.startsWith('GET ')).map(t => ({ path: t.url.slice(base.length), cookie: t.signedIn ? t.cookie : undefined }))
    console.log(`\n${'first visit (360 px, 4× CPU)'.padEnd(32)} ${'JS by load'.padStart(10)} ${'its bodies'.padStart(10)} ${'all JS'.padStart(10)} ${'everything'.padStart(10)} requests ${'LCP'.padStart(10)} ${'there'.padStart(10)}`)
    for (const v of await visits(base, paths)) {
      console.log(`${v.name.slice(0, 32).padEnd(32)} ${kb(v.jsBeforeLoad)} ${kb(v.jsBodies)} ${kb(v.js)} ${kb(v.total)} ${String(v.requests).padStart(8)} ${ms(v.lcp)} ${ms(v.opened)}`)
    }
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
