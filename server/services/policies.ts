import type { H3Event } from 'h3'
import { queryCollection } from '@nuxt/content/server'
import type { PolicyListQuery } from '#shared/schemas/content'
import type { PolicySummary } from '#shared/types/content'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'

/** Policies from the content library (@nuxt/content), newest first, filtered by tag and city. */
export async function listPolicies(event: H3Event, query: PolicyListQuery): Promise<PolicySummary[]> {
  const rows = await queryCollection(event, 'policies')
    .select('path', 'title', 'titleEn', 'issuer', 'city', 'tags', 'effectiveDate', 'summary', 'summaryEn')
    .order('effectiveDate', 'DESC')
    .all()
  return rows
    .map(r => ({ ...r, slug: r.path.split('/').pop()! }))
    .filter(p => !query.tag || p.tags.includes(query.tag))
    // a city's list includes the province-wide policies, which apply there too
    .filter(p => !query.city || p.city === query.city || p.city === PROVINCE_WIDE)
}
