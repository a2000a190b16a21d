import type { Ref } from 'vue'
import type { MatchRequestView } from '#shared/types/match-request'
import type { MatchStatusCode } from '#shared/utils/match-requests'

/**
 * Staff: the match-me requests in one state; and suggesting a mentor for one. The page reloads
 * the queue once it has said what happened (the request leaves the list it was in).
 */
export async function useMatchQueue(status: Readonly<Ref<MatchStatusCode>>) {
  const api = useApi()
  const { data: queue, refresh, error } = await useAsyncData('staff-match-queue', () => api<{ items: MatchRequestView[] }>('/api/staff/match-requests', { query: { status: status.value } }), { watch: [status] })
  const assign = (id: string, body: { mentorId: string, note?: string }) => api(`/api/staff/match-requests/${id}/assign`, { method: 'POST', body })
  return { queue, error, refresh, assign }
}
