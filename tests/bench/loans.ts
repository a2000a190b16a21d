/**
 * npm run bench:loans — how fast the loan clocks are (prints figures; not a pass/fail test).
 *
 * The staff queue shows a due clock on every application, so the working-day functions run for
 * every row of every page. This measures them on BENCH_PAIRS (default 10 000) random date pairs
 * over 2026–2027, BENCH_RUNS (default 30) times, and prints the median and p95 of a run:
 * - compiling the holiday calendar (once per calendar array; an admin's edit makes a new one)
 * - workingDaysBetween, addWorkingDays (1–15 days), dueClock (which also converts instants to
 *   Beijing days through Intl)
 *
 * No database, no server: pure functions only.
 */
import { performance } from 'node:perf_hooks'
import { CHINA_HOLIDAYS } from '#shared/data/holidays'
import { addWorkingDays, compileCalendar, dayString, dueClock, workingDaysBetween } from '#shared/utils/working-days'

const PAIRS = Number(process.env.BENCH_PAIRS || 10_000)
const RUNS = Number(process.env.BENCH_RUNS || 30)

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN
}
const ms = (n: number) => `${n.toFixed(2).padStart(8)} ms`

/** deterministic pairs, so runs compare */
let seed = 20_261_201
const rnd = (n: number) => (seed = (seed * 48_271) % 2_147_483_647) % n
const base = Date.UTC(2026, 0, 1) / 86_400_000
const pairs = Array.from({ length: PAIRS }, () => {
  const a = base + rnd(700)
  return { from: dayString(a), to: dayString(a + rnd(60)), n: 1 + rnd(15) }
})
const instants = pairs.map(p => ({ started: new Date(`${p.from}T09:30:00+08:00`), now: new Date(`${p.to}T15:00:00+08:00`) }))

/** what the runs computed, printed at the end so that no run can be optimised away */
let checksum = 0
function measure(name: string, fn: () => number) {
  const times: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now()
    checksum += fn()
    times.push(performance.now() - t0)
  }
  console.log(`${name.padEnd(48)} median ${ms(pct(times, 50))}   p95 ${ms(pct(times, 95))}`)
}

console.log(`loan clocks: ${PAIRS} date pairs, ${RUNS} runs each\n`)
measure('compile the calendar (an edited copy)', () => compileCalendar(CHINA_HOLIDAYS.map(y => ({ ...y }))).cum.length)
measure(`workingDaysBetween × ${PAIRS}`, () => {
  let s = 0
  for (const p of pairs) s += workingDaysBetween(p.from, p.to, CHINA_HOLIDAYS)
  return s
})
measure(`addWorkingDays (1–15) × ${PAIRS}`, () => {
  let s = 0
  for (const p of pairs) s += addWorkingDays(p.from, p.n, CHINA_HOLIDAYS).length
  return s
})
measure(`dueClock (Beijing days from instants) × ${PAIRS}`, () => {
  let s = 0
  for (const [i, p] of instants.entries()) s += dueClock(p.started, pairs[i]!.n, p.now, CHINA_HOLIDAYS).overdueDays
  return s
})

// ---------------------------------------------------------------------------------------------
// TODO(staff-queue) — to be added by the engineer who wires loans into the database:
// the staff queue query at 100 000 applications. Start the stack as tests/bench/booking.ts does
// (startPostgres + applyMigrations + seed), insert 100k LoanApplication rows with their events
// across every status and city, then time GET /api/staff/loans (first page, filtered by city and
// step, sorted by due day) and print median / p95 / p99 as bench:booking does. The due day should
// be a stored column kept by the commands (addWorkingDays at each step change), not computed per
// row in SQL; stepClocks then runs only for the rows of the page.
// ---------------------------------------------------------------------------------------------
console.log('\nstaff queue at 100k applications: not measured yet (see TODO(staff-queue) in tests/bench/loans.ts)')
console.log(`checksum ${checksum}`)
