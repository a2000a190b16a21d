import type { Settings } from 'meilisearch'
import type { OfferingListQuery } from '#shared/schemas/training'
import type { OfferingCard, OfferingKindCode, OfferingList } from '#shared/types/training'
import { EVENT_TYPES, programmeOf } from '#shared/data/training-rules'
import { zonedDate } from '#shared/utils/zoned-time'
import type { PrismaClient } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { offeringSelect } from '../../services/enrolments/store'
import type { OfferingRow } from '../../services/enrolments/store'
import { toCard } from '../../services/trainings/view'
import type { FacetDef, FacetedSpec } from '../engine'
import { facetingSettings, filterValue, runFacetedSearch } from '../engine'
import { pinyinTerms } from '../pinyin'
import { synonymsFor } from '../synonyms'

/**
 * Training sessions and events in search: the `offerings` index, GET /api/trainings and
 * GET /api/events (the kind is a filter), and site search. Published, completed and cancelled
 * offerings are indexed (past events stay findable with their reports); places change with
 * every enrolment, so they are never indexed — "places left" is a filter on ids read from the
 * database per query, and the items' place counts are read fresh.
 */
export const OFFERINGS_INDEX = 'offerings'
/** 2: pinyin by whole words (server/search/pinyin.ts) */
export const OFFERING_DOC_VERSION = 2

export interface OfferingDoc {
  id: string
  kind: OfferingKindCode
  status: string
  titleZh: string
  titleEn: string
  body: string
  programme: string | null
  programmeName: string
  programmeNameEn: string
  eventType: string | null
  eventTypeName: string
  eventTypeNameEn: string
  city: string
  cityName: string
  cityNameEn: string
  institution: string
  institutionEn: string
  online: boolean
  startsAt: number
  endsAt: number
  pinyin: string[]
  facetValues: string[]
  updatedAt: number
  docVersion: number
}

export const OFFERING_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['titleZh', 'programmeName', 'eventTypeName', 'institution', 'cityName', 'body', 'titleEn', 'programmeNameEn', 'eventTypeNameEn', 'institutionEn', 'cityNameEn', 'programme', 'pinyin'],
  filterableAttributes: ['id', 'kind', 'endsAt', 'facetValues'],
  sortableAttributes: ['startsAt'],
  displayedAttributes: ['*'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: synonymsFor({ 培训: ['课程', '班'], 论坛: ['沙龙'], 推介会: ['路演'] }),
  stopWords: ['的', '了', '和', '与', '及'],
  faceting: facetingSettings(500),
}

const INDEXED = ['PUBLISHED', 'COMPLETED', 'CANCELLED'] as const
const monthOf = (d: Date) => zonedDate(d).slice(0, 7)

function toDoc(o: OfferingRow): OfferingDoc {
  const programme = o.programme ? programmeOf(o.programme) : null
  const type = o.eventType ? EVENT_TYPES.find(t => t.code === o.eventType) : null
  return {
    id: o.id,
    kind: o.kind,
    status: o.status,
    titleZh: o.titleZh,
    titleEn: o.titleEn,
    body: `${o.bodyZh} ${o.bodyEn}`.slice(0, 600),
    programme: o.programme,
    programmeName: programme?.name['zh-CN'] ?? '',
    programmeNameEn: programme?.name.en ?? '',
    eventType: o.eventType,
    eventTypeName: type?.name['zh-CN'] ?? '',
    eventTypeNameEn: type?.name.en ?? '',
    city: o.city.code,
    cityName: o.city.nameZh,
    cityNameEn: o.city.nameEn,
    institution: o.institution?.nameZh ?? '',
    institutionEn: o.institution?.nameEn ?? '',
    online: o.online,
    startsAt: o.startsAt.getTime(),
    endsAt: o.endsAt.getTime(),
    pinyin: pinyinTerms([o.titleZh, o.city.nameZh, programme?.name['zh-CN'] ?? '', type?.name['zh-CN'] ?? '']),
    facetValues: [
      ...(o.programme ? [`programme:${o.programme}`] : []), ...(o.eventType ? [`type:${o.eventType}`] : []),
      `city:${o.city.code}`, `month:${monthOf(o.startsAt)}`, `mode:${o.online ? 'ONLINE' : 'IN_PERSON'}`, `status:${o.status}`,
    ],
    updatedAt: o.updatedAt.getTime(),
    docVersion: OFFERING_DOC_VERSION,
  }
}

export type OfferingQuery = OfferingListQuery & { kind: OfferingKindCode, pageSize: number }

