import type { CheckInAnswer } from '#shared/schemas/check-in'
import type { CheckInView } from '#shared/types/case'

/** The follow-up check-ins of a case. */
export function useCaseCheckIns(caseId: string) {
  const api = useApi()
  return useAsyncData(`case-check-ins-${caseId}`, () => api<CheckInView[]>(`/api/cases/${encodeURIComponent(caseId)}/check-ins`).catch(() => [] as CheckInView[]), { default: () => [] as CheckInView[] })
}

/** One check-in (the mail's link) and its answer. */
export function useCheckIn(id: string) {
  const api = useApi()
  const path = `/api/check-ins/${encodeURIComponent(id)}`
  return {
    read: useAsyncData(`check-in-${id}`, () => api<CheckInView>(path).catch(() => null)),
    answer: (input: CheckInAnswer) => api<CheckInView>(path, { method: 'POST', body: input }),
  }
}
