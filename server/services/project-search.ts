import type { Settings } from 'meilisearch'
import type { ProjectListQuery } from '#shared/schemas/project'
import type { FacetCounts, ProjectListItem, ProjectListResponse } from '#shared/types/project'
import { investmentBucket, INVESTMENT_BUCKETS, RISK_LEVELS, SOURCE_TYPES, SUITABLE_FOR } from '#shared/utils/projects'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import { rollUpAreas, withAreas } from '#shared/utils/cities'
import { Prisma } from '../generated/prisma/client'
import { prisma } from '../utils/prisma'
import { searchClient } from '../utils/search'
import { AppError } from '../utils/errors'
import { log } from '../utils/log'
import type { SearchEntity } from './search-outbox'
import { enqueueSearchSync } from './search-outbox'
import type { CityRow } from './cities'
import { cityRows } from './cities'

/**
 * The projects index in Meilisearch, and the answers to GET /api/projects.
 * Writes never go to Meilisearch directly: a change writes a SearchOutbox row in its own
 * transaction (enqueueProjectSync) and the search_sync job pushes the current state
 * (see search-sync.ts). When Meilisearch is unreachable, queries are answered from PostgreSQL.
 */
export const PROJECTS_INDEX = 'projects'

export interface ProjectDoc {
  id: string
  slug: string
  title: string
  summary: string
  tags: string[]
  category: string
  categoryName: string
  city: string
  cityName: string
  riskLevel: string
  sourceType: string
  suitableFor: string[]
  recommended: boolean
  recommendedRank: number
  investmentMin: number
  investmentMax: number
  investmentBucket: string
  rating: number
  ratingCount: number
  publishedAt: number
  /**
   * Every facet value of the project as `<facet>:<value>` ("city:changchun", "riskLevel:LOW"):
   * the one attribute that filters and facets use. Meilisearch counts facets of a small result
   * set (up to 3,000 hits) by reading each hit's values, per facet attribute; one attribute
   * instead of seven made those counts about three times faster (奶茶 at 100k: 20 → 7 ms).
   */
  facetValues: string[]
  /** ms since epoch; the reconciliation job compares it with the database */
  updatedAt: number
  /** the shape of the document; a document of another version is rewritten by the reconciliation */
  docVersion: number
}

/** Bump when ProjectDoc changes shape: the reconciliation job then rewrites every document. */
export const PROJECT_DOC_VERSION = 2

export const PROJECT_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title', 'tags', 'categoryName', 'summary', 'cityName'],
  filterableAttributes: ['facetValues', 'investmentMin', 'investmentMax'],
  sortableAttributes: ['publishedAt', 'investmentMin', 'rating', 'recommendedRank'],
  displayedAttributes: ['*'],
  // an explicit sort (price, newest, rating) orders all matches; without one, relevance decides
  rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness', 'recommendedRank:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: {
    奶茶: ['茶饮'],
    茶饮: ['奶茶'],
    电商: ['网店', '网店创业'],
    网店: ['电商'],
    网店创业: ['电商'],
    农家乐: ['乡村旅游'],
    乡村旅游: ['农家乐'],
    养老: ['托老'],
    托幼: ['托育'],
  },
  stopWords: ['的', '了', '和', '与', '及'],
  // word proximity per attribute, not per word pair: much cheaper to index and to query
  proximityPrecision: 'byAttribute',
  pagination: { maxTotalHits: 100_000 },
  // facetValues holds every facet's values (13 categories + 13 cities + ~20 others): keep all
  faceting: { maxValuesPerFacet: 500 },
}

export const projectDocSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  tags: true,
  riskLevel: true,
  sourceType: true,
  suitableFor: true,
  recommended: true,
  investmentMin: true,
  investmentMax: true,
  rating: true,
  ratingCount: true,
  publishedAt: true,
  updatedAt: true,
  status: true,
  category: { select: { code: true, nameZh: true } },
  city: { select: { code: true, nameZh: true } },
} satisfies Prisma.ProjectSelect

