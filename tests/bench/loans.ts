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
 * Then the review queues at BENCH_APPLICATIONS (default 100 000) applications, through the built
 * server (`npm run build` first) on a PostgreSQL of its own: p50 and p95 of each filter the pages use.
 */
import { performance } from 'node:perf_hooks'
import { CHINA_HOLIDAYS } from '#shared/data/holidays'
import { addWorkingDays, compileCalendar, dayString, dueClock, workingDaysBetween } from '#shared/utils/working-days'
import { existsSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { hashToken, newToken } from '../../server/utils/tokens'
import { pct, startBenchStack } from './stack'

const PAIRS = Number(process.env.BENCH_PAIRS || 10_000)
const RUNS = Number(process.env.BENCH_RUNS || 30)

// two decimals: the calendar functions take fractions of a millisecond
const ms = (n: number) => `${n.toFixed(2).padStart(8)} ms`

/** deterministic pairs, so runs compare */
let rngState = 20_261_201
const rnd = (n: number) => (rngState = (rngState * 48_271) % 2_147_483_647) % n
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
// The review queues at BENCH_APPLICATIONS (default 100 000) applications: a PostgreSQL of its own,
// the applications inserted across every status, city, step and due day (their queue columns as
// the commands keep them), the built server, then GET /api/staff/loans (and the guarantor's and
// bank's queues) with the filters the pages use, BENCH_REQUESTS (default 200) times each.

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS || 100_000)
const REQUESTS = Number(process.env.BENCH_REQUESTS || 200)
const root = resolve(import.meta.dirname, '../..')

