import type { MatchRequestView } from '#shared/types/match-request'

/** The signed-in person's match-me requests (none when signed out). */
export async function useMatchRequests() {
  const api = useApi()
  const { user } = useAuth()
  const read = useAsyncData('my-match-requests', () => (user.value
    ? api<{ items: MatchRequestView[] }>('/api/match-requests').catch(() => ({ items: [] as MatchRequestView[] }))
    : Promise.resolve({ items: [] as MatchRequestView[] })))
  const requests = computed(() => read.data.value?.items ?? [])
  const { refresh } = await read
  return { requests, refresh }
}

/** Asking staff to find a mentor, and closing a request. */
export function useMatchRequestCommands() {
  const api = useApi()
  return {
    /** the values as typed: "any" is left out */
    ask: (body: { stage?: string, industry?: string, cityCode?: string, text: string }) => api('/api/match-requests', { method: 'POST', body }),
    close: (id: string) => api(`/api/match-requests/${id}/close`, { method: 'POST' }),
  }
}