export type ProjectDocRow = Prisma.ProjectGetPayload<{ select: typeof projectDocSelect }>

export function toProjectDoc(p: ProjectDocRow): ProjectDoc {
  const city = p.city?.code ?? PROVINCE_WIDE
  const bucket = investmentBucket(p.investmentMin)
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    tags: p.tags,
    category: p.category.code,
    categoryName: p.category.nameZh,
    city,
    cityName: p.city?.nameZh ?? '全省',
    riskLevel: p.riskLevel,
    sourceType: p.sourceType,
    suitableFor: p.suitableFor,
    recommended: p.recommended,
    recommendedRank: p.recommended ? 1 : 0,
    investmentMin: p.investmentMin,
    investmentMax: p.investmentMax,
    investmentBucket: bucket,
    rating: p.rating ?? 0,
    ratingCount: p.ratingCount,
    publishedAt: Math.floor((p.publishedAt ?? p.updatedAt).getTime() / 1000),
    facetValues: [
      `category:${p.category.code}`, `city:${city}`, `riskLevel:${p.riskLevel}`, `sourceType:${p.sourceType}`,
      ...p.suitableFor.map(s => `suitableFor:${s}`), `recommended:${p.recommended}`, `investmentBucket:${bucket}`,
    ],
    updatedAt: p.updatedAt.getTime(),
    docVersion: PROJECT_DOC_VERSION,
  }
}

/**
 * Announces changed projects to the search index inside the caller's transaction: one outbox
 * row per project and one (deduplicated) sync job.
 */
export async function enqueueProjectSync(tx: Prisma.TransactionClient, projectIds: string[]): Promise<void> {
  await enqueueSearchSync(tx, 'project', projectIds)
}

/** Published projects belong in the index. */
export const projectSearchEntity: SearchEntity<ProjectDoc> = {
  entity: 'project',
  index: PROJECTS_INDEX,
  settings: PROJECT_INDEX_SETTINGS,
  docVersion: PROJECT_DOC_VERSION,
  load: async (db, ids) => (await db.project.findMany({ where: { id: { in: ids }, status: 'PUBLISHED' }, select: projectDocSelect })).map(toProjectDoc),
  expected: async (db) => {
    // in pages, yielding between them: at 100k projects one big read would block the server's
    // event loop (API requests and the sync job share the process) for a second or more
    const out = new Map<string, number>()
    for (let cursor: string | undefined; ;) {
      const rows = await db.project.findMany({ where: { status: 'PUBLISHED', ...(cursor ? { id: { gt: cursor } } : {}) }, select: { id: true, updatedAt: true }, orderBy: { id: 'asc' }, take: 5000 })
      for (const r of rows) out.set(r.id, r.updatedAt.getTime())
      if (rows.length < 5000) return out
      cursor = rows.at(-1)!.id
      await new Promise(resolve => setImmediate(resolve))
    }
  },
  page: async (db, afterId, take) => (await db.project.findMany({
    where: { status: 'PUBLISHED', ...(afterId ? { id: { gt: afterId } } : {}) }, select: projectDocSelect, orderBy: { id: 'asc' }, take,
  })).map(toProjectDoc),
  count: db => db.project.count({ where: { status: 'PUBLISHED' } }),
  changedSince: async (db, since) => (await db.project.findMany({ where: { updatedAt: { gte: since } }, select: { id: true } })).map(p => p.id),
}

// ---------------------------------------------------------------------------------------------
// Allowed filter values

interface AllowedValues { category: string[], city: string[], categoryIds: Map<string, number>, cityIds: Map<string, number>, cities: CityRow[] }
let allowedCache: { at: number, value: AllowedValues } | null = null

