import type { Settings } from 'meilisearch'
import type { ProjectListQuery } from '#shared/schemas/project'
import type { ProjectListItem, ProjectListResponse } from '#shared/types/project'
import { investmentBucket, INVESTMENT_BUCKETS, SUITABLE_FOR } from '#shared/utils/projects'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { projectItemSelect, rowToListItem, shownRating } from '../../services/projects/view'
import type { FacetDef, FacetedSpec } from '../engine'
import { facetingSettings, meiliRequests, runFacetedSearch } from '../engine'
import { enqueueSearchSync } from '../outbox'
import { pinyinTerms } from '../pinyin'
import { synonymsFor } from '../synonyms'

/**
 * The project library's search: the `projects` index and GET /api/projects. Published projects
 * belong in the index. Writes never go to Meilisearch directly: a change writes a SearchOutbox
 * row in its own transaction (enqueueProjectSync) and the search_sync job pushes the current
 * state. In degraded mode the PostgreSQL indexes made for Chinese answer (migration
 * project_search_fallback).
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
  categoryNameEn: string
  city: string
  cityName: string
  cityNameEn: string
  /** pinyin of the title, category, city and tags (search/pinyin.ts) */
  pinyin: string[]
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

/** Bump when ProjectDoc changes shape: the reconciliation job then rewrites every document. 3: English names and pinyin; 4: pinyin by whole words (server/search/pinyin.ts) */
export const PROJECT_DOC_VERSION = 4

export const PROJECT_INDEX_SETTINGS: Settings = {
  // English names and pinyin last: a Chinese word in the title always ranks first
  searchableAttributes: ['title', 'tags', 'categoryName', 'summary', 'cityName', 'categoryNameEn', 'cityNameEn', 'pinyin'],
  filterableAttributes: ['facetValues', 'investmentMin', 'investmentMax'],
  sortableAttributes: ['publishedAt', 'investmentMin', 'rating', 'recommendedRank'],
  displayedAttributes: ['*'],
  // an explicit sort (price, newest, rating) orders all matches; without one, relevance decides
  rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness', 'recommendedRank:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: synonymsFor(),

  stopWords: ['的', '了', '和', '与', '及'],
  // the language of each attribute is stated, not guessed per text: the guess costs indexing time
  // (1M reindex on 2 cores: 184 → 172 s), and a short text in Chinese characters alone can be
  // taken for Japanese and cut differently. A Latin word inside a Chinese text is still cut as Latin.
  localizedAttributes: [
    { attributePatterns: ['title', 'tags', 'categoryName', 'summary', 'cityName'], locales: ['cmn'] },
    { attributePatterns: ['categoryNameEn', 'cityNameEn', 'pinyin'], locales: ['eng'] },
  ],
  // word proximity per attribute, not per word pair: much cheaper to index and to query
  proximityPrecision: 'byAttribute',
  pagination: { maxTotalHits: 100_000 },
  // facetValues holds every facet's values (13 categories + 13 cities + ~20 others): keep all
  faceting: facetingSettings(500),
  // the counts come with every search; nobody searches within the facet values, so their
  // search structures are not kept (a 100k reindex: 39 s → 31 s in one run; no clear gain at 1M)
  facetSearch: false,
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
  category: { select: { code: true, nameZh: true, nameEn: true } },
  city: { select: { code: true, nameZh: true, nameEn: true } },
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
    categoryNameEn: p.category.nameEn,
    city,
    cityName: p.city?.nameZh ?? '全省',
    cityNameEn: p.city?.nameEn ?? 'Province-wide',
    pinyin: pinyinTerms([p.title, p.category.nameZh, p.city?.nameZh ?? '', ...p.tags]),
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

// ---------------------------------------------------------------------------------------------
// The list: facets, sorts, and the degraded mode

const facets: FacetDef<ProjectListQuery>[] = [
  { name: 'category', key: 'category', selected: q => q.category, clear: q => ({ ...q, category: [] }), reference: 'category' },
  { name: 'city', key: 'city', selected: q => q.city, clear: q => ({ ...q, city: [] }), reference: 'city', areas: true },
  { name: 'riskLevel', key: 'riskLevel', param: 'risk', selected: q => q.risk, clear: q => ({ ...q, risk: [] }) },
  { name: 'sourceType', key: 'sourceType', param: 'source', selected: q => q.source, clear: q => ({ ...q, source: [] }) },
  { name: 'suitableFor', key: 'suitableFor', selected: q => q.suitableFor, clear: q => ({ ...q, suitableFor: [] }) },
  { name: 'investment', key: 'investmentBucket', selected: q => q.investment, clear: q => ({ ...q, investment: [] }) },
  { name: 'recommended', key: 'recommended', selected: q => (q.recommended === undefined ? [] : [String(q.recommended)]), clear: q => ({ ...q, recommended: undefined }) },
]

function sortFor(query: ProjectListQuery): string[] | undefined {
  switch (query.sort) {
    case 'newest': return ['publishedAt:desc']
    case 'investment': return ['investmentMin:asc']
    case '-investment': return ['investmentMin:desc']
    case 'rating': return ['rating:desc']
    default: return query.q ? undefined : ['recommendedRank:desc', 'publishedAt:desc']
  }
}

function toItem(d: ProjectDoc): ProjectListItem {
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
    rating: shownRating(d.rating, d.ratingCount),
  }
}

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

