import type { LoanSubsidyList } from '#shared/types/loan'

/** Staff: each paid-out loan's interest subsidy for a quarter (of one bank when asked), with totals per bank and the banks to filter by. */
export function useLoanSubsidies(query: Readonly<Ref<{ quarter: string, bank?: string }>>) {
  const api = useApi()
  return useAsyncData('loan-subsidies', () => api<LoanSubsidyList>('/api/staff/loans/subsidies', { query: query.value }), { watch: [query] })
}
