import { randomBytes } from 'node:crypto'
import { inject, describe, expect, it } from 'vitest'
import type { ProjectListResponse } from '#shared/types/project'
import { Client, control } from '../support/http'
import { db } from '../support/db'
import { createProject, eventually, updateProject } from '../support/projects'

const api = new Client()
const token = () => `q${randomBytes(4).toString('hex')}`
const list = (query: string) => api.get<ProjectListResponse>(`/api/projects?${query}`)
const slugs = (r: { body: ProjectListResponse }) => r.body.items.map(i => i.slug)

/** Waits until the index holds exactly the published projects. */
async function allIndexed() {
  await eventually(async () => (await list('pageSize=1')).body.total === await db.project.count({ where: { status: 'PUBLISHED' } }), 15_000)
}

async function meili<T>(path: string): Promise<T> {
  const res = await fetch(`${inject('meiliUrl')}${path}`, { headers: { Authorization: `Bearer ${inject('meiliKey')}` } })
  return res.json() as Promise<T>
}

describe('project search (Meilisearch)', () => {
  // how fast is measured by the benchmark (npm run bench:search), not asserted here
  it('a published project becomes searchable; a rejected one disappears', async () => {
    const tk = token()
    const p = await createProject({ title: `长春社区鲜奶茶外卖小店 ${tk}` })
    await eventually(async () => slugs(await list(`q=${tk}`)).includes(p.slug), 10_000)
    await updateProject(p.id, { status: 'REJECTED' })
    await eventually(async () => !slugs(await list(`q=${tk}`)).includes(p.slug), 10_000)
    // drafts never appear: once the sync job has handled the draft's change, it is still not there
    const draft = await createProject({ title: `草稿项目 ${tk}`, status: 'DRAFT' })
    await eventually(async () => (await db.searchOutbox.count({ where: { entityId: draft.id, processedAt: null } })) === 0 && (await db.searchOutbox.count({ where: { entityId: draft.id } })) > 0, 10_000)
    expect(slugs(await list(`q=${tk}`))).not.toContain(draft.slug)
    const doc = await fetch(`${inject('meiliUrl')}/indexes/projects/documents/${draft.id}`, { headers: { Authorization: `Bearer ${inject('meiliKey')}` } })
    expect(doc.status).toBe(404)
  })

  it('an index update goes ahead of a backlog of mail already queued (a crowd\'s confirmations do not hold search back)', async () => {
    const tk = token()
    // three thousand mail jobs queued first, each for no message (done at once when its turn comes)
    await db.$executeRaw`SELECT graphile_worker.add_job('send_mail', json_build_object('id', gen_random_uuid()::text, 'backlog', ${tk}::text)) FROM generate_series(1, 3000)`
    const backlog = async () => Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE payload->>'backlog' = ${tk}`)[0]!.n)
    const p = await createProject({ title: `排队测试项目 ${tk}` })
    await eventually(async () => (await db.searchOutbox.count({ where: { entityId: p.id } })) > 0 && (await db.searchOutbox.count({ where: { entityId: p.id, processedAt: null } })) === 0, 20_000)
    // pushed to the index while most of the backlog still waited
    expect(await backlog()).toBeGreaterThan(1000)
    await eventually(async () => slugs(await list(`q=${tk}`)).includes(p.slug), 10_000)
    await eventually(async () => (await backlog()) === 0, 60_000)
  })

  it('Chinese words of one, two and more characters, synonyms, and two-word queries find what a person expects', async () => {
    const restaurant = await createProject({ title: '小型餐饮加盟快餐店', category: 'food-snacks', city: 'siping' })
    const tea = await createProject({ title: '长春学生街奶茶铺', tags: ['奶茶', '饮品'], city: 'changchun' })
    const teaJilin = await createProject({ title: '吉林江城奶茶工作室', tags: ['奶茶'], city: 'jilin' })
    const teaDrink = await createProject({ title: '城市茶饮快闪店', tags: ['茶饮'], city: 'liaoyuan' })
    const shop = await createProject({ title: '延边特产网店创业', category: 'agri-ecommerce', city: 'yanbian', tags: ['网店'] })
    await allIndexed()

    expect(slugs(await list(`q=${encodeURIComponent('餐饮')}&pageSize=50`))).toContain(restaurant.slug)
    expect(slugs(await list(`q=${encodeURIComponent('小型餐饮加盟')}&pageSize=50`))).toContain(restaurant.slug)
    // a synonym finds its pair
    expect(slugs(await list(`q=${encodeURIComponent('茶饮')}&pageSize=50`))).toEqual(expect.arrayContaining([tea.slug, teaDrink.slug]))
    expect(slugs(await list(`q=${encodeURIComponent('电商')}&pageSize=50`))).toContain(shop.slug)
    // "长春 奶茶" means both words, not either
    const both = slugs(await list(`q=${encodeURIComponent('长春 奶茶')}&pageSize=50`))
    expect(both).toContain(tea.slug)
    expect(both).not.toContain(teaJilin.slug)
    expect(both).not.toContain(restaurant.slug)
  })

  it('facet counts match the database', async () => {
    await createProject({ title: `特色种养殖 ${token()}`, category: 'specialty-farming', city: 'baicheng', riskLevel: 'MEDIUM' })
    await allIndexed()
    const r = await list('pageSize=1')
    const byCategory = await db.project.groupBy({ by: ['categoryId'], where: { status: 'PUBLISHED' }, _count: true })
    const cats = await db.projectCategory.findMany()
    const expected = Object.fromEntries(byCategory.map(g => [cats.find(c => c.id === g.categoryId)!.code, g._count]))
    expect(r.body.facets.category).toEqual(expected)
    const byRisk = await db.project.groupBy({ by: ['riskLevel'], where: { status: 'PUBLISHED' }, _count: true })
    expect(r.body.facets.riskLevel).toEqual(Object.fromEntries(byRisk.map(g => [g.riskLevel, g._count])))
    // a filtered facet still counts its other values (disjunctive facets)
    const filtered = await list('category=specialty-farming&pageSize=1')
    expect(filtered.body.facets.category).toEqual(expected)
    expect(filtered.body.total).toBe(expected['specialty-farming'])
  })

  it('every faceted index counts its facets from each value\'s bitmap (values by count), for a result of any size', async () => {
    // alphabetical order would count a result of up to 3,000 hits one document at a time (engine.ts, facetingSettings)
    for (const index of ['projects', 'mentors', 'offerings', 'stories']) {
      await eventually(async () => (await meili<{ sortFacetValuesBy?: Record<string, string> }>(`/indexes/${index}/settings/faceting`)).sortFacetValuesBy?.['*'] === 'count', 15_000)
    }
  })

  it('filters by city, risk and investment bucket, and sorts by investment', async () => {
    const tk = token()
    const cheap = await createProject({ title: `白山人参小作坊 ${tk}`, city: 'baishan', investmentMin: 20_000, investmentMax: 30_000 })
    const dear = await createProject({ title: `白山林下参基地 ${tk}`, city: 'baishan', investmentMin: 150_000, investmentMax: 200_000, riskLevel: 'HIGH' })
    await eventually(async () => (await list(`q=${tk}`)).body.total === 2)
    expect(slugs(await list(`q=${tk}&investment=lt30k`))).toEqual([cheap.slug])
    expect(slugs(await list(`q=${tk}&risk=high`))).toEqual([dear.slug])
    expect(slugs(await list(`q=${tk}&sort=-investment`))).toEqual([dear.slug, cheap.slug])
    expect(slugs(await list(`q=${tk}&investmentMax=50000`))).toEqual([cheap.slug])
    expect(slugs(await list(`q=${tk}&city=baishan,changchun`))).toHaveLength(2)
    expect(slugs(await list(`q=${tk}&city=changchun`))).toHaveLength(0)
  })

  it('bad input: unknown values list the allowed ones; injection strings are harmless; out-of-range pages are empty', async () => {
    const bad = await new Client('en').get<{ code: string, fields: Record<string, string> }>(`/api/projects?category=${encodeURIComponent('food-snacks" OR city = "x')}`)
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe('validation')
    expect(bad.body.fields.category).toMatch(/Unknown: .*Allowed: .*food-snacks/)
    expect((await list('risk=extreme')).status).toBe(400)
    const weird = await list(`q=${encodeURIComponent('") OR (city = "x" AND [1]')}`)
    expect(weird.status).toBe(200)
    const far = await list('page=9999')
    expect(far.status).toBe(200)
    expect(far.body.items).toEqual([])
    const long = await list(`q=${'奶'.repeat(1000)}`)
    expect(long.status).toBe(200)
  })

  it('a city includes its areas: 长春 finds and counts 九台\'s projects; 九台 alone finds only its own', async () => {
    const tk = token()
    const city = await createProject({ title: `长春早餐车 ${tk}`, city: 'changchun' })
    const area = await createProject({ title: `九台早餐车 ${tk}`, city: 'jiutai' })
    await createProject({ title: `吉林早餐车 ${tk}`, city: 'jilin' })
    await eventually(async () => (await list(`q=${tk}`)).body.total === 3, 10_000)
    const all = await list(`q=${tk}`)
    expect(all.body.facets.city).toEqual({ changchun: 2, jiutai: 1, jilin: 1 })
    const changchun = await list(`q=${tk}&city=changchun`)
    expect(slugs(changchun).sort()).toEqual([city.slug, area.slug].sort())
    expect(changchun.body.total).toBe(2)
    // disjunctive: the city facet still counts the other cities
    expect(changchun.body.facets.city).toEqual({ changchun: 2, jiutai: 1, jilin: 1 })
    expect(slugs(await list(`q=${tk}&city=jiutai`))).toEqual([area.slug])
    const cities = await api.get<{ code: string, parent: string | null }[]>('/api/cities')
    const codes = cities.body.map(c => c.code)
    expect(codes.indexOf('jiutai')).toBe(codes.indexOf('changchun') + 1)
    expect(cities.body.find(c => c.code === 'jiutai')?.parent).toBe('changchun')
  })

  it('site search lists projects with policies and guides, with a project tab', async () => {
    const p = await createProject({ title: '九台农村电商服务站', category: 'agri-ecommerce', city: 'jiutai', tags: ['电商'] })
    await eventually(async () => slugs(await list(`q=${encodeURIComponent('九台农村电商服务站')}`)).includes(p.slug))
    const all = await api.get<{ hits: { type: string, url: string, snippet: string }[], facets: { type: Record<string, number> } }>(`/api/search?q=${encodeURIComponent('电商')}`)
    expect(all.status).toBe(200)
    expect(all.body.facets.type.project).toBeGreaterThan(0)
    expect(all.body.facets.type.policy).toBeGreaterThan(0)
    const projects = await api.get<{ hits: { type: string, url: string, snippet: string }[] }>(`/api/search?q=${encodeURIComponent('电商')}&type=project`)
    expect(projects.body.hits.every(h => h.type === 'project')).toBe(true)
    expect(projects.body.hits.map(h => h.url)).toContain(`/projects/${p.slug}`)
  })

  it('project pages: published ones for everybody, others 404', async () => {
    const tk = token()
    const p = await createProject({ title: `通化葡萄酒体验店 ${tk}`, city: 'tonghua', recommended: true })
    const ok = await api.get<{ title: string, descriptionHtml: string, related: unknown[] }>(`/api/projects/${p.slug}`)
    expect(ok.status).toBe(200)
    expect(ok.body.descriptionHtml).toContain('<h2>')
    const hidden = await createProject({ title: `待审项目 ${tk}`, status: 'PENDING' })
    expect((await api.get(`/api/projects/${hidden.slug}`)).status).toBe(404)
    expect((await api.get('/api/projects/NOT_A_SLUG!')).status).toBe(400)
  })

  it('while Meilisearch is down the API answers from PostgreSQL; afterwards every update is in the index', async () => {
    const tk = token()
    const seedProjects = await Promise.all(Array.from({ length: 10 }, (_, i) => createProject({ title: `停机测试项目${i} ${tk}`, city: 'songyuan' })))
    const tkCity = token()
    await createProject({ title: `长春停机测试 ${tkCity}`, city: 'changchun', suitableFor: ['RETURNEE', 'WOMEN'] })
    await createProject({ title: `九台停机测试 ${tkCity}`, city: 'jiutai', suitableFor: [] })
    await eventually(async () => (await list(`q=${tk}`)).body.total === 10 && (await list(`q=${tkCity}`)).body.total === 2)
    // what the index answers, for the same queries answered from PostgreSQL below
    const fromIndex = await Promise.all([`q=${tkCity}`, `q=${tkCity}&suitableFor=returnee`, `suitableFor=women&city=changchun&q=${tkCity}`].map(async q => [q, (await list(q)).body] as const))
    await control('meili/stop')
    const changed: string[] = []
    try {
      const degraded = await list(`q=${tk}&pageSize=50`)
      expect(degraded.status).toBe(200)
      expect(degraded.body.degraded).toBe(true)
      expect(degraded.body.total).toBe(10)
      expect(degraded.body.facets.city).toEqual({ songyuan: 10 })
      // without words the counts read the covering index once per part (no kept working set):
      // the same ten projects give the same counts
      const noWords = await list('city=songyuan&pageSize=50')
      expect(noWords.body).toMatchObject({ degraded: true, total: 10 })
      const { city: _city, ...others } = noWords.body.facets
      const { city: _c, ...withWords } = degraded.body.facets
      expect(others).toEqual(withWords)
      // a city includes its areas here too
      const changchun = await list(`q=${tkCity}&city=changchun`)
      expect(changchun.body).toMatchObject({ degraded: true, total: 2 })
      expect((await list(`q=${tkCity}`)).body.facets.city).toEqual({ changchun: 2, jiutai: 1 })
      // and a filtered facet still offers its other values (disjunctive, as with Meilisearch)
      const jiutai = await list(`q=${tkCity}&city=jiutai&risk=low`)
      expect(jiutai.body).toMatchObject({ degraded: true, total: 1 })
      expect(jiutai.body.facets.city).toEqual({ changchun: 2, jiutai: 1 })
      expect(jiutai.body.facets.riskLevel).toEqual({ LOW: 1 })
      expect(degraded.body.facets.riskLevel).toEqual({ LOW: 10 })
      expect(degraded.body.facets.suitableFor).toEqual({ GRADUATE: 10 })
      // every facet's counts, array facets too, as the index gave them (a filtered array facet: disjunctive)
      for (const [q, indexed] of fromIndex) {
        const sql = (await list(q)).body
        expect(sql.degraded, q).toBe(true)
        expect(sql.total, q).toBe(indexed.total)
        expect(sql.facets, q).toEqual(indexed.facets)
      }
      expect(degraded.body.facets.investment).toEqual({ '30k-50k': 10 })
      // filters, sorting and paging work in degraded mode too
      const paged = await list(`q=${tk}&city=songyuan&risk=low&sort=investment&pageSize=3&page=2`)
      expect(paged.body).toMatchObject({ degraded: true, total: 10, page: 2 })
      expect(paged.body.items).toHaveLength(3)
      expect((await list(`q=${tk}&city=changchun`)).body.total).toBe(0)
      expect((await list(`q=${encodeURIComponent('100%_')}`)).status).toBe(200)
      // 200 updates while the index is down: renames, unpublishing, new projects
      for (let i = 0; i < 200; i++) {
        const target = seedProjects[i % 10]!
        if (i % 50 === 49) {
          await updateProject(target.id, { status: 'ARCHIVED' })
        }
        else if (i % 20 === 0) {
          changed.push((await createProject({ title: `停机期间新增${i} ${tk}`, city: 'songyuan' })).id)
        }
        else {
          await updateProject(target.id, { summary: `第 ${i} 次更新 ${tk}`, status: 'PUBLISHED' })
        }
      }
    }
    finally {
      await control('meili/start')
    }
    const published = async () => db.project.findMany({ where: { title: { contains: tk }, status: 'PUBLISHED' }, select: { id: true, updatedAt: true } })
    await eventually(async () => {
      const want = await published()
      // this test is the only one that uses Songyuan: the index must hold exactly its published projects
      const docs = await meili<{ results: { id: string, updatedAt: number }[] }>(`/indexes/projects/documents?limit=1000&fields=id,updatedAt&filter=${encodeURIComponent('facetValues = "city:songyuan"')}`)
      const have = new Map((docs.results ?? []).map(d => [d.id, d.updatedAt]))
      const pending = await db.searchOutbox.count({ where: { processedAt: null } })
      return pending === 0 && have.size === want.length && want.every(p => have.get(p.id) === p.updatedAt.getTime())
    }, 60_000)
    const after = await list(`q=${tk}&pageSize=50`)
    expect(after.body.degraded).toBe(false)
    expect(after.body.total).toBe((await published()).length)
    // changes made during the outage waited for the pending retry instead of each trying and
    // failing at once (that made ~100 failed attempts of these 200 updates)
    const ids = [...seedProjects.map(p => p.id), ...changed]
    const { _max } = await db.searchOutbox.aggregate({ where: { entity: 'project', entityId: { in: ids } }, _max: { attempts: true } })
    expect(_max.attempts).toBeLessThanOrEqual(10)
  })
})

describe('degraded queries', () => {
  it('run with the memory a broad word needs and a time limit, reported as busy when reached; neither outlives its query', async () => {
    const { DEGRADED_QUERY_LIMITS, degradedQuery } = await import('../../server/search/engine')
    const { isOverloaded } = await import('../../server/utils/errors')
    const { Prisma } = await import('../../server/generated/prisma/client')
    const settings = Prisma.sql`SELECT current_setting('work_mem') AS mem, current_setting('statement_timeout') AS timeout`
    expect(await degradedQuery(settings)).toEqual([{ mem: DEGRADED_QUERY_LIMITS.workMem, timeout: `${DEGRADED_QUERY_LIMITS.timeoutMs / 1000}s` }])
    const saved = DEGRADED_QUERY_LIMITS.timeoutMs
    DEGRADED_QUERY_LIMITS.timeoutMs = 50
    try {
      const error = await degradedQuery(Prisma.sql`SELECT pg_sleep(2)`).catch((e: unknown) => e)
      expect(isOverloaded(error)).toBe(true)
    }
    finally {
      DEGRADED_QUERY_LIMITS.timeoutMs = saved
    }
    // the pool's connections keep the server's defaults
    const { prisma } = await import('../../server/utils/prisma')
    for (let i = 0; i < 5; i++) {
      const [row] = await prisma.$queryRaw<{ mem: string, timeout: string }[]>(settings)
      expect(row).toEqual({ mem: '4MB', timeout: '0' })
    }
  })
})

describe('reconciliation', () => {
  it('puts back a project missing from the index and removes one that should not be there', async () => {
    const { reconcile } = await import('../../server/search/sync')
    const tk = token()
    const p = await createProject({ title: `白城杂粮礼盒网店 ${tk}`, city: 'baicheng' })
    await eventually(async () => slugs(await list(`q=${tk}`)).includes(p.slug), 10_000)
    // drift made behind the outbox's back: the document is deleted in Meilisearch only
    await fetch(`${inject('meiliUrl')}/indexes/projects/documents/${p.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${inject('meiliKey')}` } })
    await eventually(async () => !slugs(await list(`q=${tk}`)).includes(p.slug), 10_000)
    const result = await reconcile('project')
    expect(result.queued).toBeGreaterThanOrEqual(1)
    await eventually(async () => slugs(await list(`q=${tk}`)).includes(p.slug), 10_000)
  })

  it('waits while a full reindex is under way, and is not held back by one that crashed long ago', async () => {
    const { reconcile } = await import('../../server/search/sync')
    const { rebuildIndexName } = await import('../../server/search/outbox')
    const tk = token()
    const p = await createProject({ title: `通榆杂粮直播间 ${tk}`, city: 'baicheng' })
    await eventually(async () => slugs(await list(`q=${tk}`)).includes(p.slug), 10_000)
    const headers = { 'Authorization': `Bearer ${inject('meiliKey')}`, 'Content-Type': 'application/json' }
    const meiliTask = async (res: Response) => {
      const { taskUid } = await res.json() as { taskUid: number }
      await eventually(async () => ['succeeded', 'failed'].includes((await (await fetch(`${inject('meiliUrl')}/tasks/${taskUid}`, { headers })).json() as { status: string }).status), 10_000)
    }
    await meiliTask(await fetch(`${inject('meiliUrl')}/indexes/projects/documents/${p.id}`, { method: 'DELETE', headers }))
    const running = rebuildIndexName('projects', Date.now())
    const crashed = rebuildIndexName('projects', Date.now() - 2 * 3600_000)
    try {
      await meiliTask(await fetch(`${inject('meiliUrl')}/indexes`, { method: 'POST', headers, body: JSON.stringify({ uid: crashed, primaryKey: 'id' }) }))
      await meiliTask(await fetch(`${inject('meiliUrl')}/indexes`, { method: 'POST', headers, body: JSON.stringify({ uid: running, primaryKey: 'id' }) }))
      expect(await reconcile('project')).toMatchObject({ queued: 0, skipped: 'rebuilding' })
      await meiliTask(await fetch(`${inject('meiliUrl')}/indexes/${running}`, { method: 'DELETE', headers }))
      // the index of a reindex that never finished, two hours old, does not stop the repair
      const result = await reconcile('project')
      expect(result.skipped).toBeUndefined()
      expect(result.queued).toBeGreaterThanOrEqual(1)
      await eventually(async () => slugs(await list(`q=${tk}`)).includes(p.slug), 10_000)
    }
    finally {
      for (const uid of [running, crashed]) await fetch(`${inject('meiliUrl')}/indexes/${uid}`, { method: 'DELETE', headers })
    }
  })

  it('rewrites a document of an older shape (after an upgrade changed the documents)', async () => {
    const { reconcile } = await import('../../server/search/sync')
    const { PROJECT_DOC_VERSION } = await import('../../server/search/specs/projects')
    const tk = token()
    const p = await createProject({ title: `四平农机维修服务站 ${tk}`, city: 'siping' })
    await eventually(async () => (await list(`q=${tk}&city=siping`)).body.total === 1, 10_000)
    // the document as an older release wrote it: no facet values, no version (= 1)
    const headers = { 'Authorization': `Bearer ${inject('meiliKey')}`, 'Content-Type': 'application/json' }
    const old = await (await fetch(`${inject('meiliUrl')}/indexes/projects/documents/${p.id}`, { headers })).json() as Record<string, unknown>
    delete old.facetValues
    delete old.docVersion
    await fetch(`${inject('meiliUrl')}/indexes/projects/documents`, { method: 'PUT', headers, body: JSON.stringify([{ ...old, facetValues: null, docVersion: null }]) })
    // its facets and filters no longer see it, while the text search still does
    await eventually(async () => (await list(`q=${tk}&city=siping`)).body.total === 0, 10_000)
    expect((await list(`q=${tk}`)).body.total).toBe(1)
    const result = await reconcile('project')
    expect(result.queued).toBeGreaterThanOrEqual(1)
    await eventually(async () => (await list(`q=${tk}&city=siping`)).body.total === 1, 10_000)
    const doc = await (await fetch(`${inject('meiliUrl')}/indexes/projects/documents/${p.id}`, { headers })).json() as { docVersion: number, facetValues: string[] }
    expect(doc.docVersion).toBe(PROJECT_DOC_VERSION)
    expect(doc.facetValues).toContain('city:siping')
  })
})
