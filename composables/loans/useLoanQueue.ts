import type { LoanQueueRow } from '#shared/types/loan'

export type LoanDesk = 'staff' | 'guarantor' | 'bank'

/**
 * A review queue (staff, a guarantee institution, a bank), overdue first as the server orders it.
 * Its filters live in the URL through useListQuery (step, status, city; `overdue=true`; the page),
 * so a filtered queue can be linked and the back button works; each filter takes one value.
 */
export function useLoanQueue(desk: LoanDesk) {
  const route = useRoute()
  const api = useApi()
  const list = useListQuery(['step', 'status', 'city'] as const, { switch: 'overdue', sorts: [] })
  const str = (v: unknown) => (typeof v === 'string' ? v : '')
  const apiQuery = computed(() => {
    const { step, status, city, overdue, page } = list.apiQuery.value as Record<string, string | number | undefined>
    return { step, status, city, overdue, page }
  })
  const path = desk === 'staff' ? '/api/staff/loans' : `/api/${desk}/loans`
  const data = useAsyncData(`loan-queue-${desk}`, () => api<{ items: LoanQueueRow[], total: number, page: number, pageSize: number }>(path, { query: apiQuery.value }), { watch: [apiQuery] })
  /** the link that sets one filter to a value (or clears it), back to page 1 */
  const linkFor = (key: 'step' | 'status' | 'city', value: string) => ({ query: { ...route.query, page: undefined, [key]: value || undefined } })
  const current = (key: 'step' | 'status' | 'city') => str(route.query[key])
  return { ...list, data, linkFor, current }
}