async function allowedValues(): Promise<AllowedValues> {
  if (allowedCache && Date.now() - allowedCache.at < 60_000) return allowedCache.value
  const [categories, cities] = await Promise.all([
    prisma.projectCategory.findMany({ select: { id: true, code: true }, orderBy: { sortOrder: 'asc' } }),
    cityRows(),
  ])
  const value = {
    category: categories.map(c => c.code), city: [PROVINCE_WIDE, ...cities.map(c => c.code)],
    categoryIds: new Map(categories.map(c => [c.code, c.id])), cityIds: new Map(cities.map(c => [c.code, c.id])), cities,
  }
  allowedCache = { at: Date.now(), value }
  return value
}

/** Unknown category or city codes are a 400 that lists the allowed values. */
async function checkFilterValues(query: ProjectListQuery): Promise<void> {
  const allowed = await allowedValues()
  const fields: ConstructorParameters<typeof AppError>[1] = {}
  for (const key of ['category', 'city'] as const) {
    const unknown = query[key].filter(v => !allowed[key].includes(v))
    if (unknown.length) fields[key] = { key: 'validation.unknownValues', params: { values: unknown.join(', '), allowed: allowed[key].join(', ') } }
  }
  if (Object.keys(fields).length) throw new AppError('validation', fields)
}

// ---------------------------------------------------------------------------------------------
// Meilisearch queries

