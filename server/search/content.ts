import type { H3Event } from 'h3'
import type { Settings } from 'meilisearch'
import { queryCollection } from '@nuxt/content/server'
import type { SearchQuery } from '#shared/schemas/content'
import type { SearchDocType, SearchHit, SearchResponse } from '#shared/types/content'
import { searchClient, taskEnded } from '../utils/search'
import { log } from '../utils/log'
import { escapeHtml } from '../mail/templates'
import { projectListQuerySchema } from '#shared/schemas/project'
import { mentorListQuerySchema } from '#shared/schemas/mentor'
import { searchInDatabase } from './engine'
import { synonymsFor } from './synonyms'
import { queryAsPinyin } from './pinyin'
import { PROJECTS_INDEX, projectSearchSpec } from './specs/projects'
import { MENTORS_INDEX, mentorSearchSpec } from './specs/mentors'
import { OFFERINGS_INDEX, offeringSearchSpec } from './specs/offerings'
import { offeringListQuerySchema } from '#shared/schemas/training'
import { STORIES_INDEX, storySearchSpec } from './specs/stories'
import { storyListQuerySchema } from '#shared/schemas/story'

const EMPTY_PROJECT_QUERY = projectListQuerySchema.parse({})
const EMPTY_MENTOR_QUERY = mentorListQuerySchema.parse({})
const EMPTY_OFFERING_QUERY = offeringListQuerySchema.parse({})
const EMPTY_STORY_QUERY = storyListQuerySchema.parse({})

/**
 * Site-wide search over the content library (policies, guides, news) in Meilisearch.
 * Documents are pushed at start-up (content changes only with a deploy); when Meilisearch
 * is unreachable the same query runs over the content database and says `degraded: true`.
 */
export const CONTENT_INDEX = 'content'
const PAGE_SIZE = 10

interface ContentDoc {
  id: string
  type: SearchDocType
  locale: 'zh-CN' | 'en' | 'all'
  title: string
  titleEn: string
  summary: string
  summaryEn: string
  city: string
  tags: string[]
  url: string
  date: string
}

export const CONTENT_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title', 'titleEn', 'tags', 'summary', 'summaryEn'],
  filterableAttributes: ['type', 'locale', 'city', 'tags'],
  sortableAttributes: ['date'],
  synonyms: synonymsFor({
    创业担保贷款: ['贴息贷款', '创业贷款'],
    创业贷款: ['创业担保贷款'],
    农家乐: ['民宿', '生态旅游'],
    乡村旅游: ['民宿'],
    民宿: ['农家乐', '乡村旅游'],
    培训补贴: ['培训费补贴'],
  }),
  // whole words only: policies are read in full words, and a prefix match made "tea" find "team"
  prefixSearch: 'disabled',
}

export async function loadContentDocs(event: H3Event): Promise<ContentDoc[]> {
  const [policies, guides, news] = await Promise.all([
    queryCollection(event, 'policies').select('path', 'title', 'titleEn', 'summary', 'summaryEn', 'city', 'tags', 'effectiveDate').all(),
    queryCollection(event, 'guides').select('path', 'title', 'description', 'locale', 'stage').all(),
    queryCollection(event, 'news').select('path', 'title', 'titleEn', 'summary', 'summaryEn', 'city', 'date').all(),
  ])
  const id = (type: string, path: string) => `${type}-${path.replace(/[^\w-]/g, '_')}`
  return [
    ...policies.map(p => ({ id: id('policy', p.path), type: 'policy' as const, locale: 'all' as const, title: p.title, titleEn: p.titleEn, summary: p.summary, summaryEn: p.summaryEn, city: p.city, tags: p.tags, url: p.path, date: p.effectiveDate })),
    ...guides.map(g => ({ id: id('guide', g.path), type: 'guide' as const, locale: g.locale, title: g.title, titleEn: g.title, summary: g.description, summaryEn: g.description, city: 'province', tags: [g.stage], url: `/guides/${g.path.split('/').pop()}`, date: '' })),
    ...news.map(n => ({ id: id('news', n.path), type: 'news' as const, locale: 'all' as const, title: n.title, titleEn: n.titleEn, summary: n.summary, summaryEn: n.summaryEn, city: n.city, tags: [], url: n.path, date: n.date })),
  ]
}

/** Process state: true once this server has pushed the content library to Meilisearch. */
let contentIndexReady = false

/** Applies settings and replaces the index's documents (idempotent). */
export async function syncContentIndex(docs: ContentDoc[]): Promise<void> {
  const client = searchClient()
  if (!client) return
  const index = client.index(CONTENT_INDEX)
  await taskEnded(client, client.createIndex(CONTENT_INDEX, { primaryKey: 'id' })).catch(() => {})
  await taskEnded(client, index.updateSettings(CONTENT_INDEX_SETTINGS))
  await taskEnded(client, index.deleteAllDocuments())
  await taskEnded(client, index.addDocuments(docs), { timeoutMs: 30_000 })
  contentIndexReady = true
}