/** The investment bucket of a row as SQL (the bounds are constants of shared/utils/projects.ts). */
const BUCKET_SQL = Prisma.raw(`CASE ${INVESTMENT_BUCKETS.map(b => `WHEN m."investmentMin" BETWEEN ${b.min} AND ${b.max} THEN '${b.code}'`).join(' ')} END`)

async function loadItems(ids: string[]): Promise<ProjectListItem[]> {
  if (!ids.length) return []
  const rows = await prisma.project.findMany({ where: { id: { in: ids } }, select: projectItemSelect })
  const byId = new Map(rows.map(r => [r.id, r]))
  return ids.flatMap(id => (byId.has(id) ? [rowToListItem(byId.get(id)!)] : []))
}

export const projectSearchSpec: FacetedSpec<ProjectListQuery, ProjectDoc, ProjectListItem> = {
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

  facets,
  pinyinRetry: true,
  retrieve: ['id', 'slug', 'title', 'summary', 'category', 'city', 'investmentMin', 'investmentMax', 'riskLevel', 'recommended', 'rating', 'ratingCount'],
  toItem,
  sort: sortFor,
  // a budget: projects whose range reaches into [investmentMin, investmentMax]
  extraFilters: q => [
    ...(q.investmentMax !== undefined ? [`investmentMin <= ${q.investmentMax}`] : []),
    ...(q.investmentMin !== undefined ? [`investmentMax >= ${q.investmentMin}`] : []),
  ],
  fallback: {
    loadItems,
    sql: {
      from: Prisma.sql`FROM "Project" p`,
      base: Prisma.sql`p.status = 'PUBLISHED'`,
      term: termSql,
      // the narrow columns of the covering index (ids are mapped to codes here)
      columns: Prisma.sql`p."categoryId", p."cityId", p."riskLevel", p."sourceType", p."suitableFor", p.recommended, p."investmentMin"`,
      facets: {
        category: {
          value: Prisma.sql`m."categoryId"`,
          where: (vs, ref) => Prisma.sql`p."categoryId" = ANY(${vs.map(c => ref.categoryByCode.get(c)!.id)}::int[])`,
          decode: (v, ref) => (v === null ? null : ref.categories.find(c => String(c.id) === v)?.code ?? v),
        },
        city: {
          value: Prisma.sql`m."cityId"`,
          where: (vs, ref) => {
            const ids = vs.filter(x => x !== PROVINCE_WIDE).map(c => ref.cityByCode.get(c)!.id)
            const parts: Prisma.Sql[] = []
            if (ids.length) parts.push(Prisma.sql`p."cityId" = ANY(${ids}::int[])`)
            if (vs.includes(PROVINCE_WIDE)) parts.push(Prisma.sql`p."cityId" IS NULL`)
            return Prisma.sql`(${Prisma.join(parts, ' OR ')})`
          },
          decode: (v, ref) => (v === null ? PROVINCE_WIDE : ref.cities.find(c => String(c.id) === v)?.code ?? v),
        },
        riskLevel: { value: Prisma.sql`m."riskLevel"`, where: vs => Prisma.sql`p."riskLevel"::text IN (${Prisma.join(vs)})` },
        sourceType: { value: Prisma.sql`m."sourceType"`, where: vs => Prisma.sql`p."sourceType"::text IN (${Prisma.join(vs)})` },
        suitableFor: { value: Prisma.sql`m."suitableFor"`, array: true, values: SUITABLE_FOR, where: vs => Prisma.sql`p."suitableFor" && ${vs}::text[]` },
        investment: {
          value: BUCKET_SQL,
          where: vs => Prisma.sql`(${Prisma.join(INVESTMENT_BUCKETS.filter(b => vs.includes(b.code)).map(b => Prisma.sql`p."investmentMin" BETWEEN ${b.min} AND ${b.max}`), ' OR ')})`,
        },
        recommended: { value: Prisma.sql`m.recommended`, where: vs => Prisma.sql`p.recommended = ${vs[0] === 'true'}` },
      },
      extraWhere: q => [
        ...(q.investmentMax !== undefined ? [Prisma.sql`p."investmentMin" <= ${q.investmentMax}`] : []),
        ...(q.investmentMin !== undefined ? [Prisma.sql`p."investmentMax" >= ${q.investmentMin}`] : []),
      ],
      order: (q) => {
        switch (q.sort) {
          case 'investment': return Prisma.sql`p."investmentMin" ASC, p.id`
          case '-investment': return Prisma.sql`p."investmentMin" DESC, p.id DESC`
          case 'rating': return Prisma.sql`p.rating DESC NULLS LAST, p.id`
          case 'newest': return Prisma.sql`p."publishedAt" DESC NULLS LAST, p.id`
          default: return Prisma.sql`p.recommended DESC, p."publishedAt" DESC NULLS LAST, p.id`
        }
      },
    },
  },
}

export async function searchProjects(query: ProjectListQuery): Promise<ProjectListResponse> {
  return runFacetedSearch(projectSearchSpec, query) as Promise<ProjectListResponse>
}

/** The Meilisearch requests of one /api/projects query (for the benchmark's direct comparison). */
export function projectSearchRequests(query: ProjectListQuery) {
  return meiliRequests(projectSearchSpec, query, undefined)
}