/** Quotes a value for a Meilisearch filter: quotes and backslashes escaped, so nothing can inject. */
export function filterValue(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

type FacetKey = 'category' | 'city' | 'riskLevel' | 'sourceType' | 'suitableFor' | 'investmentBucket' | 'recommended'
const FACET_PARAMS: [FacetKey, (q: ProjectListQuery) => string[]][] = [
  ['category', q => q.category],
  ['city', q => q.city],
  ['riskLevel', q => q.risk],
  ['sourceType', q => q.source],
  ['suitableFor', q => q.suitableFor],
  ['investmentBucket', q => q.investment],
  ['recommended', q => (q.recommended === undefined ? [] : [String(q.recommended)])],
]

/** `facetValues IN [...]` for one facet's selected values (OR within a facet; facets AND together). */
function facetFilter(key: FacetKey, values: string[]): string {
  return `facetValues IN [${values.map(v => filterValue(`${key}:${v}`)).join(', ')}]`
}

function filters(query: ProjectListQuery, except?: FacetKey): string[] {
  const out: string[] = []
  for (const [key, values] of FACET_PARAMS) {
    const vs = values(query)
    if (key === except || !vs.length) continue
    out.push(facetFilter(key, vs))
  }
  // a budget: projects whose range reaches into [investmentMin, investmentMax]
  if (query.investmentMax !== undefined) out.push(`investmentMin <= ${query.investmentMax}`)
  if (query.investmentMin !== undefined) out.push(`investmentMax >= ${query.investmentMin}`)
  return out
}

function sortFor(query: ProjectListQuery): string[] | undefined {
  switch (query.sort) {
    case 'newest': return ['publishedAt:desc']
    case 'investment': return ['investmentMin:asc']
    case '-investment': return ['investmentMin:desc']
    case 'rating': return ['rating:desc']
    default: return query.q ? undefined : ['recommendedRank:desc', 'publishedAt:desc']
  }
}

/** The columns of a list item, and the mapping from such a row: one place for every project list. */
export const projectItemSelect = {
  id: true, slug: true, title: true, summary: true, investmentMin: true, investmentMax: true, riskLevel: true, recommended: true, rating: true, ratingCount: true,
  category: { select: { code: true } }, city: { select: { code: true } },
} satisfies Prisma.ProjectSelect

export function rowToListItem(r: Prisma.ProjectGetPayload<{ select: typeof projectItemSelect }>): ProjectListItem {
  return {
    id: r.id, slug: r.slug, title: r.title, summary: r.summary, category: r.category.code, city: r.city?.code ?? PROVINCE_WIDE,
    investmentMin: r.investmentMin, investmentMax: r.investmentMax, riskLevel: r.riskLevel, recommended: r.recommended,
    rating: r.ratingCount ? Math.round((r.rating ?? 0) * 10) / 10 : null,
  }
}

function toItem(d: Pick<ProjectDoc, 'id' | 'slug' | 'title' | 'summary' | 'category' | 'city' | 'investmentMin' | 'investmentMax' | 'riskLevel' | 'recommended' | 'rating' | 'ratingCount'>): ProjectListItem {
  return {
    id: d.id,
    slug: d.slug,
    title: d.title,
    summary: d.summary,
    category: d.category,
    city: d.city,
    investmentMin: d.investmentMin,
    investmentMax: d.investmentMax,
    riskLevel: d.riskLevel as ProjectListItem['riskLevel'],
    recommended: d.recommended,
    rating: d.ratingCount ? Math.round(d.rating * 10) / 10 : null,
  }
}

function emptyFacets(): ProjectListResponse['facets'] {
  return { category: {}, city: {}, riskLevel: {}, sourceType: {}, suitableFor: {}, investment: {}, recommended: {} }
}

export async function searchProjects(query: ProjectListQuery): Promise<ProjectListResponse> {
  await checkFilterValues(query)
  const { cities } = await allowedValues()
  // a city filter includes the city's areas (长春 → 长春 and 九台); a city's count includes theirs
  const expanded = { ...query, city: withAreas(cities, query.city) }
  const client = searchClient()
  let answer: ProjectListResponse | null = null
  if (client) {
    try {
      answer = await searchProjectsInIndex(expanded)
    }
    catch (error) {
      log.warn('projects: Meilisearch unavailable, answering from PostgreSQL', { error: String(error) })
    }
  }
  answer ??= await searchProjectsInDatabase(expanded)
  return { ...answer, facets: { ...answer.facets, city: rollUpAreas(cities, answer.facets.city) } }
}

/**
 * The Meilisearch requests that answer one /api/projects query: the page with its facets, plus
 * one facet-only request per filtered facet (disjunctive counts). Exported so the benchmark can
 * send exactly the same requests straight to Meilisearch.
 */
export function projectSearchRequests(query: ProjectListQuery) {
  const active = FACET_PARAMS.filter(([, v]) => v(query).length).map(([k]) => k)
  const main = {
    indexUid: PROJECTS_INDEX,
    q: query.q,
    filter: filters(query),
    facets: ['facetValues'],
    page: query.page,
    hitsPerPage: query.pageSize,
    sort: sortFor(query),
    matchingStrategy: 'all' as const,
    attributesToRetrieve: ['id', 'slug', 'title', 'summary', 'category', 'city', 'investmentMin', 'investmentMax', 'riskLevel', 'recommended', 'rating', 'ratingCount'],
  }
  // disjunctive facets: the counts of a facet that is filtered ignore its own filter
  const perFacet = active.map(key => ({ indexUid: PROJECTS_INDEX, q: query.q, filter: filters(query, key), facets: ['facetValues'], limit: 0, matchingStrategy: 'all' as const }))
  return { active, queries: [main, ...perFacet] }
}

/** `{ "city:changchun": 922, ... }` → `{ city: { changchun: 922 }, ... }` */
function splitFacetValues(counts: Record<string, number> | undefined): Record<FacetKey, FacetCounts> {
  const out: Record<FacetKey, FacetCounts> = { category: {}, city: {}, riskLevel: {}, sourceType: {}, suitableFor: {}, investmentBucket: {}, recommended: {} }
  for (const [kv, n] of Object.entries(counts ?? {})) {
    const at = kv.indexOf(':')
    const key = kv.slice(0, at) as FacetKey
    if (key in out) out[key][kv.slice(at + 1)] = n
  }
  return out
}

async function searchProjectsInIndex(query: ProjectListQuery): Promise<ProjectListResponse> {
  const client = searchClient()!
  const { active, queries } = projectSearchRequests(query)
  const { results } = await client.multiSearch({ queries })
  const first = results[0]!
  const dist = splitFacetValues(first.facetDistribution?.facetValues)
  // a filtered facet counts from its own request, which leaves out that facet's filter
  active.forEach((key, i) => {
    dist[key] = splitFacetValues(results[i + 1]!.facetDistribution?.facetValues)[key]
  })
  const { investmentBucket: investment, ...others } = dist
  const facets: ProjectListResponse['facets'] = { ...others, investment }
  return {
    items: (first.hits as unknown as ProjectDoc[]).map(toItem),
    total: (first as { totalHits?: number }).totalHits ?? first.hits.length,
    page: query.page,
    pageSize: query.pageSize,
    facets,
    degraded: false,
  }
}

// ---------------------------------------------------------------------------------------------
// Degraded mode: PostgreSQL

const SEARCH_TEXT = Prisma.sql`starthub_search_text(p.title, p.summary, p.tags)`
const CJK = /^[\u4E00-\u9FFF]+$/

/**
 * One query term as SQL. The fallback indexes (migration project_search_fallback) make these
 * index scans: Chinese terms of one or two characters are looked up in the GIN index of the
 * text's Chinese unigrams and bigrams; longer Chinese terms need all their bigrams and then the
 * exact substring; other terms use the trigram index (LIKE on the lower-cased text).
 */
function termSql(term: string): Prisma.Sql {
  const t = term.toLowerCase()
  const like = `%${t.replace(/[\\%_]/g, c => `\\${c}`)}%`
  if (!CJK.test(t)) return Prisma.sql`${SEARCH_TEXT} LIKE ${like}`
  const chars = [...t]
  if (chars.length <= 2) return Prisma.sql`starthub_cjk_grams(${SEARCH_TEXT}) @> ARRAY[${t}]::text[]`
  const grams = [...new Set(chars.slice(1).map((c, i) => `${chars[i]}${c}`))]
  return Prisma.sql`(starthub_cjk_grams(${SEARCH_TEXT}) @> ${grams}::text[] AND ${SEARCH_TEXT} LIKE ${like})`
}

/** The filter as SQL (parameterised) over "Project" p alone; one definition for the page, the total and the facets. */
function databaseWhere(query: ProjectListQuery, allowed: AllowedValues): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`p.status = 'PUBLISHED'`]
  for (const term of query.q.split(/\s+/).filter(Boolean)) and.push(termSql(term))
  if (query.category.length) and.push(Prisma.sql`p."categoryId" = ANY(${query.category.map(c => allowed.categoryIds.get(c)!)}::int[])`)
  if (query.city.length) {
    const ids = query.city.filter(x => x !== PROVINCE_WIDE).map(c => allowed.cityIds.get(c)!)
    const parts: Prisma.Sql[] = []
    if (ids.length) parts.push(Prisma.sql`p."cityId" = ANY(${ids}::int[])`)
    if (query.city.includes(PROVINCE_WIDE)) parts.push(Prisma.sql`p."cityId" IS NULL`)
    and.push(Prisma.sql`(${Prisma.join(parts, ' OR ')})`)
  }
  if (query.risk.length) and.push(Prisma.sql`p."riskLevel"::text IN (${Prisma.join(query.risk)})`)
  if (query.source.length) and.push(Prisma.sql`p."sourceType"::text IN (${Prisma.join(query.source)})`)
  if (query.suitableFor.length) and.push(Prisma.sql`p."suitableFor" && ${query.suitableFor}::text[]`)
  if (query.recommended !== undefined) and.push(Prisma.sql`p.recommended = ${query.recommended}`)
  if (query.investment.length) {
    const ranges = INVESTMENT_BUCKETS.filter(b => query.investment.includes(b.code)).map(b => Prisma.sql`p."investmentMin" BETWEEN ${b.min} AND ${b.max}`)
    and.push(Prisma.sql`(${Prisma.join(ranges, ' OR ')})`)
  }
  if (query.investmentMax !== undefined) and.push(Prisma.sql`p."investmentMin" <= ${query.investmentMax}`)
  if (query.investmentMin !== undefined) and.push(Prisma.sql`p."investmentMax" >= ${query.investmentMin}`)
  return Prisma.join(and, ' AND ')
}