function visibleFor(locale: 'zh-CN' | 'en') {
  return `(locale = "all" OR locale = "${locale}")`
}

function localise(doc: ContentDoc, locale: 'zh-CN' | 'en') {
  return locale === 'en' ? { title: doc.titleEn, summary: doc.summaryEn } : { title: doc.title, summary: doc.summary }
}

export async function searchContent(event: H3Event, query: SearchQuery): Promise<SearchResponse> {
  const client = searchClient()
  // until the start-up sync has finished, the content index may be empty: answer from the content database
  if (client && query.q && contentIndexReady) {
    try {
      const answer = await searchIndexes(query)
      // nothing for the words as typed: try the Chinese as pinyin (奶查 → naicha → 奶茶)
      const again = answer.estimatedTotalHits === 0 ? queryAsPinyin(query.q) : null
      if (again) {
        const retried = await searchIndexes({ ...query, q: again })
        if (retried.estimatedTotalHits > 0) return { ...retried, interpretedAs: again }
      }
      return answer
    }
    catch (error) {
      log.warn('search unavailable, answering from the databases', { error: String(error) })
    }
  }
  return fallbackSearch(event, query, !client || !!query.q)
}

const HIGHLIGHT = { highlightPreTag: '\uE000', highlightPostTag: '\uE001' }

