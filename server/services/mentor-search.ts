import type { Settings } from 'meilisearch'
import type { MentorListQuery } from '#shared/schemas/mentor'
import type { FacetCounts } from '#shared/types/project'
import type { MentorListItem, MentorListResponse } from '#shared/types/mentor'
import { MENTOR_TYPE_LABELS, SERVICE_STAGE_LABELS } from '#shared/utils/mentors'
import type { MentorLanguageCode, MentorTypeCode, ServiceStageCode, SessionModeCode } from '#shared/utils/mentors'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import { toZonedIso } from '#shared/utils/zoned-time'
import type { Prisma } from '../generated/prisma/client'
import { prisma } from '../utils/prisma'
import { searchClient } from '../utils/search'
import { AppError } from '../utils/errors'
import { log } from '../utils/log'
import type { SearchEntity } from './search-outbox'
import { filterValue } from './project-search'
import { mentorsAvailableSoon, nextSlots } from './availability'
import { rollUpAreas, withAreas } from '#shared/utils/cities'
import { cityRows } from './cities'

/**
 * The mentors index in Meilisearch and the answers to GET /api/mentors. Approved mentors are
 * indexed (through the search outbox, like projects); rating and session count rank them.
 * When Meilisearch is unreachable, the list is answered from PostgreSQL.
 */
export const MENTORS_INDEX = 'mentors'

export interface MentorDoc {
  id: string
  displayName: string
  photoUrl: string | null
  type: string
  typeName: string
  title: string
  organisation: string
  bio: string
  stages: string[]
  stageNames: string[]
  industries: string[]
  industryNames: string[]
  city: string
  cityName: string
  modes: string[]
  languages: string[]
  rating: number
  ratingCount: number
  sessionCount: number
  /** rating shrunk towards 3.5 by few ratings, so one 5-star session does not top the list */
  rank: number
  updatedAt: number
}

export const MENTOR_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['displayName', 'title', 'industryNames', 'stageNames', 'organisation', 'typeName', 'cityName', 'bio'],
  filterableAttributes: ['id', 'type', 'stages', 'industries', 'city', 'modes', 'languages'],
  sortableAttributes: ['rank', 'rating', 'sessionCount'],
  displayedAttributes: ['*'],
  rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness', 'rank:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: { 融资: ['贷款', '投资'], 电商: ['网店'], 网店: ['电商'], 风控: ['风险评估'], 开店: ['开业指导'] },
  stopWords: ['的', '了', '和', '与', '及'],
  proximityPrecision: 'byAttribute',
  faceting: { maxValuesPerFacet: 100 },
}

const mentorDocSelect = {
  id: true, displayName: true, photoUrl: true, type: true, title: true, organisation: true, bio: true, stages: true, industries: true,
  modes: true, languages: true, rating: true, ratingCount: true, sessionCount: true, updatedAt: true, status: true,
  city: { select: { code: true, nameZh: true } },
} satisfies Prisma.MentorSelect
type MentorDocRow = Prisma.MentorGetPayload<{ select: typeof mentorDocSelect }>

async function categoryNames(db: Prisma.TransactionClient): Promise<Map<string, string>> {
  return new Map((await db.projectCategory.findMany({ select: { code: true, nameZh: true } })).map(c => [c.code, c.nameZh]))
}

export function mentorRank(rating: number | null, count: number): number {
  const prior = 3.5
  const weight = 3
  return Math.round((((rating ?? prior) * count + prior * weight) / (count + weight)) * 1000) / 1000
}

function toMentorDoc(m: MentorDocRow, categories: Map<string, string>): MentorDoc {
  return {
    id: m.id,
    displayName: m.displayName,
    photoUrl: m.photoUrl,
    type: m.type,
    typeName: MENTOR_TYPE_LABELS[m.type as MentorTypeCode]['zh-CN'],
    title: m.title,
    organisation: m.organisation,
    bio: m.bio.slice(0, 400),
    stages: m.stages,
    stageNames: m.stages.map(s => SERVICE_STAGE_LABELS[s as ServiceStageCode]?.['zh-CN'] ?? s),
    industries: m.industries,
    industryNames: m.industries.map(i => categories.get(i) ?? i),
    city: m.city?.code ?? PROVINCE_WIDE,
    cityName: m.city?.nameZh ?? '全省',
    modes: m.modes,
    languages: m.languages,
    rating: m.rating ?? 0,
    ratingCount: m.ratingCount,
    sessionCount: m.sessionCount,
    rank: mentorRank(m.rating, m.ratingCount),
    updatedAt: m.updatedAt.getTime(),
  }
}

