import type { H3Event } from 'h3'
import { queryCollection } from '@nuxt/content/server'
import type { PolicyListQuery } from '#shared/schemas/content'
import type { PolicySummary } from '#shared/types/content'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import { placesThatApply } from '#shared/utils/cities'
import { referenceData } from './reference'

/** Policies from the content library (@nuxt/content), newest first, filtered by tag and city. */
export async function listPolicies(event: H3Event, query: PolicyListQuery): Promise<PolicySummary[]> {
  const rows = await queryCollection(event, 'policies')
    .select('path', 'title', 'titleEn', 'issuer', 'city', 'tags', 'effectiveDate', 'summary', 'summaryEn')
    .order('effectiveDate', 'DESC')
    .all()
  // a place's list includes the policies that apply there too: the province-wide ones and, for
  // an area such as 九台, those of its city (长春). Without the database, the place alone.
  const cities = query.city ? (await referenceData().catch(() => null))?.cities ?? [] : []
  const applies = placesThatApply(cities, query.city ? [query.city] : [], PROVINCE_WIDE)
  return rows
    .map(r => ({ ...r, slug: r.path.split('/').pop()! }))
    .filter(p => !query.tag || p.tags.includes(query.tag))
    .filter(p => !query.city || applies.has(p.city))
}