/** One result list over projects and the content library, merged by Meilisearch's ranking score. */
async function searchIndexes(query: SearchQuery): Promise<SearchResponse> {
  const client = searchClient()!
  const started = Date.now()
  const wantProjects = !query.type || query.type === 'project'
  const wantMentors = !query.type || query.type === 'mentor'
  const offeringKind = query.type === 'training' ? 'TRAINING' : query.type === 'event' ? 'EVENT' : null
  const wantOfferings = !query.type || !!offeringKind
  const wantStories = !query.type || query.type === 'story'
  const contentType = query.type && !['project', 'mentor', 'training', 'event', 'story'].includes(query.type) ? query.type : null
  const wantContent = !query.type || !!contentType
  const take = query.page * PAGE_SIZE
  const { results } = await client.multiSearch({
    queries: [
      { indexUid: PROJECTS_INDEX, q: query.q, limit: wantProjects ? take : 0, showRankingScore: true, matchingStrategy: 'all', attributesToRetrieve: ['id', 'slug', 'title', 'summary'], attributesToHighlight: ['title'], attributesToCrop: ['summary'], cropLength: 40, ...HIGHLIGHT },
      { indexUid: CONTENT_INDEX, q: query.q, limit: wantContent ? take : 0, showRankingScore: true, matchingStrategy: 'all', facets: ['type'], filter: [visibleFor(query.locale), ...(contentType ? [`type = "${contentType}"`] : [])].join(' AND '), attributesToHighlight: ['title', 'titleEn', 'summary', 'summaryEn'], attributesToCrop: query.locale === 'en' ? ['summaryEn'] : ['summary'], cropLength: 40, ...HIGHLIGHT },
      // mentors count for every tab, so their limit is 0 on other tabs but the total still comes back
      { indexUid: MENTORS_INDEX, q: query.q, limit: wantMentors ? take : 0, showRankingScore: true, matchingStrategy: 'all', attributesToRetrieve: ['id', 'displayName', 'title', 'organisation', 'bio'], attributesToHighlight: ['displayName', 'title', 'organisation'], attributesToCrop: ['bio'], cropLength: 40, ...HIGHLIGHT },
      // trainings and events, published or past (not cancelled); their counts per kind come back as facets
      { indexUid: OFFERINGS_INDEX, q: query.q, limit: wantOfferings ? take : 0, showRankingScore: true, matchingStrategy: 'all', facets: ['kind'], filter: ['facetValues IN ["status:PUBLISHED", "status:COMPLETED"]', ...(offeringKind ? [`kind = "${offeringKind}"`] : [])].join(' AND '), attributesToRetrieve: ['id', 'kind', 'titleZh', 'titleEn', 'programmeName', 'programmeNameEn', 'eventTypeName', 'eventTypeNameEn', 'cityName', 'cityNameEn'], attributesToHighlight: ['titleZh', 'titleEn'], ...HIGHLIGHT },
      // published success stories (only published ones are in the index)
      { indexUid: STORIES_INDEX, q: query.q, limit: wantStories ? take : 0, showRankingScore: true, matchingStrategy: 'all', attributesToRetrieve: ['id', 'slug', 'title', 'summary'], attributesToHighlight: ['title'], attributesToCrop: ['summary'], cropLength: 40, ...HIGHLIGHT },
    ],
  })
  const [projects, content, mentors, offerings, stories] = results as unknown as [
    { hits: (ProjectHit & { _rankingScore: number, _formatted?: ProjectHit })[], estimatedTotalHits?: number, processingTimeMs: number },
    { hits: (ContentDoc & { _rankingScore: number, _formatted?: ContentDoc })[], estimatedTotalHits?: number, processingTimeMs: number, facetDistribution?: Record<string, Record<string, number>> },
    { hits: (MentorHit & { _rankingScore: number, _formatted?: MentorHit })[], estimatedTotalHits?: number, processingTimeMs: number },
    { hits: (OfferingHit & { _rankingScore: number, _formatted?: OfferingHit })[], estimatedTotalHits?: number, processingTimeMs: number, facetDistribution?: Record<string, Record<string, number>> },
    { hits: (ProjectHit & { _rankingScore: number, _formatted?: ProjectHit })[], estimatedTotalHits?: number, processingTimeMs: number },
  ]
  // the kind counts of every tab; the kind filter above only narrows the list when a tab is chosen
  const kindCounts = offeringKind
    ? ((await client.index(OFFERINGS_INDEX).search(query.q, { filter: 'facetValues IN ["status:PUBLISHED", "status:COMPLETED"]', facets: ['kind'], limit: 0, matchingStrategy: 'all' })).facetDistribution?.kind ?? {})
    : (offerings.facetDistribution?.kind ?? {})
  // facet counts for every tab; the content filter above only narrows the list when a tab is chosen
  const contentCounts = contentType
    ? ((await client.index(CONTENT_INDEX).search(query.q, { filter: visibleFor(query.locale), facets: ['type'], limit: 0, matchingStrategy: 'all' })).facetDistribution?.type ?? {})
    : (content.facetDistribution?.type ?? {})
  const projectCount = projects.estimatedTotalHits ?? 0
  const mentorCount = mentors.estimatedTotalHits ?? 0
  const storyCount = stories.estimatedTotalHits ?? 0
  const merged = [
    ...projects.hits.map((h) => {
      const f = h._formatted ?? h
      return { score: h._rankingScore, hit: { type: 'project' as const, id: h.id, title: h.title, url: `/projects/${h.slug}`, snippet: markup(f.summary || f.title) } }
    }),
    ...mentors.hits.map((h) => {
      const f = h._formatted ?? h
      return { score: h._rankingScore, hit: { type: 'mentor' as const, id: h.id, title: h.displayName, url: `/mentors/${h.id}`, snippet: markup(`${f.title} · ${f.organisation}${f.bio ? ` — ${f.bio}` : ''}`) } }
    }),
    ...offerings.hits.map((h) => {
      const f = h._formatted ?? h
      const en = query.locale === 'en'
      const kind = h.kind === 'EVENT' ? 'event' as const : 'training' as const
      const what = en ? (h.programmeNameEn || h.eventTypeNameEn) : (h.programmeName || h.eventTypeName)
      return { score: h._rankingScore, hit: { type: kind, id: h.id, title: en ? h.titleEn : h.titleZh, url: `/${kind === 'event' ? 'events' : 'trainings'}/${h.id}`, snippet: markup(`${en ? f.titleEn : f.titleZh} · ${what} · ${en ? h.cityNameEn : h.cityName}`) } }
    }),
    ...stories.hits.map((h) => {
      const f = h._formatted ?? h
      return { score: h._rankingScore, hit: { type: 'story' as const, id: h.id, title: h.title, url: `/stories/${h.slug}`, snippet: markup(f.summary || f.title) } }
    }),
    ...content.hits.map((h) => {
      const plain = localise(h, query.locale)
      const fmt = localise((h._formatted ?? h) as ContentDoc, query.locale)
      return { score: h._rankingScore, hit: { type: h.type, id: h.id, title: plain.title, url: h.url, snippet: markup(fmt.summary || fmt.title) } }
    }),
  ].sort((a, b) => b.score - a.score)
  const typeCounts: Record<string, number> = { ...(contentCounts as Record<string, number>) }
  if (projectCount) typeCounts.project = projectCount
  if (mentorCount) typeCounts.mentor = mentorCount
  if (storyCount) typeCounts.story = storyCount
  if (kindCounts.TRAINING) typeCounts.training = kindCounts.TRAINING
  if (kindCounts.EVENT) typeCounts.event = kindCounts.EVENT
  const total = query.type ? (typeCounts[query.type] ?? 0) : Object.values(typeCounts).reduce((a, b) => a + b, 0)
  return {
    hits: merged.slice((query.page - 1) * PAGE_SIZE, query.page * PAGE_SIZE).map(m => m.hit),
    facets: { type: typeCounts },
    estimatedTotalHits: total,
    processingTimeMs: Math.max(projects.processingTimeMs, content.processingTimeMs, mentors.processingTimeMs, offerings.processingTimeMs, stories.processingTimeMs, Date.now() - started),
    degraded: false,
  }
}