async function queueBench(): Promise<void> {
  if (!existsSync(join(root, '.output/server/index.mjs'))) {
    console.log('\nstaff queue: skipped (run `npm run build` first)')
    return
  }
  // the server answers from PostgreSQL only (no Meilisearch) and runs no jobs: the queue reads are measured alone
  const { prisma, server, stop } = await startBenchStack({ name: 'loans', meili: false, env: { MEILI_URL: 'http://127.0.0.1:9', DATA_KEY: randomBytes(32).toString('base64'), RUN_JOBS: '0' } })
  try {
    const guarantor = await prisma.organisation.create({ data: { kind: 'GUARANTOR', nameZh: '基准担保中心', nameEn: 'Bench guarantor', cityCodes: [] } })
    const banks = await Promise.all([1, 2, 3].map(i => prisma.organisation.create({ data: { kind: 'BANK', nameZh: `基准银行${i}`, nameEn: `Bench bank ${i}`, cityCodes: [] } })))
    const t0 = performance.now()
    // one applicant per application (one live application per person), then the applications,
    // in SQL: a status per row, each with the queue columns the commands keep
    await prisma.$executeRawUnsafe(`
      INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt")
      SELECT md5('bench-applicant-' || g)::uuid, 'bench-a' || g || '@example.test', '申请人' || g, 'x', now() FROM generate_series(1, ${APPLICATIONS}) g`)
    await prisma.$executeRawUnsafe(`
      WITH s AS (
        SELECT g,
          (ARRAY['SUBMITTED','ELIGIBILITY','NOTICE','DUE_DILIGENCE','APPROVED','DISBURSED','REPAYING','REPAID','RETURNED','REFUSED','WITHDRAWN','DRAFT'])[1 + g % 12] AS st,
          (SELECT array_agg(id) FROM "City") AS cities
        FROM generate_series(1, ${APPLICATIONS}) g
      )
      INSERT INTO "LoanApplication" ("id", "applicantId", "status", "applicantType", "category", "cityId", "amount", "termMonths", "maskedName", "prefilled", "ruleVersion",
        "submittedAt", "guarantorId", "bankId", "openSteps", "stepDue", "dueOn", "dueDiligenceFrom", "updatedAt")
      SELECT gen_random_uuid(), md5('bench-applicant-' || g)::uuid, st::"LoanStatus", 'INDIVIDUAL', 'GRADUATE', cities[1 + g % array_length(cities, 1)], 1000000 + (g % 300) * 100000, 24, '张**', '{}', 'jilin-2025-12-sample',
        now() - (g % 90) * interval '1 day',
        '${guarantor.id}'::uuid, (ARRAY['${banks.map(b => b.id).join('\',\'')}'])[1 + g % 3]::uuid,
        CASE st WHEN 'SUBMITTED' THEN ARRAY['ELIGIBILITY']::"LoanStep"[] WHEN 'ELIGIBILITY' THEN ARRAY['ELIGIBILITY']::"LoanStep"[] WHEN 'NOTICE' THEN ARRAY['NOTICE']::"LoanStep"[] WHEN 'DUE_DILIGENCE' THEN ARRAY['GUARANTOR','BANK']::"LoanStep"[] ELSE '{}'::"LoanStep"[] END,
        CASE WHEN st IN ('SUBMITTED','ELIGIBILITY','NOTICE') THEN jsonb_build_object(CASE st WHEN 'NOTICE' THEN 'NOTICE' ELSE 'ELIGIBILITY' END, to_char(current_date + (g % 30 - 10), 'YYYY-MM-DD'))
             WHEN st = 'DUE_DILIGENCE' THEN jsonb_build_object('GUARANTOR', to_char(current_date + (g % 30 - 12), 'YYYY-MM-DD'), 'BANK', to_char(current_date + (g % 30 - 10), 'YYYY-MM-DD'))
             ELSE NULL END,
        CASE WHEN st IN ('SUBMITTED','ELIGIBILITY','NOTICE') THEN to_char(current_date + (g % 30 - 10), 'YYYY-MM-DD') WHEN st = 'DUE_DILIGENCE' THEN to_char(current_date + (g % 30 - 12), 'YYYY-MM-DD') ELSE NULL END,
        CASE WHEN st IN ('DUE_DILIGENCE','APPROVED','DISBURSED','REPAYING','REPAID') THEN now() - interval '5 days' ELSE NULL END,
        now()
      FROM s`)
    const count = await prisma.loanApplication.count()
    console.log(`\n${count} applications inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    await prisma.$executeRawUnsafe('ANALYZE "LoanApplication"')

    const staff = await prisma.user.create({ data: { email: 'bench-staff@example.test', name: '基准工作人员', passwordHash: 'x', emailVerifiedAt: new Date(), roles: { create: { role: 'STAFF' } } } })
    const cityStaff = await prisma.user.create({ data: { email: 'bench-staff2@example.test', name: '基准工作人员二', passwordHash: 'x', emailVerifiedAt: new Date(), city: { connect: { code: 'changchun' } }, roles: { create: { role: 'STAFF' } } } })
    const officer = await prisma.user.create({ data: { email: 'bench-bank@example.test', name: '基准银行人员', passwordHash: 'x', emailVerifiedAt: new Date(), roles: { create: { role: 'BANK', organisationId: banks[0]!.id } } } })
    const tokens = new Map<string, string>()
    for (const u of [staff, cityStaff, officer]) {
      const t = newToken()
      await prisma.session.create({ data: { userId: u.id, tokenHash: hashToken(t), expiresAt: new Date(Date.now() + 86_400_000) } })
      tokens.set(u.id, t)
    }
    const cases: [string, string, string][] = [
      ['staff, province-wide: first page', staff.id, '/api/staff/loans'],
      ['staff: step ELIGIBILITY', staff.id, '/api/staff/loans?step=ELIGIBILITY'],
      ['staff: city 长春, overdue only', staff.id, '/api/staff/loans?city=changchun&overdue=1'],
      ['staff: status NOTICE, page 20', staff.id, '/api/staff/loans?status=NOTICE&page=20'],
      ['staff of 长春 (own cities): step GUARANTOR', cityStaff.id, '/api/staff/loans?step=GUARANTOR'],
      ['bank officer: step BANK, overdue', officer.id, '/api/bank/loans?step=BANK&overdue=1'],
    ]
    console.log(`\nqueue requests (${REQUESTS} each, sequential, after 10 warm-up)`)
    for (const [name, userId, path] of cases) {
      const get = async () => {
        const t = performance.now()
        const res = await fetch(`${server.baseUrl}${path}`, { headers: { cookie: `sh_session=${tokens.get(userId)}`, accept: 'application/json' } })
        const body = await res.json() as { total?: number, items?: unknown[] }
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`)
        return { ms: performance.now() - t, total: body.total ?? 0, rows: body.items?.length ?? 0 }
      }
      for (let i = 0; i < 10; i++) await get()
      const times: number[] = []
      let last = { total: 0, rows: 0 }
      for (let i = 0; i < REQUESTS; i++) {
        const r = await get()
        times.push(r.ms)
        last = r
      }
      console.log(`${name.padEnd(46)} p50 ${ms(pct(times, 50))}   p95 ${ms(pct(times, 95))}   (${last.total} match, ${last.rows} on the page)`)
    }
  }
  finally {
    await stop()
  }
}

await queueBench()
console.log(`checksum ${checksum}`)