export const mentorSearchEntity: SearchEntity<MentorDoc> = {
  entity: 'mentor',
  index: MENTORS_INDEX,
  settings: MENTOR_INDEX_SETTINGS,
  load: async (db, ids) => {
    const [rows, cats] = await Promise.all([db.mentor.findMany({ where: { id: { in: ids }, status: 'APPROVED' }, select: mentorDocSelect }), categoryNames(db)])
    return rows.map(r => toMentorDoc(r, cats))
  },
  expected: async db => new Map((await db.mentor.findMany({ where: { status: 'APPROVED' }, select: { id: true, updatedAt: true } })).map(m => [m.id, m.updatedAt.getTime()])),
  page: async (db, afterId, take) => {
    const [rows, cats] = await Promise.all([
      db.mentor.findMany({ where: { status: 'APPROVED', ...(afterId ? { id: { gt: afterId } } : {}) }, select: mentorDocSelect, orderBy: { id: 'asc' }, take }),
      categoryNames(db),
    ])
    return rows.map(r => toMentorDoc(r, cats))
  },
  count: db => db.mentor.count({ where: { status: 'APPROVED' } }),
  changedSince: async (db, since) => (await db.mentor.findMany({ where: { updatedAt: { gte: since } }, select: { id: true } })).map(m => m.id),
}

// ---------------------------------------------------------------------------------------------
// Queries

type FacetKey = 'type' | 'stages' | 'industries' | 'city' | 'modes'
const FACETS: [FacetKey, keyof MentorListResponse['facets'], (q: MentorListQuery) => string[]][] = [
  ['type', 'type', q => q.type],
  ['stages', 'stage', q => q.stage],
  ['industries', 'industry', q => q.industry],
  ['city', 'city', q => q.city],
  ['modes', 'mode', q => q.mode],
]

async function checkFilterValues(query: MentorListQuery): Promise<void> {
  const [cats, cities] = await Promise.all([prisma.projectCategory.findMany({ select: { code: true } }), cityRows()])
  const allowed = { industry: cats.map(c => c.code), city: [PROVINCE_WIDE, ...cities.map(c => c.code)] }
  const fields: ConstructorParameters<typeof AppError>[1] = {}
  for (const key of ['industry', 'city'] as const) {
    const unknown = query[key].filter(v => !allowed[key].includes(v))
    if (unknown.length) fields[key] = { key: 'validation.unknownValues', params: { values: unknown.join(', '), allowed: allowed[key].join(', ') } }
  }
  if (Object.keys(fields).length) throw new AppError('validation', fields)
}

function filters(query: MentorListQuery, availableIds: string[] | null, except?: FacetKey): string[] {
  const out: string[] = []
  for (const [key, , values] of FACETS) {
    const vs = values(query)
    if (key !== except && vs.length) out.push(`${key} IN [${vs.map(filterValue).join(', ')}]`)
  }
  if (availableIds) out.push(`id IN [${availableIds.map(filterValue).join(', ')}]`)
  return out
}

function sortFor(query: MentorListQuery): string[] | undefined {
  if (query.sort === 'rating') return ['rank:desc']
  if (query.sort === 'sessions') return ['sessionCount:desc']
  return query.q ? undefined : ['rank:desc']
}

function emptyFacets(): MentorListResponse['facets'] {
  return { type: {}, stage: {}, industry: {}, city: {}, mode: {}, available: {} }
}

function toItem(d: MentorDoc): Omit<MentorListItem, 'nextSlot'> {
  return {
    id: d.id, displayName: d.displayName, photoUrl: d.photoUrl, type: d.type as MentorTypeCode, title: d.title, organisation: d.organisation,
    stages: d.stages as ServiceStageCode[], industries: d.industries, city: d.city, modes: d.modes as SessionModeCode[], languages: d.languages as MentorLanguageCode[],
    rating: d.ratingCount ? Math.round(d.rating * 10) / 10 : null, ratingCount: d.ratingCount, sessionCount: d.sessionCount,
  }
}

async function withNextSlots(items: Omit<MentorListItem, 'nextSlot'>[]): Promise<MentorListItem[]> {
  const next = await nextSlots(items.map(i => i.id))
  return items.map(i => ({ ...i, nextSlot: next.get(i.id) ? toZonedIso(next.get(i.id)!) : null }))
}

