import type { LoanQueueRow, LoanView } from '#shared/types/loan'

/** One application as its viewer may see it (applicant or reviewer); null when there is none for them. */
export function useLoan(id: string) {
  const api = useApi()
  return useAsyncData(`loan-${id}`, () => api<LoanView>(`/api/loans/${encodeURIComponent(id)}`).catch(() => null))
}

/** The signed-in person's applications, newest first. */
export function useMyLoans() {
  const api = useApi()
  return useAsyncData('my-loans', () => api<LoanQueueRow[]>('/api/loans/mine').catch(() => [] as LoanQueueRow[]), { default: () => [] as LoanQueueRow[] })
}

/** The handling banks (or guarantee institutions) serving a city: the applicant's choice of bank, the eligibility reviewer's assignment. */
export function useLoanOrganisations(kind: 'BANK' | 'GUARANTOR', city: Readonly<Ref<string>>) {
  const api = useApi()
  return useAsyncData(`loan-organisations-${kind}`, () => (city.value
    ? api<{ id: string, name: { 'zh-CN': string, 'en': string } }[]>('/api/loans/organisations', { query: { city: city.value, kind } }).catch(() => [])
    : Promise.resolve([])), { watch: [city], default: () => [] })
}
