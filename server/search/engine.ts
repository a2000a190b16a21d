import type { Meilisearch, MultiSearchQuery, MultiSearchResult, RecordAny, Settings } from 'meilisearch'
import type { FacetCounts, FacetedListResponse } from '#shared/types/search'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import { rollUpAreas, withAreas } from '#shared/utils/cities'
import { Prisma } from '../generated/prisma/client'
import { prisma } from '../utils/prisma'
import { searchClient } from '../utils/search'
import { AppError } from '../utils/errors'
import type { FieldMessage } from '../utils/errors'
import { log } from '../utils/log'
import type { ReferenceData } from '../services/reference'
import { referenceData } from '../services/reference'
import type { SearchDoc, SearchEntity } from './outbox'
import { queryAsPinyin } from './pinyin'

/**
 * The one faceted-search engine. A section describes its list once — a FacetedSpec: its facets
 * (which query parameter selects them, which values are allowed, whether a city includes its
 * areas), its sorts and its extra filters — and the engine derives from it:
 *   - the validation of reference codes (unknown city or category → 400 listing the allowed ones),
 *   - the Meilisearch requests: every facet value of a document lives in one attribute,
 *     `facetValues` ("city:changchun"), which every filter and every count uses; counts are
 *     disjunctive (a filtered facet counts over the matches of every *other* filter, one more
 *     facet-only request per filtered facet),
 *   - and the answer from PostgreSQL when Meilisearch is unreachable (`degraded: true`), either
 *     with SQL (one GROUPING SETS pass for all counts, one small GROUP BY per filtered facet) for
 *     large sections, or in memory over the section's documents for small ones.
 */

/** Every list query has these; `facets: false` asks for the page alone, without facet counts (schemas' `facetsParam`). */
export interface BaseListQuery { q: string, page: number, pageSize: number, facets?: boolean }

export interface FacetDef<Q> {
  /** its name in the response's `facets` */
  name: string
  /** its prefix in facetValues (`${key}:${value}`) */
  key: string
  /** the values the query selects for it */
  selected: (q: Q) => string[]
  /** the query with this facet's filter removed (for its disjunctive count) */
  clear: (q: Q) => Q
  /** codes that must exist in the reference data (static codes are checked by the zod schema) */
  reference?: 'city' | 'category'
  /** a city filter includes the city's areas; a city's count includes theirs */
  areas?: boolean
  /** the query parameter to name in a 400 (default: name) */
  param?: string
}

/** A count that is not a facet of the documents but of something known at query time (e.g. "free this week"). */
export interface ExtraCount<Q, C> {
  name: string
  /** the Meilisearch filter that selects the counted documents */
  filter: (q: Q, ctx: C) => string[]
}

export interface SqlFallback<Q> {
  /** `FROM … WHERE` of the section's rows that belong in the list, with alias p */
  from: Prisma.Sql
  base: Prisma.Sql
  /** one search term as a condition over p */
  term: (term: string) => Prisma.Sql
  /** the columns the facet counts need, selected from p into the working set m */
  columns: Prisma.Sql
  /** per facet name: its value per row over m (scalar) or an array column of m, how a selection filters p, how a value becomes a code */
  facets: Record<string, SqlFacet>
  /** conditions beyond facets and terms (ranges) */
  extraWhere?: (q: Q) => Prisma.Sql[]
  order: (q: Q) => Prisma.Sql
}

export interface SqlFacet {
  /** the facet's value per row over m (scalar), or an array column of m */
  value: Prisma.Sql
  array?: boolean
  /**
   * An array facet's possible values, when they are a fixed list: they are then counted in one
   * pass over m (a FILTER per value) instead of unnesting every row (at 100k projects, the 24k
   * matches of 店: 5 ms instead of 60).
   */
  values?: readonly string[]
  /** how a selection filters p */
  where: (values: string[], ref: ReferenceData) => Prisma.Sql
  /** how a value becomes a code */
  decode?: (v: string | null, ref: ReferenceData) => string | null
}

