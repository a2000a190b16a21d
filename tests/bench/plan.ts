/**
 * npm run bench:plan — how long the business plan takes to compute and to print (figures only;
 * not a pass/fail test).
 *
 *   computePlan      24 months × 20 products, BENCH_PLAN_RUNS runs (default 5000): the form calls
 *                    it on every keystroke (target ≤ 2 ms)
 *   renderPlanPdf    the same plan with every section filled in, BENCH_PDF_RUNS runs (default 30)
 *   renderPlanXlsx   the same plan, BENCH_PDF_RUNS runs
 *
 * Prints median, p95 and max in milliseconds (wall clock; the CPU time of the PDF too, since
 * other work on the machine stretches wall time). Each part warms up first.
 */
import { computePlan } from '#shared/utils/plan'
import { renderPlanPdf } from '../../server/services/cases/plan-pdf'
import type { PlanDocumentMeta } from '../../server/services/cases/plan-pdf'
import { renderPlanXlsx } from '../../server/services/cases/plan-xlsx'
import { fullPlan } from '../support/plans'

const PLAN_RUNS = Number(process.env.BENCH_PLAN_RUNS || 5000)
const DOC_RUNS = Number(process.env.BENCH_PDF_RUNS || 30)

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN
}

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

// GET /api/cases/:id — to be added with the cases API: start the built server
// (tests/support/server.ts, as tests/bench/booking.ts does), create a case with this plan,
// and report its latency here with report('GET /api/cases/:id', …).
