/**
 * npm run bench:enrol — the enrolment engine under a crowd (prints figures; exits non-zero on a failure).
 *
 * Starts its own stack and the built server (`npm run build` first; tests/bench/stack.ts), makes
 * BENCH_CONCURRENCY (default 200) signed-in people, then runs BENCH_ROUNDS (default 100) rounds:
 * in each, a new published session with BENCH_CAPACITY (default 30) places, and everyone enrols
 * at once through POST /api/sessions/:id/enrolments. Every round must end with exactly the
 * capacity confirmed, the rest waitlisted with positions 1…n, never a 5xx, and the database's
 * counter equal to the confirmed rows. Prints each round, then totals and p50/p95/p99 latency.
 */
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { benchUsers, ms, pct, startBenchStack } from './stack'

const ROUNDS = Number(process.env.BENCH_ROUNDS || 100)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 200)
const CAPACITY = Number(process.env.BENCH_CAPACITY || 30)

interface Attempt { status: number, body: { status?: string, position?: number, code?: string } | null, ms: number }

async function main() {
  const stack = await startBenchStack({ name: 'enrol' })
  const { prisma, server } = stack
  let failed: boolean | undefined
  try {
    console.log(`StartHub enrolment benchmark — ${ROUNDS} rounds × ${CONCURRENCY} concurrent enrolments for ${CAPACITY} places\n`)
    const { tokens } = await benchUsers(prisma, CONCURRENCY, 'e')
    const city = await prisma.city.findUniqueOrThrow({ where: { code: 'changchun' }, select: { id: true } })
    const course = await prisma.course.findUniqueOrThrow({ where: { code: 'SYB' }, select: { id: true } })
    const session = async (r: number) => {
      const first = new Date(Date.now() + (3 + r) * 86_400_000)
      return prisma.offering.create({
        data: {
          kind: 'TRAINING', status: 'PUBLISHED', courseId: course.id, programme: 'SYB', titleZh: `基准测试 SYB 班 ${r}`, titleEn: `Bench SYB class ${r}`,
          cityId: city.id, venue: '基准测试教室', capacity: CAPACITY, enrolOpensAt: new Date(Date.now() - 3_600_000), enrolClosesAt: new Date(first.getTime() - 3_600_000),
          startsAt: first, endsAt: new Date(first.getTime() + 3 * 3_600_000), publishedAt: new Date(),
          lessons: { create: [{ position: 0, startsAt: first, endsAt: new Date(first.getTime() + 3 * 3_600_000), topicZh: '第一课', topicEn: 'Lesson 1', minutes: 180, codeSecret: randomBytes(32) }] },
        },
        select: { id: true },
      })
    }
    const attempt = async (i: number, id: string): Promise<Attempt> => {
      const t = performance.now()
      try {
        const res = await fetch(`${server.baseUrl}/api/sessions/${id}/enrolments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept': 'application/json', 'cookie': `sh_session=${tokens[i]}`, 'x-forwarded-for': `10.8.${i >> 8}.${(i & 255) + 1}` },
          body: '{}',
        })
        return { status: res.status, body: await res.json().catch(() => null) as Attempt['body'], ms: performance.now() - t }
      }
      catch (error) {
        return { status: 0, body: { code: String(error) }, ms: performance.now() - t }
      }
    }

    // warm-up outside the measured rounds
    const warm = await session(-1)
    const w = await attempt(0, warm.id)
    if (w.status !== 201) throw new Error(`warm-up enrolment failed: ${w.status} ${JSON.stringify(w.body)}\n${server.log().slice(-2000)}`)

    const latencies: number[] = []
    const wall: number[] = []
    let badRounds = 0
    let totalErrors = 0
    let total5xx = 0
    const codes: Record<string, number> = {}
    console.log('round  confirmed  waitlisted  positions  errors  5xx   db    wall')
    for (let r = 0; r < ROUNDS; r++) {
      const { id } = await session(r)
      const t = performance.now()
      const results = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => attempt(i, id)))
      wall.push(performance.now() - t)
      for (const x of results) {
        latencies.push(x.ms)
        if (x.status !== 201) codes[`${x.status} ${x.body?.code ?? '?'}`] = (codes[`${x.status} ${x.body?.code ?? '?'}`] ?? 0) + 1
      }
      const confirmed = results.filter(x => x.status === 201 && x.body?.status === 'CONFIRMED').length
      const waiting = results.filter(x => x.status === 201 && x.body?.status === 'WAITLISTED')
      const positions = waiting.map(x => x.body!.position!).sort((a, b) => a - b)
      const positionsOk = positions.every((p, i) => p === i + 1)
      const errors = results.filter(x => x.status !== 201).length
      const fives = results.filter(x => x.status >= 500 || x.status === 0).length
      const o = await prisma.offering.findUniqueOrThrow({ where: { id }, select: { placesTaken: true } })
      const rows = await prisma.enrolment.count({ where: { offeringId: id, status: 'CONFIRMED' } })
      const dbOk = o.placesTaken === rows && rows === Math.min(CAPACITY, CONCURRENCY)
      totalErrors += errors
      total5xx += fives
      const bad = confirmed !== Math.min(CAPACITY, CONCURRENCY) || !positionsOk || errors > 0 || !dbOk
      if (bad) badRounds++
      console.log(`${String(r + 1).padStart(5)}  ${String(confirmed).padStart(9)}  ${String(waiting.length).padStart(10)}  ${(positionsOk ? `1–${positions.length}` : 'GAPS').padStart(9)}  ${String(errors).padStart(6)}  ${String(fives).padStart(3)}  ${dbOk ? ' ok' : ' NO'}  ${wall[r]!.toFixed(0).padStart(5)} ms${bad ? '  ← FAIL' : ''}`)
    }
    console.log('\nTotals')
    console.log(`  enrolments         ${ROUNDS * CONCURRENCY}`)
    console.log(`  rounds not exact   ${badRounds}`)
    console.log(`  errors             ${totalErrors} (of which 5xx / network: ${total5xx})`)
    console.log(`  error codes        ${JSON.stringify(codes)}`)
    console.log(`\nPOST /api/sessions/:id/enrolments latency (per request, under ${CONCURRENCY}-way contention for one session)`)
    console.log(`  p50 ${ms(pct(latencies, 50))}   p95 ${ms(pct(latencies, 95))}   p99 ${ms(pct(latencies, 99))}   max ${ms(Math.max(...latencies))}   (n=${latencies.length})`)
    console.log(`round wall time: p50 ${ms(pct(wall, 50))}   p95 ${ms(pct(wall, 95))}   max ${ms(Math.max(...wall))}`)
    failed = badRounds > 0 || totalErrors > 0
    console.log(failed ? '\nFAIL' : `\nOK: every round confirmed exactly ${CAPACITY} and queued the rest in order, no 5xx`)
    if (failed) console.log(server.log().slice(-3000))
  }
  finally {
    await stack.stop()
  }
  if (failed) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
