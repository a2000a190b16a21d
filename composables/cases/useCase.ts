import type { AdviserInput, CaseCreateInput, StageActionInput } from '#shared/schemas/case'
import type { BookingView } from '#shared/types/booking'
import type { CaseCreated, CaseSummary, CaseView } from '#shared/types/case'
import type { ServiceStageCode } from '#shared/utils/stages'

/** One case the signed-in person may see (owner, adviser, invited mentor, staff of its city); null otherwise. */
export function useCase(id: string) {
  const api = useApi()
  return useAsyncData(`case-${id}`, () => api<CaseView>(`/api/cases/${encodeURIComponent(id)}`).catch(() => null))
}

export interface MyCases {
  owned: CaseSummary[]
  advised: CaseSummary[]
  invitations: CaseSummary[]
}

/** The signed-in person's cases (the open one first), those they advise and their invitations to advise. */
export function useMyCases() {
  const api = useApi()
  return useAsyncData('my-cases', () => api<MyCases>('/api/cases/mine'), {
    default: (): MyCases => ({ owned: [], advised: [], invitations: [] }),
  })
}

/** The signed-in person's open case as its owner sees it (adviser, invitation, actions), or null: what a mentor page's invitation needs. */
export function useOpenCase() {
  const api = useApi()
  const { user } = useAuth()
  return useAsyncData('my-open-case', async () => {
    // a visitor without a session has no case (and asks nothing)
    if (!user.value) return null
    const { owned } = await api<MyCases>('/api/cases/mine')
    const open = owned.find(c => c.status === 'OPEN')
    return open ? api<CaseView>(`/api/cases/${encodeURIComponent(open.id)}`) : null
  }, { default: () => null })
}

/** Changes to a case; each answers the case as it is now (or what its route answers). */
export function useCaseCommands(id?: string) {
  const api = useApi()
  const path = (rest = '') => `/api/cases/${encodeURIComponent(id ?? '')}${rest}`
  return {
    create: (input: CaseCreateInput) => api<CaseCreated>('/api/cases', { method: 'POST', body: input }),
    stage: (stage: ServiceStageCode, input: StageActionInput) => api<CaseView>(path(`/stages/${stage.toLowerCase()}`), { method: 'POST', body: input }),
    end: (action: 'close' | 'abandon', reason: string) => api<CaseView>(path(`/${action}`), { method: 'POST', body: { reason } }),
    comment: (body: { body: string, planVersion?: number, section?: string }) => api<{ id: string }>(path('/comments'), { method: 'POST', body }),
    resolve: (commentId: string) => api<{ ok: true }>(path(`/comments/${commentId}/resolve`), { method: 'POST' }),
    adviser: (who: AdviserInput) => api<{ adviser: 'assigned' | 'invited' }>(path('/adviser'), { method: 'POST', body: who }),
    answerInvitation: (accept: boolean) => api<{ ok: true }>(path(`/adviser/${accept ? 'accept' : 'decline'}`), { method: 'POST' }),
  }
}

/** Mentors the person has booked (accepted or done): they can become the case's adviser at once. */
export function useAdviserCandidates() {
  const api = useApi()
  return useAsyncData('case-adviser-candidates', async () => {
    const { items } = await api<{ items: BookingView[] }>('/api/bookings', { query: { as: 'entrepreneur', when: 'all' } })
    const seen = new Map<string, { id: string, name: string }>()
    for (const b of items) if (['ACCEPTED', 'COMPLETED'].includes(b.status)) seen.set(b.mentor.id, { id: b.mentor.id, name: b.mentor.name })
    return [...seen.values()]
  }, { default: () => [] as { id: string, name: string }[] })
}
