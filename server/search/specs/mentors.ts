import type { Settings } from 'meilisearch'
import type { MentorListQuery } from '#shared/schemas/mentor'
import type { MentorListItem, MentorListResponse } from '#shared/types/mentor'
import { codeLabel } from '#shared/i18n/codes'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import { toZonedIso } from '#shared/utils/zoned-time'
import { imageUrl } from '#shared/utils/images'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { mentorsAvailableSoon, nextSlots } from '../../services/mentors/availability'
import type { FacetDef, FacetedSpec } from '../engine'
import { facetingSettings, filterValue, runFacetedSearch } from '../engine'
import { pinyinTerms } from '../pinyin'
import { synonymsFor } from '../synonyms'

/**
 * The mentor directory's search: the `mentors` index and GET /api/mentors. Approved mentors are
 * indexed (through the search outbox, like projects); rating and session count rank them.
 * When Meilisearch is unreachable, the (small) set of approved mentors is filtered and counted
 * in memory.
 */
export const MENTORS_INDEX = 'mentors'

export interface MentorDoc {
  id: string
  displayName: string
  photoUrl: string | null
  type: string
  typeName: string
  typeNameEn: string
  title: string
  organisation: string
  bio: string
  stages: string[]
  stageNames: string[]
  stageNamesEn: string[]
  industries: string[]
  industryNames: string[]
  industryNamesEn: string[]
  city: string
  cityName: string
  cityNameEn: string
  /** pinyin of the name, title, industries and city (search/pinyin.ts) */
  pinyin: string[]
  modes: string[]
  languages: string[]
  rating: number
  ratingCount: number
  sessionCount: number
  /** rating shrunk towards 3.5 by few ratings, so one 5-star session does not top the list */
  rank: number
  /** every facet value as `<facet>:<value>`, the one attribute filters and counts use (see ProjectDoc) */
  facetValues: string[]
  updatedAt: number
  docVersion: number
}

/** 2: facetValues; 3: photos are uploaded pictures (photoUrl is ours or null); 4: English names and pinyin; 5: pinyin by whole words */
export const MENTOR_DOC_VERSION = 5

export const MENTOR_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['displayName', 'title', 'industryNames', 'stageNames', 'organisation', 'typeName', 'cityName', 'bio', 'industryNamesEn', 'stageNamesEn', 'typeNameEn', 'cityNameEn', 'pinyin'],
  filterableAttributes: ['id', 'facetValues'],
  sortableAttributes: ['rank', 'rating', 'sessionCount'],
  displayedAttributes: ['*'],
  rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness', 'rank:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: synonymsFor({ 融资: ['贷款', '投资'], 风控: ['风险评估'], 开店: ['开业指导'] }),
  stopWords: ['的', '了', '和', '与', '及'],
  proximityPrecision: 'byAttribute',
  faceting: facetingSettings(500),
}

const mentorDocSelect = {
  id: true, displayName: true, photoId: true, type: true, title: true, organisation: true, bio: true, stages: true, industries: true,
  modes: true, languages: true, rating: true, ratingCount: true, sessionCount: true, updatedAt: true, status: true,
  city: { select: { code: true, nameZh: true, nameEn: true } },
} satisfies Prisma.MentorSelect
type MentorDocRow = Prisma.MentorGetPayload<{ select: typeof mentorDocSelect }>

async function categoryNames(db: Prisma.TransactionClient): Promise<Map<string, { zh: string, en: string }>> {
  return new Map((await db.projectCategory.findMany({ select: { code: true, nameZh: true, nameEn: true } })).map(c => [c.code, { zh: c.nameZh, en: c.nameEn }]))
}

export function mentorRank(rating: number | null, count: number): number {
  const prior = 3.5
  const weight = 3
  return Math.round((((rating ?? prior) * count + prior * weight) / (count + weight)) * 1000) / 1000
}

function toMentorDoc(m: MentorDocRow, categories: Map<string, { zh: string, en: string }>): MentorDoc {
  const city = m.city?.code ?? PROVINCE_WIDE
  return {
    id: m.id,
    displayName: m.displayName,
    photoUrl: m.photoId ? imageUrl(m.photoId) : null,
    type: m.type,
    typeName: codeLabel('zh-CN', 'mentorType', m.type),
    typeNameEn: codeLabel('en', 'mentorType', m.type),
    title: m.title,
    organisation: m.organisation,
    bio: m.bio.slice(0, 400),
    stages: m.stages,
    stageNames: m.stages.map(s => codeLabel('zh-CN', 'stage', s)),
    stageNamesEn: m.stages.map(s => codeLabel('en', 'stage', s)),
    industries: m.industries,
    industryNames: m.industries.map(i => categories.get(i)?.zh ?? i),
    industryNamesEn: m.industries.map(i => categories.get(i)?.en ?? i),
    city,
    cityName: m.city?.nameZh ?? '全省',
    cityNameEn: m.city?.nameEn ?? 'Province-wide',
    pinyin: pinyinTerms([m.displayName, m.title, m.city?.nameZh ?? '', ...m.industries.map(i => categories.get(i)?.zh ?? '')]),
    modes: m.modes,
    languages: m.languages,
    rating: m.rating ?? 0,
    ratingCount: m.ratingCount,
    sessionCount: m.sessionCount,
    rank: mentorRank(m.rating, m.ratingCount),
    facetValues: [
      `type:${m.type}`, ...m.stages.map(s => `stage:${s}`), ...m.industries.map(i => `industry:${i}`), `city:${city}`, ...m.modes.map(x => `mode:${x}`),
    ],
    updatedAt: m.updatedAt.getTime(),
    docVersion: MENTOR_DOC_VERSION,
  }
}

