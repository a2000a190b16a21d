/**
 * npm run bench:booking — double booking under load (prints figures; exits non-zero on a failure).
 *
 * Starts its own PostgreSQL, Meilisearch, an SMTP catcher and the built server (`npm run build`
 * first) on free ports (tests/bench/stack.ts), creates one approved mentor and BENCH_CONCURRENCY (default 50) signed-in
 * entrepreneurs straight in the database, then runs BENCH_ROUNDS (default 100) rounds: in each,
 * every entrepreneur asks for the same slot at once through POST /api/bookings. Every round must
 * end with exactly one 201, the rest 409 slot_taken, and never a 5xx; the database must hold
 * exactly one booking per slot. Prints each round, then totals and p50/p95/p99 latency.
 */
import { addDays, zonedDate } from '#shared/utils/zoned-time'
import { benchUsers, ms, pct, startBenchStack } from './stack'

const ROUNDS = Number(process.env.BENCH_ROUNDS || 100)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 50)

/** ROUNDS distinct slots: three a day (09:00, 13:00, 17:00 Beijing) from tomorrow on, well under the weekly cap. */
function slotList(n: number): string[] {
  const today = zonedDate(new Date())
  const out: string[] = []
  for (let d = 1; out.length < n; d++) {
    for (const hh of ['09', '13', '17']) if (out.length < n) out.push(`${addDays(today, d)}T${hh}:00:00+08:00`)
  }
  return out
}

interface Attempt { status: number, code: string | null, ms: number }