export async function searchMentors(query: MentorListQuery): Promise<MentorListResponse> {
  await checkFilterValues(query)
  const available = await mentorsAvailableSoon()
  const cities = await cityRows()
  // a city filter includes the city's areas (长春 → 长春 and 九台); a city's count includes theirs
  const expanded = { ...query, city: withAreas(cities, query.city) }
  let answer: MentorListResponse | null = null
  if (searchClient()) {
    try {
      answer = await searchMentorsInIndex(expanded, available)
    }
    catch (error) {
      log.warn('mentors: Meilisearch unavailable, answering from PostgreSQL', { error: String(error) })
    }
  }
  answer ??= await searchMentorsInDatabase(expanded, available)
  return { ...answer, facets: { ...answer.facets, city: rollUpAreas(cities, answer.facets.city) } }
}

async function searchMentorsInIndex(query: MentorListQuery, available: Set<string>): Promise<MentorListResponse> {
  const client = searchClient()!
  const availableIds = query.available ? [...available] : null
  const active = FACETS.filter(([, , v]) => v(query).length).map(([k]) => k)
  const base = { indexUid: MENTORS_INDEX, q: query.q, matchingStrategy: 'all' as const }
  const { results } = await client.multiSearch({
    queries: [
      { ...base, filter: filters(query, availableIds), facets: FACETS.map(f => f[0]), page: query.page, hitsPerPage: query.pageSize, sort: sortFor(query) },
      // disjunctive facets: a filtered facet's counts ignore its own filter
      ...active.map(key => ({ ...base, filter: filters(query, availableIds, key), facets: [key], limit: 0 })),
      // how many of the matches are available soon
      { ...base, filter: filters(query, [...available]), limit: 0 },
    ],
  })
  const first = results[0]!
  const dist = { ...(first.facetDistribution ?? {}) } as Record<string, FacetCounts>
  active.forEach((key, i) => {
    dist[key] = (results[i + 1]!.facetDistribution?.[key] ?? {}) as FacetCounts
  })
  const facets = emptyFacets()
  for (const [key, name] of FACETS) facets[name] = dist[key] ?? {}
  const availableCount = (results.at(-1) as { estimatedTotalHits?: number }).estimatedTotalHits ?? 0
  facets.available = availableCount ? { true: availableCount } : {}
  return {
    items: await withNextSlots((first.hits as unknown as MentorDoc[]).map(toItem)),
    total: (first as { totalHits?: number }).totalHits ?? first.hits.length,
    page: query.page,
    pageSize: query.pageSize,
    facets,
    degraded: false,
  }
}

/** Degraded mode: the (small) set of approved mentors filtered and counted in PostgreSQL and here. */
export async function searchMentorsInDatabase(query: MentorListQuery, available: Set<string>): Promise<MentorListResponse> {
  const terms = query.q.split(/\s+/).filter(Boolean)
  const rows = await prisma.mentor.findMany({
    where: {
      status: 'APPROVED',
      AND: terms.map(t => ({ OR: [{ displayName: { contains: t, mode: 'insensitive' as const } }, { title: { contains: t, mode: 'insensitive' as const } }, { organisation: { contains: t, mode: 'insensitive' as const } }, { bio: { contains: t, mode: 'insensitive' as const } }] })),
    },
    select: mentorDocSelect,
  })
  const cats = await categoryNames(prisma)
  const docs = rows.map(r => toMentorDoc(r, cats))
  const value = (d: MentorDoc, key: FacetKey): string[] => {
    const v = d[key]
    return Array.isArray(v) ? v : [v]
  }
  const matches = (d: MentorDoc, except?: FacetKey) => FACETS.every(([key, , values]) => {
    const vs = values(query)
    return key === except || !vs.length || value(d, key).some(x => vs.includes(x))
  }) && (!query.available || available.has(d.id))
  const facets = emptyFacets()
  for (const [key, name] of FACETS) {
    for (const d of docs.filter(x => matches(x, key))) {
      for (const v of value(d, key)) facets[name][v] = (facets[name][v] ?? 0) + 1
    }
  }
  const hits = docs.filter(d => matches(d))
  const availableCount = docs.filter(d => FACETS.every(([key, , values]) => !values(query).length || value(d, key).some(x => values(query).includes(x))) && available.has(d.id)).length
  facets.available = availableCount ? { true: availableCount } : {}
  hits.sort(query.sort === 'sessions' ? (a, b) => b.sessionCount - a.sessionCount || a.id.localeCompare(b.id) : (a, b) => b.rank - a.rank || a.id.localeCompare(b.id))
  const page = hits.slice((query.page - 1) * query.pageSize, query.page * query.pageSize)
  return { items: await withNextSlots(page.map(toItem)), total: hits.length, page: query.page, pageSize: query.pageSize, facets, degraded: true }
}
