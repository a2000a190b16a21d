import type { FinancingView } from '#shared/types/case'
import type { PolicySummary } from '#shared/types/content'

/** The plan's funding need and gap, and where the policy library lists money that may help. */
export function useFinancing(caseId: string) {
  const api = useApi()
  return useAsyncData(`case-financing-${caseId}`, () => api<FinancingView>(`/api/cases/${encodeURIComponent(caseId)}/financing`).catch(() => null))
}

/** The policies that may help, for each of the financing stage's queries (a tag in the case's city). */
export function useFinancingPolicies(caseId: string, queries: () => { tag: string, city: string | null }[]) {
  const api = useApi()
  return useAsyncData(`case-financing-policies-${caseId}`, () => Promise.all(queries().map(async q => ({
    ...q,
    items: await api<PolicySummary[]>('/api/policies', { query: { tag: q.tag, city: q.city ?? undefined } }).catch(() => [] as PolicySummary[]),
  }))), { default: () => [] as { tag: string, city: string | null, items: PolicySummary[] }[] })
}
