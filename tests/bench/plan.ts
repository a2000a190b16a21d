/**
 * npm run bench:plan — how long the business plan takes to compute and to print (figures only;
 * not a pass/fail test).
 *
 *   computePlan      24 months × 20 products, BENCH_PLAN_RUNS runs (default 5000): the form calls
 *                    it on every keystroke (target ≤ 2 ms)
 *   renderPlanPdf    the same plan with every section filled in, BENCH_PDF_RUNS runs (default 30)
 *   renderPlanXlsx   the same plan, BENCH_PDF_RUNS runs
 *   GET /api/cases/:id  with BENCH_CASES cases (default 10 000) through the built server, BENCH_API_RUNS runs
 *
 * Prints median, p95 and max in milliseconds (wall clock; the CPU time of the PDF too, since
 * other work on the machine stretches wall time). Each part warms up first.
 */
import { computePlan } from '#shared/utils/plan'
import { renderPlanPdf } from '../../server/services/cases/plan-pdf'
import type { PlanDocumentMeta } from '../../server/services/cases/plan-pdf'
import { renderPlanXlsx } from '../../server/services/cases/plan-xlsx'
import { fullPlan } from '../support/plans'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { SERVICE_STAGE_CODES } from '#shared/utils/stages'
import { benchUsers, pct, startBenchStack } from './stack'

const PLAN_RUNS = Number(process.env.BENCH_PLAN_RUNS || 5000)
const DOC_RUNS = Number(process.env.BENCH_PDF_RUNS || 30)
const CASES = Number(process.env.BENCH_CASES || 10_000)
const API_RUNS = Number(process.env.BENCH_API_RUNS || 300)

function report(name: string, runs: number, wall: number[], cpu?: number[]): void {
  const f = (n: number) => n.toFixed(n < 10 ? 3 : 1).padStart(9)
  const line = `${name.padEnd(34)} runs ${String(runs).padStart(5)}   median ${f(pct(wall, 50))} ms   p95 ${f(pct(wall, 95))} ms   max ${f(Math.max(...wall))} ms`
  console.log(cpu ? `${line}   cpu median ${f(pct(cpu, 50))} ms` : line)
}

async function timed(runs: number, warmup: number, fn: () => unknown | Promise<unknown>): Promise<{ wall: number[], cpu: number[] }> {
  for (let i = 0; i < warmup; i++) await fn()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage()
    const t = performance.now()
    await fn()
    wall.push(performance.now() - t)
    const u = process.cpuUsage(c)
    cpu.push((u.user + u.system) / 1000)
  }
  return { wall, cpu }
}

const plan = fullPlan(24, 20)
const meta: PlanDocumentMeta = { title: '小鹿奶茶创业计划', author: '李小鹿', version: 3, date: new Date('2026-12-01T02:00:00Z'), locale: 'zh-CN' }

console.log(`bench:plan — Node ${process.version}, 24 months × ${plan.sales.products.length} products, ${plan.fixedAssets.length} fixed assets`)

// computePlan: synchronous and tiny; time each run on its own
{
  for (let i = 0; i < 500; i++) computePlan(plan)
  const wall: number[] = []
  for (let i = 0; i < PLAN_RUNS; i++) {
    const t = performance.now()
    computePlan(plan)
    wall.push(performance.now() - t)
  }
  report('computePlan (24 × 20)', PLAN_RUNS, wall)
}

{
  const first = performance.now()
  const pdf = await renderPlanPdf(plan, meta)
  console.log(`renderPlanPdf first run (font load)   ${(performance.now() - first).toFixed(1)} ms, ${(pdf.length / 1024).toFixed(0)} KB`)
  const { wall, cpu } = await timed(DOC_RUNS, 3, () => renderPlanPdf(plan, meta))
  report('renderPlanPdf (full plan)', DOC_RUNS, wall, cpu)
}

{
  const { wall, cpu } = await timed(DOC_RUNS, 3, () => renderPlanXlsx(plan, meta))
  report('renderPlanXlsx (full plan)', DOC_RUNS, wall, cpu)
}

// GET /api/cases/:id with BENCH_CASES (default 10 000) cases in the database, through the built
// server (skipped when there is no build): the owner's reads and a city staff member's (each of
// those is also an audit-log write), BENCH_API_RUNS (default 300) sequential requests each.
if (!existsSync(resolve(import.meta.dirname, '../../.output/server/index.mjs'))) {
  console.log('GET /api/cases/:id                      skipped: run `npm run build` first')
}
else {
  const stack = await startBenchStack({ meili: false, name: 'plan' })
  try {
    const { prisma, server } = stack
    const category = await prisma.projectCategory.findFirstOrThrow({ select: { id: true, code: true } })
    const city = await prisma.city.findUniqueOrThrow({ where: { code: 'changchun' }, select: { id: true } })
    const { ids } = await benchUsers(prisma, CASES, 'owner')
    for (let i = 0; i < ids.length; i += 2000) {
      const chunk = ids.slice(i, i + 2000).map(ownerId => ({ id: randomUUID(), ownerId, title: `基准档案 ${ownerId.slice(0, 6)}`, categoryId: category.id, cityId: city.id, legalForm: 'INDIVIDUAL_BUSINESS' as const }))
      await prisma.case.createMany({ data: chunk })
      await prisma.caseStage.createMany({ data: chunk.flatMap(c => SERVICE_STAGE_CODES.map(stage => ({ caseId: c.id, stage }))) })
    }
    // the measured case: made through the API with the full plan saved on it
    const { tokens } = await benchUsers(prisma, 1, 'measured')
    const { tokens: staffTokens } = await benchUsers(prisma, 1, 'staff', 'STAFF')
    const call = (token: string, method: string, path: string, body?: unknown) => fetch(`${server.baseUrl}${path}`, {
      method, headers: { 'content-type': 'application/json', 'accept': 'application/json', 'cookie': `sh_session=${token}` }, ...(body ? { body: JSON.stringify(body) } : {}),
    })
    const created = await (await call(tokens[0]!, 'POST', '/api/cases', { idea: { title: '小鹿奶茶店', category: category.code, city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })).json() as { id: string }
    const saved = await call(tokens[0]!, 'PUT', `/api/cases/${created.id}/plan`, { baseVersion: 0, plan, prefilled: [] })
    if (!saved.ok) throw new Error(`plan not saved: ${saved.status} ${await saved.text()}`)
    console.log(`\nGET /api/cases/:id — ${await prisma.case.count()} cases in the database, the measured one with a 24 × 20 plan`)
    for (const [label, token] of [['owner', tokens[0]!], ['staff of the city (audited read)', staffTokens[0]!]] as const) {
      for (let i = 0; i < 20; i++) await (await call(token, 'GET', `/api/cases/${created.id}`)).arrayBuffer()
      const wall: number[] = []
      for (let i = 0; i < API_RUNS; i++) {
        const t = performance.now()
        const res = await call(token, 'GET', `/api/cases/${created.id}`)
        await res.arrayBuffer()
        if (!res.ok) throw new Error(`GET /api/cases/:id → ${res.status}`)
        wall.push(performance.now() - t)
      }
      report(`GET /api/cases/:id (${label})`, API_RUNS, wall)
    }
  }
  finally {
    await stack.stop()
  }
}
