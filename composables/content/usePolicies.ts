import type { Ref } from 'vue'
import type { PolicySummary } from '#shared/types/content'

/** The policy library, filtered by tag and city (an area's list includes its city's policies). */
export function usePolicies(filters: { tag: Readonly<Ref<string>>, city: Readonly<Ref<string>> }) {
  const api = useApi()
  return useAsyncData(
    'policies',
    () => api<PolicySummary[]>('/api/policies', { query: { tag: filters.tag.value || undefined, city: filters.city.value || undefined } }),
    { watch: [filters.tag, filters.city], default: () => [] as PolicySummary[] },
  )
}

/** The newest policies, for the home page. */
export function useLatestPolicies(count: number) {
  const api = useApi()
  return useAsyncData(`latest-policies-${count}`, () => api<PolicySummary[]>('/api/policies').then(p => p.slice(0, count)), { default: () => [] as PolicySummary[] })
}

/** One policy from the content library, or null. */
export function usePolicy(slug: string) {
  return useAsyncData(`policy-${slug}`, () => queryCollection('policies').path(`/policies/${slug}`).first())
}