/** `(v, n)` rows: the count of each value of an array facet over the rows `m` of `from`, values that occur only. */
function arrayCounts(def: SqlFacet, from: Prisma.Sql): Prisma.Sql {
  if (!def.values?.length) return Prisma.sql`SELECT s::text AS v, count(*)::int AS n FROM ${from}, unnest(${def.value}) s GROUP BY 1`
  const counts = def.values.map((v, i) => Prisma.sql`count(*) FILTER (WHERE ${v} = ANY(${def.value}))::int AS ${Prisma.raw(`c${i}`)}`)
  const pairs = def.values.map((v, i) => Prisma.sql`(${v}::text, c.${Prisma.raw(`c${i}`)})`)
  return Prisma.sql`SELECT x.v, x.n FROM (SELECT ${Prisma.join(counts, ', ')} FROM ${from}) c, LATERAL (VALUES ${Prisma.join(pairs, ', ')}) x(v, n) WHERE x.n > 0`
}

export interface MemoryFallback<Q, D> {
  /** the documents matching the query's words (facets are applied here) */
  load: (q: Q) => Promise<D[]>
  sort: (q: Q) => (a: D, b: D) => number
}

export interface FacetedDoc extends SearchDoc { facetValues: string[] }

export interface FacetedSpec<Q extends BaseListQuery, D extends FacetedDoc, Item, C = undefined> extends SearchEntity<D> {
  facets: FacetDef<Q>[]
  /** attributes a hit needs to become an item */
  retrieve: string[]
  /** a Chinese query that finds nothing is tried again as pinyin (奶查 → naicha finds 奶茶) */
  pinyinRetry?: boolean
  toItem: (doc: D) => Item
  sort: (q: Q) => string[] | undefined
  /** per-query context (e.g. which mentors are free soon) */
  prepare?: (q: Q) => Promise<C>
  /** Meilisearch filters beyond facets (ranges, id lists) */
  extraFilters?: (q: Q, ctx: C) => string[]
  /** in-memory equivalent of extraFilters, for the memory fallback */
  extraMatch?: (doc: D, q: Q, ctx: C) => boolean
  extraCounts?: (ExtraCount<Q, C> & { match: (doc: D, ctx: C) => boolean })[]
  /** turns items into what the API answers (e.g. adds each mentor's next free slot) */
  decorate?: (items: Item[]) => Promise<Item[]>
  fallback: { sql: SqlFallback<Q>, loadItems: (ids: string[]) => Promise<Item[]> } | { memory: MemoryFallback<Q, D> }
}

type Answer<Item> = FacetedListResponse<Item, string>

/**
 * The faceting settings of a faceted index: up to `maxValuesPerFacet` values per facet, counted
 * and returned by count. The order is not what matters (every page looks its counts up by value):
 * the algorithm is. Ordered alphabetically (Meilisearch's default), a result of up to 3,000 hits
 * is counted by reading each hit's values one document at a time; ordered by count, every result
 * is counted by intersecting each value's bitmap with the hits, which for our few dozen values is
 * always the cheaper. At 100k projects, with the same counts: 奶茶 (2,984 hits) 15.8 → 2.3 ms,
 * 烧烤 (2,312) 7.9 → 1.8 ms, 人参 in 白山 (1,312) 4.1 → 2.1 ms; 餐饮 (11,101) 2.6 → 2.4 ms.
 * Ordered by count, a value beyond the limit is the rarest one, not the last in the alphabet: every
 * index keeps 500, far more values than it has, so that none is ever cut.
 */
export function facetingSettings(maxValuesPerFacet: number): NonNullable<Settings['faceting']> {
  return { maxValuesPerFacet, sortFacetValuesBy: { '*': 'count' } }
}