function databaseOrder(query: ProjectListQuery): Prisma.Sql {
  switch (query.sort) {
    case 'investment': return Prisma.sql`p."investmentMin" ASC, p.id`
    case '-investment': return Prisma.sql`p."investmentMin" DESC, p.id`
    case 'rating': return Prisma.sql`p.rating DESC NULLS LAST, p.id`
    case 'newest': return Prisma.sql`p."publishedAt" DESC NULLS LAST, p.id`
    default: return Prisma.sql`p.recommended DESC, p."publishedAt" DESC NULLS LAST, p.id`
  }
}

/** The investment bucket of a row as SQL (the bounds are constants of shared/utils/projects.ts). */
const bucketSql = (column: string) => Prisma.raw(`CASE ${INVESTMENT_BUCKETS.map(b => `WHEN ${column} BETWEEN ${b.min} AND ${b.max} THEN '${b.code}'`).join(' ')} END`)
const BUCKET_SQL = bucketSql('m."investmentMin"')

/** Each facet of the response, the query parameter that filters it, and its value per row as SQL over "Project" p. */
const DB_FACETS: { facet: keyof ProjectListResponse['facets'], clear: Partial<ProjectListQuery>, active: (q: ProjectListQuery) => boolean, value: Prisma.Sql }[] = [
  { facet: 'category', clear: { category: [] }, active: q => q.category.length > 0, value: Prisma.sql`p."categoryId"::text` },
  { facet: 'city', clear: { city: [] }, active: q => q.city.length > 0, value: Prisma.sql`coalesce(p."cityId"::text, ${PROVINCE_WIDE})` },
  { facet: 'riskLevel', clear: { risk: [] }, active: q => q.risk.length > 0, value: Prisma.sql`p."riskLevel"::text` },
  { facet: 'sourceType', clear: { source: [] }, active: q => q.source.length > 0, value: Prisma.sql`p."sourceType"::text` },
  { facet: 'investment', clear: { investment: [] }, active: q => q.investment.length > 0, value: bucketSql('p."investmentMin"') },
  { facet: 'recommended', clear: { recommended: undefined }, active: q => q.recommended !== undefined, value: Prisma.sql`p.recommended::text` },
]