const facets: FacetDef<MentorListQuery>[] = [
  { name: 'type', key: 'type', selected: q => q.type, clear: q => ({ ...q, type: [] }) },
  { name: 'stage', key: 'stage', selected: q => q.stage, clear: q => ({ ...q, stage: [] }) },
  { name: 'industry', key: 'industry', selected: q => q.industry, clear: q => ({ ...q, industry: [] }), reference: 'category' },
  { name: 'city', key: 'city', selected: q => q.city, clear: q => ({ ...q, city: [] }), reference: 'city', areas: true },
  { name: 'mode', key: 'mode', selected: q => q.mode, clear: q => ({ ...q, mode: [] }) },
]

function toItem(d: MentorDoc): MentorListItem {
  return {
    id: d.id, displayName: d.displayName, photoUrl: d.photoUrl, type: d.type as MentorListItem['type'], title: d.title, organisation: d.organisation,
    stages: d.stages as MentorListItem['stages'], industries: d.industries, city: d.city, modes: d.modes as MentorListItem['modes'], languages: d.languages as MentorListItem['languages'],
    rating: d.ratingCount ? Math.round(d.rating * 10) / 10 : null, ratingCount: d.ratingCount, sessionCount: d.sessionCount,
    nextSlot: null,
  }
}

const idsFilter = (ids: Iterable<string>) => `id IN [${[...ids].map(filterValue).join(', ')}]`

export const mentorSearchSpec: FacetedSpec<MentorListQuery, MentorDoc, MentorListItem, Set<string>> = {
  entity: 'mentor',
  index: MENTORS_INDEX,
  settings: MENTOR_INDEX_SETTINGS,
  docVersion: MENTOR_DOC_VERSION,
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

  facets,
  pinyinRetry: true,
  retrieve: ['id', 'displayName', 'photoUrl', 'type', 'title', 'organisation', 'stages', 'industries', 'city', 'modes', 'languages', 'rating', 'ratingCount', 'sessionCount'],
  toItem,
  sort: (q) => {
    if (q.sort === 'rating') return ['rank:desc']
    if (q.sort === 'sessions') return ['sessionCount:desc']
    return q.q ? undefined : ['rank:desc']
  },
  // mentors with a free slot in the next 7 days (cached briefly; bookings clear it)
  prepare: () => mentorsAvailableSoon(),
  extraFilters: (q, available) => (q.available ? [idsFilter(available)] : []),
  extraMatch: (d, q, available) => !q.available || available.has(d.id),
  extraCounts: [{ name: 'available', filter: (_q, available) => [idsFilter(available)], match: (d, available) => available.has(d.id) }],
  decorate: async (items) => {
    const next = await nextSlots(items.map(i => i.id))
    return items.map(i => ({ ...i, nextSlot: next.get(i.id) ? toZonedIso(next.get(i.id)!) : null }))
  },
  fallback: {
    memory: {
      load: async (q) => {
        const terms = q.q.split(/\s+/).filter(Boolean)
        const contains = (t: string) => ({ contains: t, mode: 'insensitive' as const })
        const rows = await prisma.mentor.findMany({
          where: { status: 'APPROVED', AND: terms.map(t => ({ OR: [{ displayName: contains(t) }, { title: contains(t) }, { organisation: contains(t) }, { bio: contains(t) }] })) },
          select: mentorDocSelect,
        })
        const cats = await categoryNames(prisma)
        return rows.map(r => toMentorDoc(r, cats))
      },
      sort: q => (q.sort === 'sessions' ? (a, b) => b.sessionCount - a.sessionCount || a.id.localeCompare(b.id) : (a, b) => b.rank - a.rank || a.id.localeCompare(b.id)),
    },
  },
}

export async function searchMentors(query: MentorListQuery): Promise<MentorListResponse> {
  return runFacetedSearch(mentorSearchSpec, query) as Promise<MentorListResponse>
}
