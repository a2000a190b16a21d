import type { LoanNoticeRow } from '#shared/types/loan'

/** The public notice (公示) list, masked, and the objection anyone may send. */
export function useLoanNotices() {
  const api = useApi()
  return useAsyncData('loan-notices', () => api<LoanNoticeRow[]>('/api/loans/notices'), { default: () => [] as LoanNoticeRow[] })
}

export function useLoanObjection() {
  const api = useApi()
  return {
    send: (ref: string, input: { body: string, contact?: string | null }) => api(`/api/loans/notices/${encodeURIComponent(ref)}/objections`, { method: 'POST', body: input }),
  }
}