/** Quotes a value for a Meilisearch filter: quotes and backslashes escaped, so nothing can inject. */
export function filterValue(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** `facetValues IN [...]` for one facet's selected values (OR within a facet; facets AND together). */
function facetFilter(key: string, values: string[]): string {
  return `facetValues IN [${values.map(v => filterValue(`${key}:${v}`)).join(', ')}]`
}

function filters<Q extends BaseListQuery, C>(spec: Pick<FacetedSpec<Q, FacetedDoc, unknown, C>, 'facets' | 'extraFilters'>, q: Q, ctx: C, except?: FacetDef<Q>): string[] {
  const out: string[] = []
  for (const f of spec.facets) {
    const vs = f.selected(q)
    if (f !== except && vs.length) out.push(facetFilter(f.key, vs))
  }
  return [...out, ...(spec.extraFilters?.(q, ctx) ?? [])]
}

/** Unknown reference codes (a city, a category) are a 400 that lists the allowed values. */
export function checkReferenceValues<Q extends BaseListQuery>(facets: FacetDef<Q>[], q: Q, ref: ReferenceData): void {
  const fields: Record<string, FieldMessage> = {}
  for (const f of facets) {
    if (!f.reference) continue
    const allowed = f.reference === 'city' ? [PROVINCE_WIDE, ...ref.cities.map(c => c.code)] : ref.categories.map(c => c.code)
    const unknown = f.selected(q).filter(v => !allowed.includes(v))
    if (unknown.length) fields[f.param ?? f.name] = { key: 'validation.unknownValues', params: { values: unknown.join(', '), allowed: allowed.join(', ') } }
  }
  if (Object.keys(fields).length) throw new AppError('validation', fields)
}

/**
 * The Meilisearch requests that answer one list query: the page with its facets, one
 * facet-only request per filtered facet (disjunctive counts) and one per extra count.
 * Exported so the benchmark can send exactly the same requests straight to Meilisearch.
 */
export function meiliRequests<Q extends BaseListQuery, D extends FacetedDoc, Item, C>(spec: FacetedSpec<Q, D, Item, C>, q: Q, ctx: C): { active: FacetDef<Q>[], queries: MultiSearchQuery[] } {
  const active = spec.facets.filter(f => f.selected(q).length)
  const base = { indexUid: spec.index, q: q.q, matchingStrategy: 'all' as const }
  const page = { ...base, filter: filters(spec, q, ctx), page: q.page, hitsPerPage: q.pageSize, sort: spec.sort(q), attributesToRetrieve: spec.retrieve }
  if (q.facets === false) return { active: [], queries: [page] }
  const queries: MultiSearchQuery[] = [
    { ...page, facets: ['facetValues'] },
    // disjunctive facets: the counts of a facet that is filtered ignore its own filter
    ...active.map(f => ({ ...base, filter: filters(spec, q, ctx, f), facets: ['facetValues'], limit: 0 })),
    ...(spec.extraCounts ?? []).map(x => ({ ...base, filter: [...filters(spec, q, ctx), ...x.filter(q, ctx)], limit: 0 })),
  ]
  return { active, queries }
}

/** `{ "city:changchun": 922, ... }` → the counts of one facet key: `{ changchun: 922 }` */
function countsOf(distribution: Record<string, number> | undefined, key: string): FacetCounts {
  const out: FacetCounts = {}
  const prefix = `${key}:`
  for (const [kv, n] of Object.entries(distribution ?? {})) if (kv.startsWith(prefix)) out[kv.slice(prefix.length)] = n
  return out
}

/**
 * Sends a list query's Meilisearch requests: the page on its own and, beside it at the same time,
 * the facet-only counts in one multi-search. Meilisearch answers a multi-search's queries one after
 * another on one core; two requests at once use two (a query with two filtered facets, at 100k
 * projects: the three in one multi-search took ~1.5× as long as the page alone). The results come
 * back in the order of `queries`.
 */
export async function askMeilisearch(client: Meilisearch, queries: MultiSearchQuery[]): Promise<MultiSearchResult<RecordAny>[]> {
  if (queries.length < 2) return (await client.multiSearch({ queries })).results
  const [page, counts] = await Promise.all([client.multiSearch({ queries: queries.slice(0, 1) }), client.multiSearch({ queries: queries.slice(1) })])
  return [...page.results, ...counts.results]
}

async function fromIndex<Q extends BaseListQuery, D extends FacetedDoc, Item, C>(spec: FacetedSpec<Q, D, Item, C>, q: Q, ctx: C): Promise<Answer<Item>> {
  const client = searchClient()!
  const { active, queries } = meiliRequests(spec, q, ctx)
  const results = await askMeilisearch(client, queries)
  const first = results[0]!
  const facets: Record<string, FacetCounts> = {}
  for (const f of spec.facets) {
    const i = active.indexOf(f)
    facets[f.name] = countsOf((i < 0 ? first : results[i + 1]!).facetDistribution?.facetValues, f.key)
  }
  ;(spec.extraCounts ?? []).forEach((x, i) => {
    const counted = results[1 + active.length + i] as { estimatedTotalHits?: number } | undefined // none asked with facets=false
    const n = counted?.estimatedTotalHits ?? 0
    facets[x.name] = n ? { true: n } : {}
  })
  return {
    items: (first.hits as unknown as D[]).map(spec.toItem),
    total: (first as { totalHits?: number }).totalHits ?? first.hits.length,
    page: q.page,
    pageSize: q.pageSize,
    facets,
    degraded: false,
  }
}

// ---------------------------------------------------------------------------------------------
// Degraded mode

/**
 * Limits of one query of the degraded answer. The memory keeps the bitmap of a broad word's
 * matches exact: a lossy one makes PostgreSQL re-check every row of its pages, computing each
 * text's Chinese grams again (at 1M projects, 店 took four minutes with the default 4 MB, about
 * two seconds with this). The time limit ends a query that would still hold its connection and a
 * core long after the visitor left: it is answered as `busy` (503, try again shortly).
 */
export const DEGRADED_QUERY_LIMITS = { workMem: '64MB', timeoutMs: 10_000 }

export function degradedQuery<T>(query: Prisma.Sql): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('work_mem', ${DEGRADED_QUERY_LIMITS.workMem}, true), set_config('statement_timeout', ${String(DEGRADED_QUERY_LIMITS.timeoutMs)}, true)`
    return tx.$queryRaw<T>(query)
  }, { timeout: DEGRADED_QUERY_LIMITS.timeoutMs + 5000 })
}

async function fromSql<Q extends BaseListQuery, Item>(spec: { facets: FacetDef<Q>[] }, sql: SqlFallback<Q>, loadItems: (ids: string[]) => Promise<Item[]>, q: Q, ref: ReferenceData): Promise<Answer<Item>> {
  const where = (query: Q) => {
    const and: Prisma.Sql[] = [sql.base]
    for (const term of query.q.split(/\s+/).filter(Boolean)) and.push(sql.term(term))
    for (const f of spec.facets) {
      const vs = f.selected(query)
      if (vs.length) and.push(sql.facets[f.name]!.where(vs, ref))
    }
    and.push(...(sql.extraWhere?.(query) ?? []))
    return Prisma.join(and, ' AND ')
  }
  const scalar = spec.facets.filter(f => !sql.facets[f.name]!.array)
  const arrays = spec.facets.filter(f => sql.facets[f.name]!.array)
  const decode = (f: FacetDef<Q>, v: string | null) => {
    const d = sql.facets[f.name]!.decode
    return d ? d(v, ref) : v
  }
  const matches = where(q)
  // one aggregation pass over the matching rows for every facet: the working set m holds the
  // narrow columns the counts need; GROUPING() tells which facet a row of counts belongs to.
  // With words, the matching rows are found through the text indexes: found once, kept (a
  // materialized CTE). Without, they are all the rows of the filters, read cheaply from the
  // covering index: read once per part instead, since keeping 75k of them spills to disk (at
  // 100k projects, the counts of the unfiltered list: 140–210 ms kept, 70–100 ms read twice).
  const working = Prisma.sql`(SELECT ${sql.columns} ${sql.from} WHERE ${matches})`
  const hasWords = q.q.split(/\s+/).some(Boolean)
  const m = hasWords ? Prisma.sql`m` : Prisma.sql`${working} m`
  const names = scalar.map((_, i) => Prisma.raw(`f${i}`))
  const grouped = Prisma.sql`
    SELECT ${Prisma.join(names.map(n => Prisma.sql`${n}::text`), ', ')}, GROUPING(${Prisma.join(names, ', ')}) AS g, NULL::int AS a, NULL::text AS av, count(*)::int AS n
      FROM (SELECT ${Prisma.join(scalar.map((f, i) => Prisma.sql`${sql.facets[f.name]!.value} AS ${names[i]!}`), ', ')} FROM ${m}) x
     GROUP BY GROUPING SETS (${Prisma.join(names.map(n => Prisma.sql`(${n})`), ', ')})`
  const unnested = arrays.map((f, i) => Prisma.sql`
    SELECT ${Prisma.join(names.map(() => Prisma.sql`NULL::text`), ', ')}, NULL::int, ${i}::int, a.v, a.n FROM (${arrayCounts(sql.facets[f.name]!, m)}) a`)
  const [page, counts, disjunctive] = await Promise.all([
    degradedQuery<{ id: string }[]>(Prisma.sql`SELECT p.id::text AS id ${sql.from} WHERE ${matches} ORDER BY ${sql.order(q)} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`),
    degradedQuery<Record<string, string | number | null>[]>(Prisma.sql`
      ${hasWords ? Prisma.sql`WITH m AS MATERIALIZED ${working}` : Prisma.empty}
      ${Prisma.join([grouped, ...unnested], ' UNION ALL ')}`),
    // a filtered facet counts its values over the matches of every other filter
    Promise.all(spec.facets.filter(f => f.selected(q).length).map(async (f) => {
      const def = sql.facets[f.name]!
      const rows = def.array
        ? await degradedQuery<{ v: string | null, n: number }[]>(Prisma.sql`WITH m AS (SELECT ${sql.columns} ${sql.from} WHERE ${where(f.clear(q))}) ${arrayCounts(def, Prisma.sql`m`)}`)
        : await degradedQuery<{ v: string | null, n: number }[]>(Prisma.sql`WITH m AS (SELECT ${sql.columns} ${sql.from} WHERE ${where(f.clear(q))}) SELECT (${def.value})::text AS v, count(*)::int AS n FROM m GROUP BY 1`)
      const out: FacetCounts = {}
      for (const r of rows) {
        const code = decode(f, r.v)
        if (code !== null) out[code] = r.n
      }
      return [f.name, out] as const
    })),
  ])
  const facets: Record<string, FacetCounts> = Object.fromEntries(spec.facets.map(f => [f.name, {}]))
  // GROUPING(f0, f1, …) has a 1 bit for each column not grouped in that row: the row of facet
  // i has every bit set but bit (k - 1 - i)
  const all = (1 << scalar.length) - 1
  let total = 0
  for (const r of counts) {
    if (r.a !== null) {
      const f = arrays[Number(r.a)]!
      const code = decode(f, r.av as string | null)
      if (code !== null) facets[f.name]![code] = Number(r.n)
      continue
    }
    const i = scalar.findIndex((_, k) => Number(r.g) === (all ^ (1 << (scalar.length - 1 - k))))
    if (i < 0) continue
    const code = decode(scalar[i]!, r[`f${i}`] as string | null)
    if (i === 0) total += Number(r.n)
    if (code !== null) facets[scalar[i]!.name]![code] = Number(r.n)
  }
  for (const [name, c] of disjunctive) facets[name] = c
  return { items: await loadItems(page.map(r => r.id)), total, page: q.page, pageSize: q.pageSize, facets, degraded: true }
}

async function fromMemory<Q extends BaseListQuery, D extends FacetedDoc, Item, C>(spec: FacetedSpec<Q, D, Item, C>, memory: MemoryFallback<Q, D>, q: Q, ctx: C): Promise<Answer<Item>> {
  const docs = await memory.load(q)
  const has = (d: D, f: FacetDef<Q>, values: string[]) => values.some(v => d.facetValues.includes(`${f.key}:${v}`))
  const matches = (d: D, except?: FacetDef<Q>) => spec.facets.every((f) => {
    const vs = f.selected(q)
    return f === except || !vs.length || has(d, f, vs)
  }) && (spec.extraMatch?.(d, q, ctx) ?? true)
  const facets: Record<string, FacetCounts> = {}
  for (const f of spec.facets) {
    const counts: FacetCounts = {}
    for (const d of docs) {
      if (!matches(d, f)) continue
      for (const kv of d.facetValues) if (kv.startsWith(`${f.key}:`)) counts[kv.slice(f.key.length + 1)] = (counts[kv.slice(f.key.length + 1)] ?? 0) + 1
    }
    facets[f.name] = counts
  }
  const hits = docs.filter(d => matches(d))
  for (const x of spec.extraCounts ?? []) {
    const n = hits.filter(d => x.match(d, ctx)).length
    facets[x.name] = n ? { true: n } : {}
  }
  hits.sort(memory.sort(q))
  const page = hits.slice((q.page - 1) * q.pageSize, q.page * q.pageSize)
  return { items: page.map(spec.toItem), total: hits.length, page: q.page, pageSize: q.pageSize, facets, degraded: true }
}

/**
 * Answers a list query: checks reference codes, widens city filters to their areas, asks
 * Meilisearch (or, when it is unreachable, PostgreSQL), and rolls each area's count into its city.
 */
export async function runFacetedSearch<Q extends BaseListQuery, D extends FacetedDoc, Item, C>(spec: FacetedSpec<Q, D, Item, C>, query: Q): Promise<Answer<Item>> {
  const ref = await referenceData()
  checkReferenceValues(spec.facets, query, ref)
  const ctx = (await spec.prepare?.(query)) as C
  const areaFacets = spec.facets.filter(f => f.areas)
  // a city filter includes the city's areas (长春 → 长春 and 九台)
  const q = areaFacets.reduce((acc, f) => withSelected(f, acc, withAreas(ref.cities, f.selected(acc))), query)
  let answer: Answer<Item> | null = null
  if (searchClient()) {
    try {
      answer = await fromIndex(spec, q, ctx)
      const again = spec.pinyinRetry && answer.total === 0 ? queryAsPinyin(q.q) : null
      if (again) {
        const retried = await fromIndex(spec, { ...q, q: again }, ctx)
        if (retried.total > 0) answer = { ...retried, interpretedAs: again }
      }
    }
    catch (error) {
      log.warn(`${spec.entity}: Meilisearch unavailable, answering from PostgreSQL`, { error: String(error) })
    }
  }
  answer ??= await fromDatabase(spec, q, ctx, ref)
  for (const f of areaFacets) answer.facets[f.name] = rollUpAreas(ref.cities, answer.facets[f.name] ?? {})
  // the degraded answer counts anyway (one query of PostgreSQL's); the answer is the same shape
  if (q.facets === false) for (const name of Object.keys(answer.facets)) answer.facets[name] = {}
  if (spec.decorate) answer.items = await spec.decorate(answer.items)
  return answer
}

function fromDatabase<Q extends BaseListQuery, D extends FacetedDoc, Item, C>(spec: FacetedSpec<Q, D, Item, C>, q: Q, ctx: C, ref: ReferenceData): Promise<Answer<Item>> {
  return 'sql' in spec.fallback
    ? fromSql(spec, spec.fallback.sql, spec.fallback.loadItems, q, ref)
    : fromMemory(spec, spec.fallback.memory, q, ctx)
}

/** The degraded answer on its own (site search uses it while Meilisearch is down). */
export async function searchInDatabase<Q extends BaseListQuery, D extends FacetedDoc, Item, C>(spec: FacetedSpec<Q, D, Item, C>, q: Q): Promise<Answer<Item>> {
  const ctx = (await spec.prepare?.(q)) as C
  const answer = await fromDatabase(spec, q, ctx, await referenceData())
  if (spec.decorate) answer.items = await spec.decorate(answer.items)
  return answer
}

/** The query with a facet's selection replaced (clear() then re-add): used for area expansion. */
function withSelected<Q>(f: FacetDef<Q>, q: Q, values: string[]): Q {
  const cleared = f.clear(q) as Record<string, unknown>
  const param = f.param ?? f.name
  return { ...cleared, [param]: values } as Q
}