interface ProjectHit { id: string, slug: string, title: string, summary: string }
interface MentorHit { id: string, displayName: string, title: string, organisation: string, bio: string }
interface OfferingHit { id: string, kind: string, titleZh: string, titleEn: string, programmeName: string, programmeNameEn: string, eventTypeName: string, eventTypeNameEn: string, cityName: string, cityNameEn: string }

/** Escapes everything, then turns the highlight markers into <mark>. */
function markup(s: string): string {
  return escapeHtml(s).replace(/\uE000/g, '<mark>').replace(/\uE001/g, '</mark>')
}

async function fallbackSearch(event: H3Event, query: SearchQuery, degraded: boolean): Promise<SearchResponse> {
  const started = Date.now()
  const docs = (await loadContentDocs(event)).filter(d => d.locale === 'all' || d.locale === query.locale)
  const terms = query.q.toLowerCase().split(/\s+/).filter(Boolean)
  const matches: SearchHit[] = []
  const typeCounts: Record<string, number> = {}
  if (terms.length) {
    // projects from PostgreSQL (when the database is down too, only the content library answers)
    const projects = await searchInDatabase(projectSearchSpec, { ...EMPTY_PROJECT_QUERY, q: query.q, pageSize: 50 }).catch(() => null)
    if (projects?.total) typeCounts.project = projects.total
    for (const p of projects?.items ?? []) matches.push({ type: 'project', id: p.id, title: p.title, url: `/projects/${p.slug}`, snippet: highlight(p.summary, terms) })
    const mentors = await searchInDatabase(mentorSearchSpec, { ...EMPTY_MENTOR_QUERY, q: query.q, pageSize: 50 }).catch(() => null)
    if (mentors?.total) typeCounts.mentor = mentors.total
    for (const m of mentors?.items ?? []) matches.push({ type: 'mentor', id: m.id, title: m.displayName, url: `/mentors/${m.id}`, snippet: highlight(`${m.title} · ${m.organisation}`, terms) })
    for (const kind of ['TRAINING', 'EVENT'] as const) {
      const type = kind === 'EVENT' ? 'event' as const : 'training' as const
      const found = await searchInDatabase(offeringSearchSpec, { ...EMPTY_OFFERING_QUERY, q: query.q, kind, pageSize: 50 }).catch(() => null)
      if (found?.total) typeCounts[type] = found.total
      for (const o of found?.items ?? []) matches.push({ type, id: o.id, title: o.title[query.locale], url: `/${type === 'event' ? 'events' : 'trainings'}/${o.id}`, snippet: highlight(`${o.title[query.locale]} · ${o.city.name[query.locale]}`, terms) })
    }
    const stories = await searchInDatabase(storySearchSpec, { ...EMPTY_STORY_QUERY, q: query.q, pageSize: 50 }).catch(() => null)
    if (stories?.total) typeCounts.story = stories.total
    for (const s of stories?.items ?? []) matches.push({ type: 'story', id: s.id, title: s.title, url: `/stories/${s.slug}`, snippet: highlight(s.summary, terms) })
    for (const d of docs.filter(d => terms.every(t => [d.title, d.titleEn, d.summary, d.summaryEn, ...d.tags].some(v => v.toLowerCase().includes(t))))) {
      const l = localise(d, query.locale)
      typeCounts[d.type] = (typeCounts[d.type] ?? 0) + 1
      matches.push({ type: d.type, id: d.id, title: l.title, url: d.url, snippet: highlight(l.summary, terms) })
    }
  }
  const selected = query.type ? matches.filter(m => m.type === query.type) : matches
  const hits = selected.slice((query.page - 1) * PAGE_SIZE, query.page * PAGE_SIZE)
  const total = query.type ? (typeCounts[query.type] ?? 0) : Object.values(typeCounts).reduce((a, b) => a + b, 0)
  return { hits, facets: { type: typeCounts }, estimatedTotalHits: total, processingTimeMs: Date.now() - started, degraded }
}

function highlight(text: string, terms: string[]): string {
  let out = escapeHtml(text)
  for (const t of terms) {
    const safe = escapeHtml(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    out = out.replace(new RegExp(safe, 'gi'), m => `<mark>${m}</mark>`)
  }
  return out
}