/**
 * Disjunctive counts, as with Meilisearch: a filtered facet counts its values over the matches
 * of every other filter, so the other values stay offered (one small GROUP BY per filtered facet).
 */
async function disjunctiveFacetCounts(query: ProjectListQuery, allowed: AllowedValues): Promise<Partial<ProjectListResponse['facets']>> {
  const categoryCode = new Map([...allowed.categoryIds].map(([code, id]) => [String(id), code]))
  const cityCode = new Map([...allowed.cityIds].map(([code, id]) => [String(id), code]))
  const jobs = DB_FACETS.filter(f => f.active(query)).map(async (f) => {
    const where = databaseWhere({ ...query, ...f.clear }, allowed)
    const rows = await prisma.$queryRaw<{ v: string, n: number }[]>`SELECT ${f.value} AS v, count(*)::int AS n FROM "Project" p WHERE ${where} GROUP BY 1`
    const code = (v: string) => (f.facet === 'category' ? categoryCode.get(v) ?? v : f.facet === 'city' ? cityCode.get(v) ?? v : v)
    return [f.facet, Object.fromEntries(rows.filter(r => r.v !== null).map(r => [code(r.v), r.n]))] as const
  })
  if (query.suitableFor.length) {
    jobs.push((async () => {
      const where = databaseWhere({ ...query, suitableFor: [] }, allowed)
      const rows = await prisma.$queryRaw<{ v: string, n: number }[]>`SELECT s AS v, count(*)::int AS n FROM "Project" p, unnest(p."suitableFor") s WHERE ${where} GROUP BY 1`
      return ['suitableFor', Object.fromEntries(rows.map(r => [r.v, r.n]))] as const
    })())
  }
  return Object.fromEntries(await Promise.all(jobs))
}