async function main() {
  if (Math.ceil(ROUNDS / 3) > 88) throw new Error('BENCH_ROUNDS too large for the 90-day horizon (at most 264)')
  let failed: boolean | undefined
  console.log(`StartHub booking benchmark — ${ROUNDS} rounds × ${CONCURRENCY} concurrent POST /api/bookings for one slot each\n`)
  const { prisma, server, stop } = await startBenchStack({ name: 'booking' })
  try {
    // one mentor: every day 00:00–24:00, 60-minute sessions, no buffer, no notice, 90 days ahead
    const city = await prisma.city.findUniqueOrThrow({ where: { code: 'changchun' } })
    const mentorUser = await prisma.user.create({ data: { email: 'bench-mentor@example.test', name: '基准测试导师', passwordHash: 'x', emailVerifiedAt: new Date(), roles: { create: { role: 'MENTOR' } } } })
    const mentor = await prisma.mentor.create({
      data: {
        userId: mentorUser.id, displayName: '基准测试导师', type: 'SCHOLAR', title: '创业导师', organisation: '基准测试', bio: '基准测试用的导师资料，不对外展示。',
        stages: ['PLAN'], industries: ['food-snacks'], cityId: city.id, modes: ['ONLINE'], meetingUrl: 'https://meet.example.test/bench', languages: ['zh'],
        sessionMinutes: 60, bufferMinutes: 0, noticeHours: 0, horizonDays: 90, weeklyCap: 40, status: 'APPROVED',
        rules: { create: [1, 2, 3, 4, 5, 6, 7].map(weekday => ({ weekday, startMinute: 0, endMinute: 1440 })) },
      },
    })
    // the entrepreneurs, each with a session (the cookie is the token, the row keeps its SHA-256)
    const { tokens } = await benchUsers(prisma, CONCURRENCY, 'e')

    const attempt = async (i: number, startsAt: string): Promise<Attempt> => {
      const body = JSON.stringify({ mentorId: mentor.id, startsAt, stage: 'PLAN', topic: '基准测试', description: '并发预约同一时段的基准测试请求。' })
      const t = performance.now()
      try {
        const res = await fetch(`${server.baseUrl}/api/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept': 'application/json', 'cookie': `sh_session=${tokens[i]}`, 'x-forwarded-for': `10.9.${i >> 8}.${(i & 255) + 1}` },
          body,
        })
        const json = await res.json().catch(() => null) as { code?: string } | null
        return { status: res.status, code: res.status >= 400 ? json?.code ?? '?' : null, ms: performance.now() - t }
      }
      catch (error) {
        return { status: 0, code: String(error), ms: performance.now() - t }
      }
    }

    // warm-up: one request outside the measured rounds (a slot the rounds do not use)
    const warm = await attempt(0, `${addDays(zonedDate(new Date()), 1)}T03:00:00+08:00`)
    if (warm.status !== 201) throw new Error(`warm-up booking failed: ${warm.status} ${warm.code}\n${server.log().slice(-2000)}`)
    await prisma.booking.deleteMany({ where: { mentorId: mentor.id } })

    const latencies: number[] = []
    const codes: Record<string, number> = {}
    let totalCreated = 0
    let totalConflicts = 0
    let totalErrors = 0
    let total5xx = 0
    let badRounds = 0
    const roundWall: number[] = []
    const slots = slotList(ROUNDS)
    console.log('round  slot (Beijing)               201   409  errors  5xx   wall')
    for (let r = 0; r < ROUNDS; r++) {
      const startsAt = slots[r]!
      const t = performance.now()
      const results = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => attempt(i, startsAt)))
      const wall = performance.now() - t
      roundWall.push(wall)
      const created = results.filter(x => x.status === 201).length
      const conflicts = results.filter(x => x.status === 409).length
      const errors = results.filter(x => x.status !== 201 && x.status !== 409).length
      const fives = results.filter(x => x.status >= 500 || x.status === 0).length
      for (const x of results) {
        latencies.push(x.ms)
        if (x.code) codes[x.code] = (codes[x.code] ?? 0) + 1
      }
      totalCreated += created
      totalConflicts += conflicts
      totalErrors += errors
      total5xx += fives
      const bad = created !== 1 || fives > 0
      if (bad) badRounds++
      console.log(`${String(r + 1).padStart(5)}  ${startsAt}  ${String(created).padStart(4)}  ${String(conflicts).padStart(4)}  ${String(errors).padStart(6)}  ${String(fives).padStart(3)}  ${wall.toFixed(0).padStart(5)} ms${bad ? '  ← FAIL' : ''}`)
    }

    // the database agrees: one held booking per slot, nothing else
    const rows = await prisma.booking.groupBy({ by: ['startsAt'], where: { mentorId: mentor.id }, _count: { _all: true } })
    const perSlotOk = rows.length === ROUNDS && rows.every(x => x._count._all === 1)
    const pendingCount = await prisma.booking.count({ where: { mentorId: mentor.id, status: 'PENDING' } })

    console.log('\nTotals')
    console.log(`  attempts           ${ROUNDS * CONCURRENCY}`)
    console.log(`  201 created        ${totalCreated} (expected ${ROUNDS})`)
    console.log(`  409 conflicts      ${totalConflicts}`)
    console.log(`  other errors       ${totalErrors} (of which 5xx / network: ${total5xx})`)
    console.log(`  error codes        ${JSON.stringify(codes)}`)
    console.log(`  rounds ≠ 1 success ${badRounds}`)
    console.log(`  database           ${rows.length} slots booked, ${pendingCount} PENDING, one per slot: ${perSlotOk ? 'yes' : 'NO'}`)
    console.log('\nPOST /api/bookings latency (per request, under 50-way contention)')
    console.log(`  p50 ${ms(pct(latencies, 50))}   p95 ${ms(pct(latencies, 95))}   p99 ${ms(pct(latencies, 99))}   max ${ms(Math.max(...latencies))}   (n=${latencies.length})`)
    console.log(`round wall time: p50 ${ms(pct(roundWall, 50))}   p95 ${ms(pct(roundWall, 95))}   max ${ms(Math.max(...roundWall))}`)
    failed = badRounds > 0 || total5xx > 0 || totalErrors > 0 || !perSlotOk || pendingCount !== ROUNDS
    console.log(failed ? '\nFAIL' : '\nOK: every round had exactly one success and no 5xx')
    if (failed) console.log(server.log().slice(-3000))
  }
  finally {
    await stop()
  }
  if (failed) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
