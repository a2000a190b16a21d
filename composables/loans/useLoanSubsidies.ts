import type { LoanSubsidyRow } from '#shared/types/loan'
import type { Bilingual } from '#shared/utils/loan-codes'

/** Staff: each paid-out loan's interest subsidy for a quarter, with totals per bank. */
export function useLoanSubsidies(query: Readonly<Ref<{ quarter: string, bank?: string }>>) {
  const api = useApi()
  return useAsyncData('loan-subsidies', () => api<{ quarter: string, rows: LoanSubsidyRow[], totals: { bank: Bilingual | null, subsidy: number, loans: number }[] }>('/api/staff/loans/subsidies', { query: query.value }), { watch: [query] })
}