export async function searchProjectsInDatabase(query: ProjectListQuery): Promise<ProjectListResponse> {
  const allowed = await allowedValues()
  const where = databaseWhere(query, allowed)
  const from = Prisma.sql`FROM "Project" p WHERE ${where}`
  const [page, facetRows, disjunctive] = await Promise.all([
    prisma.$queryRaw<{ id: string }[]>`SELECT p.id::text AS id ${from} ORDER BY ${databaseOrder(query)} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    // every facet count in one aggregation pass over the matching rows (GROUPING SETS on the
    // narrow columns of the covering index; ids are mapped to codes here), plus the array facet
    // (suitableFor) from the same materialised set
    prisma.$queryRaw<{ category: number | null, city: number | null, province: boolean | null, risk: string | null, source: string | null, recommended: boolean | null, bucket: string | null, suitable: string | null, n: number }[]>`
      WITH m AS MATERIALIZED (SELECT p."categoryId", p."cityId", p."riskLevel", p."sourceType", p."suitableFor", p.recommended, p."investmentMin" ${from})
      SELECT "categoryId" AS category, "cityId" AS city, (GROUPING("cityId") = 0 AND "cityId" IS NULL) AS province, "riskLevel"::text AS risk, "sourceType"::text AS source, recommended, ${BUCKET_SQL} AS bucket, NULL::text AS suitable, count(*)::int AS n
        FROM m GROUP BY GROUPING SETS (("categoryId"), ("cityId"), ("riskLevel"), ("sourceType"), (recommended), (bucket))
      UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, s, count(*)::int FROM m, unnest(m."suitableFor") s GROUP BY s`,
    disjunctiveFacetCounts(query, allowed),
  ])
  const categoryCode = new Map([...allowed.categoryIds].map(([code, id]) => [id, code]))
  const cityCode = new Map([...allowed.cityIds].map(([code, id]) => [id, code]))
  const facets = emptyFacets()
  for (const r of facetRows) {
    if (r.category !== null) facets.category[categoryCode.get(r.category) ?? String(r.category)] = r.n
    else if (r.risk !== null) facets.riskLevel[r.risk] = r.n
    else if (r.source !== null) facets.sourceType[r.source] = r.n
    else if (r.recommended !== null) facets.recommended[String(r.recommended)] = r.n
    else if (r.bucket !== null) facets.investment[r.bucket] = r.n
    else if (r.suitable !== null) facets.suitableFor[r.suitable] = r.n
    // the city grouping set: cityId, or NULL for province-wide projects
    else if (r.city !== null) facets.city[cityCode.get(r.city) ?? String(r.city)] = r.n
    else if (r.province) facets.city[PROVINCE_WIDE] = r.n
  }
  // the total comes from the matches of every filter, before the filtered facets are replaced
  const total = Object.values(facets.riskLevel).reduce((a, b) => a + b, 0)
  Object.assign(facets, disjunctive)
  const rows = page.length ? await prisma.project.findMany({ where: { id: { in: page.map(r => r.id) } }, select: projectDocSelect }) : []
  const byId = new Map(rows.map(r => [r.id, r]))
  return {
    items: page.flatMap(r => (byId.has(r.id) ? [toItem(toProjectDoc(byId.get(r.id)!))] : [])),
    total,
    page: query.page,
    pageSize: query.pageSize,
    facets,
    degraded: true,
  }
}

export const PROJECT_FACET_VALUES = { riskLevel: RISK_LEVELS, sourceType: SOURCE_TYPES, suitableFor: SUITABLE_FOR, investment: INVESTMENT_BUCKETS.map(b => b.code) }
