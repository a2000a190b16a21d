import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { ProjectCategoryOption } from '#shared/types/reference'
import type { LivenessReport, ReadinessReport } from '#shared/types/api'
import { freePort } from '../../scripts/lib/services'
import { startBuiltServer, type RunningServer } from '../support/server'
import { Client, GOOD_PASSWORD, mails, uniqueEmail, waitFor } from '../support/http'
import { createUser, token } from '../support/mentors'
import { createProject } from '../support/projects'
import { db } from '../support/db'

/**
 * StartHub as several stateless instances: two more built servers, A and B, on two ports,
 * against the test stack's one PostgreSQL, one Meilisearch and one SMTP server (the stack's own
 * server keeps running too, with its worker). Each instance runs its job workers.
 */
const run = token()
let a: RunningServer
let b: RunningServer
let portA: number
let portB: number
const env = (name: string) => ({
  DATABASE_URL: inject('databaseUrl'),
  DATA_KEY: inject('dataKey'),
  MEILI_URL: inject('meiliUrl'),
  MEILI_MASTER_KEY: inject('meiliKey'),
  SMTP_URL: inject('smtpUrl'),
  MAIL_FROM: 'StartHub Test <no-reply@starthub.test>',
  TRUST_PROXY: '1',
  JOB_POLL_MS: '200',
  STARTHUB_INSTANCE: `${name}-${run}`,
})
const ready = async (res: Response) => res.ok && (await res.json() as { search: string }).search === 'ok'

beforeAll(async () => {
  portA = await freePort()
  portB = await freePort()
  ;[a, b] = await Promise.all([startBuiltServer(portA, env('a'), ready), startBuiltServer(portB, env('b'), ready)])
  // both instances run their job workers
  for (const s of [a, b]) await waitFor(() => readiness(s), r => r.workers > 0 && r.signals === 'ok')
  // and their start-up reconciliation is done (it would queue index updates of its own)
  await waitFor(() => pendingJobs('search_reconcile'), n => n === 0, 60_000)
}, 120_000)
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
})

async function pendingJobs(task: string, ids?: string[]): Promise<number> {
  const rows = ids
    ? await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = ${task} AND j.payload->>'id' = ANY(${ids}::text[])`
    : await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = ${task}`
  return Number(rows[0]!.n)
}

/** When the 10-minute reconciliation last ran from the crontab (it may queue index updates of its own). */
async function lastCronReconcile(): Promise<Date | null> {
  const rows = await db.$queryRaw<{ at: Date | null }[]>`SELECT last_execution AS at FROM graphile_worker._private_known_crontabs WHERE identifier = 'search_reconcile'`
  return rows[0]?.at ?? null
}

async function readiness(s: RunningServer): Promise<ReadinessReport> {
  return (await fetch(`${s.baseUrl}/api/health/ready`)).json() as Promise<ReadinessReport>
}

