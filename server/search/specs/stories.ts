import type { Settings } from 'meilisearch'
import type { StoryListQuery } from '#shared/schemas/story'
import type { StoryCard, StoryList } from '#shared/types/story'
import { imageUrl } from '#shared/utils/images'
import type { Prisma, PrismaClient } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { isVerified, storyCardSelect } from '../../services/stories/view'
import type { StoryCardRow } from '../../services/stories/view'
import type { FacetDef, FacetedSpec } from '../engine'
import { facetingSettings, filterValue, runFacetedSearch } from '../engine'
import { pinyinTerms } from '../pinyin'
import { synonymsFor } from '../synonyms'

/**
 * Success stories in search: the `stories` index, GET /api/stories and site search. Only
 * published stories are in it; a withdrawn one leaves with the next sync (its outbox row is
 * written in the withdrawal's transaction). The recorded figures are not indexed — the page
 * reads them from the case — only whether the story shows any (`verified`).
 */
export const STORIES_INDEX = 'stories'
/** 2: pinyin by whole words (server/search/pinyin.ts) */
export const STORY_DOC_VERSION = 2

export interface StoryDoc {
  id: string
  slug: string
  title: string
  summary: string
  body: string
  authorName: string
  city: string
  cityName: string
  cityNameEn: string
  category: string
  categoryName: string
  categoryNameEn: string
  featured: boolean
  featuredRank: number
  verified: boolean
  cover: { id: string, alt: string, width: number, height: number } | null
  publishedAt: number
  pinyin: string[]
  facetValues: string[]
  updatedAt: number
  docVersion: number
}

export const STORY_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title', 'summary', 'categoryName', 'cityName', 'body', 'authorName', 'categoryNameEn', 'cityNameEn', 'pinyin'],
  filterableAttributes: ['facetValues'],
  sortableAttributes: ['publishedAt', 'featuredRank'],
  displayedAttributes: ['*'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: synonymsFor({ 故事: ['典型', '案例'] }),
  stopWords: ['的', '了', '和', '与', '及'],
  faceting: facetingSettings(500),
}

const PUBLISHED = { status: 'PUBLISHED' } as const

const docSelect = { ...storyCardSelect, body: true, projectId: true } satisfies Prisma.StorySelect
type StoryDocRow = StoryCardRow & { body: string, projectId: string | null }

function toDoc(s: StoryDocRow): StoryDoc {
  const cover = s.images[0] ?? null
  const verified = isVerified(s)
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    body: s.body.slice(0, 2000),
    authorName: s.author.name,
    city: s.city.code,
    cityName: s.city.nameZh,
    cityNameEn: s.city.nameEn,
    category: s.category.code,
    categoryName: s.category.nameZh,
    categoryNameEn: s.category.nameEn,
    featured: s.featured,
    featuredRank: s.featured ? 1 : 0,
    verified,
    cover: cover ? { id: cover.id, alt: cover.alt, width: cover.width, height: cover.height } : null,
    publishedAt: (s.publishedAt ?? s.updatedAt).getTime(),
    pinyin: pinyinTerms([s.title, s.city.nameZh, s.category.nameZh]),
    facetValues: [`city:${s.city.code}`, `category:${s.category.code}`, `featured:${s.featured}`, `verified:${verified}`, ...(s.projectId ? [`project:${s.projectId}`] : [])],
    updatedAt: s.updatedAt.getTime(),
    docVersion: STORY_DOC_VERSION,
  }
}

const toDocs = (rows: StoryDocRow[]) => rows.map(toDoc)

const load = (db: PrismaClient, where: object) => db.story.findMany({ where: { ...PUBLISHED, ...where }, select: docSelect })

const flag = (v: boolean | undefined) => (v === undefined ? [] : [String(v)])
const facets: FacetDef<StoryListQuery>[] = [
  { name: 'city', key: 'city', selected: q => q.city, clear: q => ({ ...q, city: [] }), reference: 'city', areas: true },
  { name: 'category', key: 'category', selected: q => q.category, clear: q => ({ ...q, category: [] }), reference: 'category' },
  { name: 'featured', key: 'featured', selected: q => flag(q.featured), clear: q => ({ ...q, featured: undefined }) },
  { name: 'verified', key: 'verified', selected: q => flag(q.verified), clear: q => ({ ...q, verified: undefined }) },
]

function toCard(d: StoryDoc): StoryCard {
  return {
    id: d.id, slug: d.slug, title: d.title, summary: d.summary, city: d.city, category: d.category, authorName: d.authorName,
    featured: d.featured, verified: d.verified,
    cover: d.cover ? { ...d.cover, url: imageUrl(d.cover.id) } : null,
    publishedAt: new Date(d.publishedAt).toISOString(),
  }
}

export const storySearchSpec: FacetedSpec<StoryListQuery, StoryDoc, StoryCard> = {
  entity: 'story',
  index: STORIES_INDEX,
  settings: STORY_INDEX_SETTINGS,
  docVersion: STORY_DOC_VERSION,
  load: async (db, ids) => toDocs(await load(db, { id: { in: ids } })),
  expected: async db => new Map((await db.story.findMany({ where: PUBLISHED, select: { id: true, updatedAt: true } })).map(s => [s.id, s.updatedAt.getTime()])),
  page: async (db, afterId, take) => toDocs(await db.story.findMany({ where: { ...PUBLISHED, ...(afterId ? { id: { gt: afterId } } : {}) }, select: docSelect, orderBy: { id: 'asc' }, take })),
  count: db => db.story.count({ where: PUBLISHED }),
  changedSince: async (db, since) => (await db.story.findMany({ where: { updatedAt: { gte: since } }, select: { id: true } })).map(s => s.id),

  facets,
  pinyinRetry: true,
  retrieve: ['id', 'slug', 'title', 'summary', 'city', 'category', 'authorName', 'featured', 'verified', 'cover', 'publishedAt'],
  toItem: toCard,
  // featured first, then newest; with words, relevance decides
  sort: q => (q.q ? undefined : ['featuredRank:desc', 'publishedAt:desc']),
  extraFilters: q => (q.project ? [`facetValues IN [${filterValue(`project:${q.project}`)}]`] : []),
  extraMatch: (d, q) => !q.project || d.facetValues.includes(`project:${q.project}`),
  fallback: {
    memory: {
      load: async (q) => {
        const terms = q.q.split(/\s+/).filter(Boolean)
        const contains = (t: string) => ({ contains: t, mode: 'insensitive' as const })
        return toDocs(await load(prisma, { AND: terms.map(t => ({ OR: [{ title: contains(t) }, { summary: contains(t) }, { body: contains(t) }] })) }))
      },
      sort: q => (q.q ? (a, b) => b.publishedAt - a.publishedAt || a.id.localeCompare(b.id) : (a, b) => b.featuredRank - a.featuredRank || b.publishedAt - a.publishedAt || a.id.localeCompare(b.id)),
    },
  },
}

export async function searchStories(query: StoryListQuery): Promise<StoryList> {
  return await runFacetedSearch(storySearchSpec, query) as unknown as StoryList
}