const facets: FacetDef<OfferingQuery>[] = [
  { name: 'programme', key: 'programme', selected: q => q.programme, clear: q => ({ ...q, programme: [] }) },
  { name: 'type', key: 'type', selected: q => q.type, clear: q => ({ ...q, type: [] }) },
  { name: 'city', key: 'city', selected: q => q.city, clear: q => ({ ...q, city: [] }), reference: 'city', areas: true },
  { name: 'month', key: 'month', selected: q => q.month, clear: q => ({ ...q, month: [] }) },
  { name: 'mode', key: 'mode', selected: q => q.mode, clear: q => ({ ...q, mode: [] }) },
]

/** Offerings a newcomer could still get a place on now: published, open for enrolment, a place free and nobody waiting. */
async function withPlaces(): Promise<Set<string>> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Offering" o
    WHERE o.status = 'PUBLISHED' AND o."placesTaken" < o.capacity AND o.waiting = 0 AND o."enrolClosesAt" > now()`
  return new Set(rows.map(r => r.id))
}

interface Ctx { available: Set<string>, now: number }

const idsFilter = (ids: Iterable<string>) => `id IN [${[...ids].map(filterValue).join(', ')}]`
const whenFilter = (q: OfferingQuery, now: number) => (q.when === 'past' ? `endsAt <= ${now}` : `endsAt > ${now}`)

const load = (db: PrismaClient, where: object) => db.offering.findMany({ where: { status: { in: [...INDEXED] }, ...where }, select: offeringSelect })

export const offeringSearchSpec: FacetedSpec<OfferingQuery, OfferingDoc, OfferingCard, Ctx> = {
  entity: 'offering',
  index: OFFERINGS_INDEX,
  settings: OFFERING_INDEX_SETTINGS,
  docVersion: OFFERING_DOC_VERSION,
  load: async (db, ids) => (await load(db, { id: { in: ids } })).map(toDoc),
  expected: async db => new Map((await db.offering.findMany({ where: { status: { in: [...INDEXED] } }, select: { id: true, updatedAt: true } })).map(o => [o.id, o.updatedAt.getTime()])),
  page: async (db, afterId, take) => (await db.offering.findMany({ where: { status: { in: [...INDEXED] }, ...(afterId ? { id: { gt: afterId } } : {}) }, select: offeringSelect, orderBy: { id: 'asc' }, take })).map(toDoc),
  count: db => db.offering.count({ where: { status: { in: [...INDEXED] } } }),
  changedSince: async (db, since) => (await db.offering.findMany({ where: { updatedAt: { gte: since } }, select: { id: true } })).map(o => o.id),

  facets,
  pinyinRetry: true,
  retrieve: ['id'],
  // the hit's id only: cards are read fresh from the database (places change all the time)
  toItem: d => ({ id: d.id }) as OfferingCard,
  sort: q => (q.when === 'past' ? ['startsAt:desc'] : ['startsAt:asc']),
  // the offerings with places: for the `available` filter and its count (none without facets)
  prepare: async q => ({ available: q.available || q.facets !== false ? await withPlaces() : new Set<string>(), now: Date.now() }),
  extraFilters: (q, ctx) => [`kind = ${filterValue(q.kind)}`, whenFilter(q, ctx.now), ...(q.when === 'upcoming' ? [`facetValues IN ["status:PUBLISHED"]`] : []), ...(q.available ? [idsFilter(ctx.available)] : [])],
  extraMatch: (d, q, ctx) => d.kind === q.kind && (q.when === 'past' ? d.endsAt <= ctx.now : d.endsAt > ctx.now && d.status === 'PUBLISHED') && (!q.available || ctx.available.has(d.id)),
  extraCounts: [{ name: 'available', filter: (_q, ctx) => [idsFilter(ctx.available)], match: (d, ctx) => ctx.available.has(d.id) }],
  decorate: async (items) => {
    const rows = await prisma.offering.findMany({ where: { id: { in: items.map(i => i.id) } }, select: offeringSelect })
    const byId = new Map(rows.map(r => [r.id, r]))
    return items.flatMap((i) => {
      const r = byId.get(i.id)
      return r ? [toCard(r)] : []
    })
  },
  fallback: {
    memory: {
      load: async (q) => {
        const terms = q.q.split(/\s+/).filter(Boolean)
        const contains = (t: string) => ({ contains: t, mode: 'insensitive' as const })
        const rows = await load(prisma, { kind: q.kind, AND: terms.map(t => ({ OR: [{ titleZh: contains(t) }, { titleEn: contains(t) }, { bodyZh: contains(t) }, { programme: contains(t) }] })) })
        return rows.map(toDoc)
      },
      sort: q => (q.when === 'past' ? (a, b) => b.startsAt - a.startsAt || a.id.localeCompare(b.id) : (a, b) => a.startsAt - b.startsAt || a.id.localeCompare(b.id)),
    },
  },
}

export async function searchOfferings(query: OfferingQuery): Promise<OfferingList> {
  const answer = await runFacetedSearch(offeringSearchSpec, query)
  return answer as unknown as OfferingList
}