const meili = async <T>(path: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${inject('meiliUrl')}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'authorization': `Bearer ${inject('meiliKey')}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!res.ok) throw new Error(`meilisearch ${path}: ${res.status} ${await res.text()}`)
  return res.json() as Promise<T>
}

/** The tags of these projects as the index holds them (absent: not indexed). */
async function indexedTags(ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (let i = 0; i < ids.length; i += 500) {
    const page = await meili<{ results: { id: string, tags: string[] }[] }>('/indexes/projects/documents/fetch', { ids: ids.slice(i, i + 500), fields: ['id', 'tags'], limit: 500 })
    for (const d of page.results) out.set(d.id, d.tags)
  }
  return out
}

/** `n` published projects of one provider, indexed. */
async function providerWithProjects(n: number, label: string) {
  const provider = await createUser({ roles: ['PROVIDER'], prefix: 'provider' })
  const projects: { id: string, slug: string }[] = []
  for (let i = 0; i < n; i += 20) {
    projects.push(...await Promise.all(Array.from({ length: Math.min(20, n - i) }, (_, k) => createProject({ title: `${label} ${run} ${i + k}`, tags: ['多实例'] }))))
  }
  await db.project.updateMany({ where: { id: { in: projects.map(p => p.id) } }, data: { providerId: provider.id } })
  await waitFor(() => indexedTags(projects.map(p => p.id)), m => m.size === n, 60_000)
  return { provider, projects }
}

type EditForm = Record<string, unknown> & { id: string, status: string, pendingRevision: unknown }

/** The provider changes a published project's tags (applied at once and indexed; no review). */
async function editTags(client: Client, id: string, tags: string[]) {
  const form = await client.get<EditForm>(`/api/provider/projects/${id}`)
  if (form.status !== 200) return form
  const { id: _id, status: _s, pendingRevision: _p, ...rest } = form.body
  return client.patch(`/api/projects/${id}`, { ...rest, tags })
}

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, work: (item: T, i: number) => Promise<void>) {
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++
      await work(items[i]!, i)
    }
  }))
}

describe('two instances on one database and one search', () => {
  it('a session made on one instance works on the other, and signing out on one ends it on both (within a second)', async () => {
    const email = uniqueEmail('multi')
    const onA = new Client().at(a.baseUrl)
    const reg = await onA.post<{ id: string }>('/api/auth/register', { name: '多实例测试', email, password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })
    expect(reg.status).toBe(201)
    expect((await onA.post('/api/auth/login', { email, password: GOOD_PASSWORD })).status).toBe(200)
    const onB = onA.at(b.baseUrl)
    const me = await onB.get<{ id: string, email: string }>('/api/auth/me')
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ id: reg.body.id, email })
    expect((await onA.get('/api/auth/me')).status).toBe(200)
    const cookie = new Map(onA.cookies)
    expect((await onB.post('/api/auth/logout')).status).toBe(200)
    // the cookie A set, replayed to A after signing out on B: refused there too, within the
    // second an instance keeps a session it looked up
    const replay = new Client().at(a.baseUrl)
    replay.cookies = cookie
    await waitFor(async () => (await replay.get('/api/auth/me')).status, status => status === 401, 2000)
  })

  it('the login rate limit counts the attempts made on both instances', async () => {
    const email = uniqueEmail('limit')
    expect((await new Client().at(a.baseUrl).post('/api/auth/register', { name: '限流测试', email, password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })).status).toBe(201)
    // five wrong passwords (the account limit), alternating instances, each from its own address
    for (let i = 0; i < 5; i++) {
      const res = await new Client().at((i % 2 ? b : a).baseUrl).post('/api/auth/login', { email, password: `Wrong-${i}-password!` })
      expect(res.status).toBe(401)
    }
    // B saw only two of them, and still refuses even the right password: the count is shared
    for (const s of [b, a]) {
      const res = await new Client().at(s.baseUrl).post<{ code: string }>('/api/auth/login', { email, password: GOOD_PASSWORD })
      expect(res.status).toBe(429)
      expect(res.body.code).toBe('rate_limited')
    }
  })
})

describe('background work with both instances\' workers running', () => {
  it('200 changes give exactly 200 index updates, and each of 200 mails is delivered exactly once', async () => {
    for (const s of [a, b]) expect((await readiness(s)).workers).toBeGreaterThan(0)
    const { provider, projects } = await providerWithProjects(200, '多实例索引')
    const ids = projects.map(p => p.id)
    const since = new Date()
    const emails = Array.from({ length: 200 }, (_, i) => uniqueEmail(`mail${i}`))
    // the edits and the registrations (each queues one verification mail), half on each instance
    await Promise.all([
      pool(ids, 6, async (id, i) => {
        const res = await editTags(provider.client.at((i % 2 ? b : a).baseUrl), id, ['多实例', `e${i}`])
        expect(res.status, JSON.stringify(res.body)).toBe(200)
      }),
      pool(emails, 4, async (email, i) => {
        const res = await new Client().at((i % 2 ? b : a).baseUrl).post('/api/auth/register', { name: `邮件测试${i}`, email, password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })
        expect(res.status).toBe(201)
      }),
    ])

    // every change is in the index, each with its own value
    const indexed = await waitFor(() => indexedTags(ids), m => ids.every((id, i) => m.get(id)?.includes(`e${i}`)), 60_000)
    expect(indexed.size).toBe(200)
    // one outbox row per change, each pushed (processed) once, none failed
    const rows = await db.searchOutbox.findMany({ where: { entity: 'project', entityId: { in: ids }, createdAt: { gte: since } }, select: { entityId: true, processedAt: true, attempts: true } })
    expect(new Set(rows.map(r => r.entityId)).size).toBe(200)
    // (the 10-minute reconciliation, if the clock crossed it meanwhile, may add rows of drift it saw mid-way)
    const reconciled = (await lastCronReconcile() ?? new Date(0)) >= since
    if (!reconciled) expect(rows).toHaveLength(200)
    expect(rows.every(r => r.processedAt && r.attempts === 0)).toBe(true)

    // every mail arrives; once all are sent and no send job is left, count them at the SMTP server
    await waitFor(() => db.mailMessage.count({ where: { to: { in: emails }, status: 'SENT' } }), n => n === 200, 90_000)
    const mailIds = (await db.mailMessage.findMany({ where: { to: { in: emails } }, select: { id: true } })).map(m => m.id)
    expect(mailIds).toHaveLength(200)
    await waitFor(() => pendingJobs('send_mail', mailIds), n => n === 0, 30_000)
    const wanted = new Set(emails)
    const caught = (await mails()).filter(m => m.to.some(t => wanted.has(t)))
    const perAddress = new Map<string, number>()
    for (const m of caught) for (const t of m.to) if (wanted.has(t)) perAddress.set(t, (perAddress.get(t) ?? 0) + 1)
    expect(perAddress.size).toBe(200)
    expect([...perAddress.values()].every(n => n === 1)).toBe(true)
    expect(caught.every(m => /验证/.test(m.subject))).toBe(true)
  }, 240_000)
})

describe('an instance killed in the middle of a stream of writes', () => {
  it('loses no acknowledged write (in the database at once, in the index after recovery), and the other keeps serving', async () => {
    const { provider, projects } = await providerWithProjects(80, '多实例停机')
    interface Stream { name: 'a' | 'b', server: RunningServer, projects: typeof projects, acked: Map<string, string>, inFlight: { id: string, tag: string } | null, done: number, failed: string[] }
    const streams: Stream[] = [
      { name: 'a', server: a, projects: projects.slice(0, 40), acked: new Map(), inFlight: null, done: 0, failed: [] },
      { name: 'b', server: b, projects: projects.slice(40), acked: new Map(), inFlight: null, done: 0, failed: [] },
    ]
    let victim: Stream | null = null
    let survivorAfterKill = 0
    let killedAt = 0
    const deadline = Date.now() + 120_000
    const victimWorkers: string[] = []

    // each instance edits its own projects in turn, one write at a time, until the kill and 20 more
    // writes on the survivor; the survivor must not fail once
    const write = async (st: Stream) => {
      const client = provider.client.at(st.server.baseUrl)
      for (let n = 0; Date.now() < deadline && !(victim && survivorAfterKill >= 20); n++) {
        if (victim === st) return
        const p = st.projects[n % st.projects.length]!
        const tag = `k${st.name}${n}`
        st.inFlight = { id: p.id, tag }
        try {
          const res = await editTags(client, p.id, ['多实例', tag])
          if (res.status !== 200) throw new Error(`HTTP ${res.status}`)
          st.acked.set(p.id, tag)
          st.inFlight = null
          st.done++
          if (victim) survivorAfterKill++
        }
        catch (error) {
          if (victim !== st) st.failed.push(`${p.id}: ${String(error)}`)
        }
      }
    }
    // the instance one of whose workers holds the search queue (sync jobs run one at a time across
    // all instances) is killed at that moment: left locked, that queue would stop every index
    // update for hours. A sync takes milliseconds, so the test holds one open: it locks a pending
    // outbox row of these projects; the sync that pushed it then waits to mark it done, holding
    // the queue, until the kill (or, when the stack's own server took it, until the row is freed).
    const ids = projects.map(p => p.id)
    const killer = async () => {
      while (!victim && Date.now() < deadline) {
        if (streams.every(x => x.done >= 5)) {
          await db.$transaction(async (tx) => {
            const [row] = await tx.$queryRaw<{ id: bigint }[]>`
              SELECT id FROM "SearchOutbox" WHERE "processedAt" IS NULL AND "entityId" = ANY(${ids}::text[])
              ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`
            if (!row) return
            for (const until = Date.now() + 5000; Date.now() < until;) {
              const [held] = await db.$queryRaw<{ instance: string }[]>`
                SELECT w.instance FROM graphile_worker._private_job_queues q JOIN "JobWorker" w ON w."workerId" = q.locked_by
                WHERE q.queue_name = 'search'`
              const st = held && streams.find(x => held.instance === `${x.name}-${run}`)
              if (held && !st) return
              if (st) {
                victim = st
                await st.server.kill()
                killedAt = Date.now()
                victimWorkers.push(...(await db.jobWorker.findMany({ where: { instance: held.instance }, select: { workerId: true } })).map(w => w.workerId))
                return
              }
              await new Promise(r => setTimeout(r, 10))
            }
          }, { timeout: 30_000 })
        }
        await new Promise(r => setTimeout(r, 5))
      }
    }
    await Promise.all([...streams.map(write), killer()])
    const killed = victim as Stream | null
    expect(killed, 'no instance was seen holding the search queue').not.toBeNull()
    const survivor = streams.find(x => x !== killed)!
    // it died with the search queue locked (a lock outlives its process)
    const [queue] = await db.$queryRaw<{ locked_by: string | null }[]>`SELECT locked_by FROM graphile_worker._private_job_queues WHERE queue_name = 'search'`
    expect(victimWorkers).toContain(queue?.locked_by)
    // the other instance kept serving: none of its requests failed, 20 and more after the kill
    expect(survivor.failed).toEqual([])
    expect(survivorAfterKill).toBeGreaterThanOrEqual(20)

    // every acknowledged write is in the database (or the killed instance's last write, sent
    // but never answered, superseded it)
    const expected = new Map([...streams[0]!.acked, ...streams[1]!.acked])
    const latest = (row: { id: string, tags: string[] }) => row.tags.includes(expected.get(row.id)!) || (killed!.inFlight?.id === row.id && row.tags.includes(killed!.inFlight.tag))
    const stored = await db.project.findMany({ where: { id: { in: [...expected.keys()] } }, select: { id: true, tags: true } })
    expect(stored).toHaveLength(expected.size)
    expect(stored.filter(r => !latest(r))).toEqual([])

    // and, with the killed instance still down, in the index: its stale locks are freed (after
    // 15 s without a heartbeat) and the other workers finish the sync
    await waitFor(async () => {
      const index = await indexedTags([...expected.keys()])
      return stored.filter(r => !index.get(r.id)?.some(t => r.tags.includes(t) && t.startsWith('k')))
    }, missing => missing.length === 0, 60_000)
    const recoveredMs = Date.now() - killedAt
    console.log(`instances: ${killed!.name.toUpperCase()} killed holding the search queue after ${killed!.done} acknowledged writes on it; ${survivor.done} on the other (${survivorAfterKill} after the kill, none failed); every write in the index ${recoveredMs} ms after the kill`)
    // nothing is left locked by the dead workers
    expect(await db.$queryRaw<{ n: bigint }[]>`
      SELECT (SELECT count(*) FROM graphile_worker._private_job_queues WHERE locked_by = ANY(${victimWorkers}::text[]))
           + (SELECT count(*) FROM graphile_worker._private_jobs WHERE locked_by = ANY(${victimWorkers}::text[])) AS n`).toEqual([{ n: 0n }])

    // the killed instance comes back on its port and serves the same sessions
    const back = await startBuiltServer(killed!.name === 'a' ? portA : portB, env(killed!.name), ready)
    if (killed!.name === 'a') a = back
    else b = back
    expect((await provider.client.at(back.baseUrl).get('/api/auth/me')).status).toBe(200)
  }, 240_000)
})

describe('in-process caches (categories, cities) across instances', () => {
  it('a change to a category reaches the other instance within 2 s (LISTEN/NOTIFY)', async () => {
    const categories = async (s: RunningServer) => (await new Client().at(s.baseUrl).get<ProjectCategoryOption[]>('/api/project-categories')).body
    /** ms until both instances answer with the change (polled every 20 ms; fails after 2 s) */
    const seen = async (check: (list: ProjectCategoryOption[]) => boolean) => {
      const started = Date.now()
      await Promise.all([a, b].map(async (s) => {
        while (!check(await categories(s))) {
          if (Date.now() - started > 2000) throw new Error(`${s.baseUrl} still shows the old categories after 2 s`)
          await new Promise(r => setTimeout(r, 20))
        }
      }))
      return Date.now() - started
    }
    // both instances hold the list in memory now (kept 60 s)
    for (const s of [a, b]) expect((await categories(s)).length).toBeGreaterThan(0)
    const code = `t-${run}`
    const timings: number[] = []
    try {
      // a change by any route (here SQL, as a seed or an operator would): the table's trigger signals
      await db.projectCategory.create({ data: { code, nameZh: '多实例测试类别', nameEn: 'Multi-instance test', sortOrder: 999 } })
      timings.push(await seen(list => list.some(c => c.code === code)))
      await db.projectCategory.update({ where: { code }, data: { nameZh: '改名后的类别' } })
      timings.push(await seen(list => list.find(c => c.code === code)?.nameZh === '改名后的类别'))
    }
    finally {
      await db.projectCategory.deleteMany({ where: { code } })
    }
    timings.push(await seen(list => !list.some(c => c.code === code)))
    console.log(`instances: category change seen on both instances after ${timings.join(' / ')} ms (insert / rename / delete)`)
    for (const t of timings) expect(t).toBeLessThan(2000)
  })

  it('health answers cheaply: liveness without I/O, readiness with what is down', async () => {
    const live = await fetch(`${b.baseUrl}/api/health/live`)
    expect(live.status).toBe(200)
    expect(await live.json() as LivenessReport).toMatchObject({ live: true })
    const r = await readiness(b)
    expect(r).toMatchObject({ ready: true, status: 'ok', db: 'ok', search: 'ok', mail: 'ok', signals: 'ok' })
    expect(r.workers).toBeGreaterThan(0)
    // a load balancer asking every second (here: 50 times in a row) costs a few ms per check
    const times: number[] = []
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now()
      expect((await fetch(`${b.baseUrl}/api/health`)).status).toBe(200)
      times.push(performance.now() - t0)
    }
    times.sort((x, y) => x - y)
    console.log(`instances: /api/health p50 ${times[25]!.toFixed(1)} ms, p95 ${times[47]!.toFixed(1)} ms over 50 calls`)
    expect(times[25]!).toBeLessThan(50)
  })
})
