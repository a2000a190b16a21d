/**
 * npm run bench:profile — where one page's time goes (prints figures; not a pass/fail test).
 *
 * Starts StartHub's build (`npm run build` first) on its own embedded services with the demo data
 * (tests/bench/stack.ts), its node run with `--cpu-prof`. Then, for each of BENCH_PATHS (comma-
 * separated, default `/cases`): one request alone, BENCH_REQUESTS (default 1500) at
 * BENCH_CONNECTIONS (default 10) at once, and 200 one after the other; it prints requests/s, p50
 * and p95 of each, and the database transactions one request costs (pg_stat_database, counted
 * over the one-after-the-other requests once every backend has reported them, less what the
 * server's own jobs commit over as long again without requests). The requests are signed in as BENCH_USER (default the demo entrepreneur); with
 * BENCH_USER=anonymous they carry a cookie that skips the page micro-cache, so that an
 * anonymous page is rendered afresh every time.
 *
 * When the server has stopped, the profile (written under BENCH_PROFILE_DIR, default a temporary
 * folder; open it in Chrome DevTools' Performance panel) is summed up: the functions with the most
 * time of their own and the most time with what they call, as shares of the busy time, and the
 * time per package. BENCH_ENCODING=identity asks for uncompressed answers. Profile, don't guess.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { hashToken, newToken } from '../../server/utils/tokens'
import { ms, pct, startBenchStack } from './stack'

const PATHS = (process.env.BENCH_PATHS || '/cases').split(',').filter(Boolean)
const USER = process.env.BENCH_USER || 'entrepreneur@demo.starthub.cn'
const REQUESTS = Number(process.env.BENCH_REQUESTS || 1500)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const TOP = Number(process.env.BENCH_TOP || 40)
const dir = process.env.BENCH_PROFILE_DIR || mkdtempSync(join(tmpdir(), 'starthub-profile-'))

interface ProfileNode { id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }
interface CpuProfile { nodes: ProfileNode[], samples: number[], timeDeltas: number[] }

const frame = (n: ProfileNode) => {
  const { functionName, url, lineNumber } = n.callFrame
  const file = url.includes('node_modules/') ? url.slice(url.lastIndexOf('node_modules/') + 13) : url.slice(url.lastIndexOf('/') + 1)
  return `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`
}
const packageOf = (n: ProfileNode) => {
  const url = n.callFrame.url
  if (!url) return n.callFrame.functionName
  if (url.startsWith('node:')) return 'node'
  const i = url.lastIndexOf('node_modules/')
  if (i < 0) return `app ${url.slice(url.lastIndexOf('/') + 1)}`
  const parts = url.slice(i + 13).split('/')
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
}

/** Self and inclusive time per function (a function's inclusive time counted once on a recursive path) and self time per package, in µs. */
function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map(n => [n.id, n]))
  const own = new Map<number, number>()
  profile.samples.forEach((id, i) => own.set(id, (own.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const packages = new Map<string, number>()
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v)
  // iterative post-order walk: a node's inclusive time is its own plus its children's
  const root = profile.nodes[0]!
  const stack: { node: ProfileNode, child: number, sum: number, onPath: Set<string> }[] = [{ node: root, child: 0, sum: own.get(root.id) ?? 0, onPath: new Set() }]
  let idle = 0
  while (stack.length) {
    const top = stack.at(-1)!
    const children = top.node.children ?? []
    if (top.child < children.length) {
      const node = byId.get(children[top.child++]!)!
      stack.push({ node, child: 0, sum: own.get(node.id) ?? 0, onPath: new Set([...top.onPath, frame(top.node)]) })
      continue
    }
    stack.pop()
    const key = frame(top.node)
    const mine = own.get(top.node.id) ?? 0
    if (top.node.callFrame.functionName === '(idle)') idle += mine
    add(self, key, mine)
    add(packages, packageOf(top.node), mine)
    if (!top.onPath.has(key)) add(total, key, top.sum)
    if (stack.length) stack.at(-1)!.sum += top.sum
  }
  const all = profile.timeDeltas.reduce((a, b) => a + b, 0)
  return { busy: all - idle, self, total, packages }
}

function printTop(title: string, m: Map<string, number>, busy: number, skip: (k: string) => boolean = () => false) {
  console.log(`\n${title}`)
  for (const [k, v] of [...m].filter(([k]) => !skip(k)).sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${((v / busy) * 100).toFixed(1).padStart(6)} %  ${k}`)
}

async function main() {
  const { prisma, server, stop } = await startBenchStack({
    name: 'profile',
    demo: true,
    env: { DATA_KEY: randomBytes(32).toString('base64') },
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  })
  try {
    let cookie = 'sh_bench_render=1' // a cookie of ours no page reads: no micro-cache (see pages.ts)
    if (USER !== 'anonymous') {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: USER }, select: { id: true } })
      const token = newToken()
      await prisma.session.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } })
      cookie = `sh_session=${token}`
    }
    // the index filled and the start-up jobs done before anything is measured
    await new Promise(res => setTimeout(res, 8000))
    // BENCH_ENCODING=identity asks for uncompressed answers (an API client that sends no
    // Accept-Encoding, as bench:search does); the default is a browser's
    const headers = { cookie, 'accept-language': 'zh-CN', 'accept': 'text/html', 'accept-encoding': process.env.BENCH_ENCODING || 'gzip, deflate, br' }
    const transactions = async () => Number((await prisma.$queryRaw<{ n: bigint }[]>`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`)[0]!.n)
    const run = async (path: string, n: number, connections: number) => {
      const latencies: number[] = []
      let next = 0
      let failed = 0
      const start = performance.now()
      await Promise.all(Array.from({ length: connections }, async () => {
        while (next++ < n) {
          const t = performance.now()
          const res = await fetch(`${server.baseUrl}${path}`, { headers, redirect: 'manual' })
          await res.arrayBuffer()
          if (res.status !== 200) failed++
          latencies.push(performance.now() - t)
        }
      }))
      const seconds = (performance.now() - start) / 1000
      return `${String(n).padStart(5)} requests, ${String(connections).padStart(2)} at once: ${(n / seconds).toFixed(0).padStart(5)} req/s  p50 ${ms(pct(latencies, 50))}  p95 ${ms(pct(latencies, 95))}${failed ? `  (${failed} not 200)` : ''}`
    }
    for (const path of PATHS) {
      const first = await fetch(`${server.baseUrl}${path}`, { headers, redirect: 'manual' })
      const body = await first.text()
      console.log(`\n${path} (${USER}): ${first.status}, ${(body.length / 1024).toFixed(1)} KB`)
      console.log(await run(path, REQUESTS, CONNECTIONS))
      // a backend reports its commits to pg_stat_database at most once a second, and an idle one
      // after ten: each count is read once everything before it has been reported
      const settle = () => new Promise(resolve => setTimeout(resolve, 11_000))
      await settle()
      const before = await transactions()
      const started = performance.now()
      console.log(await run(path, 200, 1))
      const took = performance.now() - started
      await settle()
      const counted = await transactions() - before - 1
      // the server's own jobs (their polls, the search sync) commit too: what they commit over as
      // long again with no requests is taken off
      const idleFrom = await transactions()
      await new Promise(resolve => setTimeout(resolve, took))
      await settle()
      const idle = await transactions() - idleFrom - 1
      console.log(`database transactions per request: ${(Math.max(0, counted - idle) / 200).toFixed(1)} (${counted} counted over the 200, ${idle} as long again without requests)`)
    }
  }
  finally {
    await stop()
  }
  const file = readdirSync(dir).filter(f => f.endsWith('.cpuprofile')).sort().at(-1)
  if (!file) throw new Error(`no profile in ${dir}`)
  const { busy, self, total, packages } = summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile)
  console.log(`\nprofile: ${join(dir, file)} (busy ${(busy / 1e6).toFixed(1)} s, start-up included)`)
  const plumbing = (k: string) => /^\((root|idle|program)\)|^(runMicrotasks|processTicksAndRejections|processImmediate|runNextTicks|listOnTimeout|processTimers) /.test(k)
  printTop('time per package (own time)', packages, busy)
  printTop('functions by own time', self, busy, plumbing)
  printTop('functions by time with what they call', total, busy, plumbing)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
