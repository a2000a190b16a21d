import { toZonedIso } from '#shared/utils/zoned-time'
import type { AwardResults, AwardRoundCard, AwardRoundView, HeldVote, NominationCreated, NominationView, ReviewAssignment, ReviewerCandidate, StaffRoundView, VoteResult } from '#shared/types/award'
import type { AwardRoundCreateInput, AwardRoundPatchInput, HeldVoteDecisionInput, NominationCreateInput, ObjectionCreateInput, ObjectionDecisionInput, ScoreInput } from '#shared/schemas/award'

/** The pioneer award (创业先锋评选): the rounds, one round, its results, a nomination, and the commands. */
export function useAwardRounds() {
  const api = useApi()
  return useAsyncData('award-rounds', () => api<AwardRoundCard[]>('/api/awards'), { default: () => [] as AwardRoundCard[] })
}

/** One round as the viewer sees it; null when there is none. */
export function useAwardRound(id: string) {
  const api = useApi()
  return useAsyncData(`award-round-${id}`, () => api<AwardRoundView>(`/api/awards/${encodeURIComponent(id)}`).catch(() => null))
}

/** The published results; null before they are published. */
export function useAwardResults(id: string) {
  const api = useApi()
  return useAsyncData(`award-results-${id}`, () => api<AwardResults>(`/api/awards/${encodeURIComponent(id)}/results`).catch(() => null))
}

export function useNomination(id: string) {
  const api = useApi()
  return useAsyncData(`nomination-${id}`, () => api<NominationView>(`/api/nominations/${encodeURIComponent(id)}`).catch(() => null))
}

export function useMyReviews() {
  const api = useApi()
  return useAsyncData('award-reviews-mine', () => api<ReviewAssignment[]>('/api/nominations/reviewing'), { default: () => [] as ReviewAssignment[] })
}

/** What a person does in a round. */
export function useAwardCommands() {
  const api = useApi()
  return {
    nominate: (roundId: string, input: NominationCreateInput) => api<NominationCreated>(`/api/awards/${roundId}/nominations`, { method: 'POST', body: input }),
    vote: (roundId: string, nominationId: string) => api<VoteResult>(`/api/awards/${roundId}/votes`, { method: 'POST', body: { nominationId } }),
    object: (roundId: string, input: ObjectionCreateInput) => api<{ id: string }>(`/api/awards/${roundId}/objections`, { method: 'POST', body: input }),
    confirm: (id: string) => api<NominationCreated>(`/api/nominations/${id}/confirm`, { method: 'POST' }),
    withdraw: (id: string) => api<NominationCreated>(`/api/nominations/${id}/withdraw`, { method: 'POST' }),
    score: (id: string, input: ScoreInput) => api<{ id: string, total: number, percent: number }>(`/api/nominations/${id}/score`, { method: 'PUT', body: input }),
  }
}

export function useStaffAwardRounds() {
  const api = useApi()
  return useAsyncData('staff-award-rounds', () => api<AwardRoundCard[]>('/api/staff/awards'), { default: () => [] as AwardRoundCard[] })
}

export function useStaffAwardRound(id: string) {
  const api = useApi()
  return useAsyncData(`staff-award-round-${id}`, () => api<StaffRoundView>(`/api/staff/awards/${encodeURIComponent(id)}`).catch(() => null))
}

export function useHeldVotes(id: string) {
  const api = useApi()
  return useAsyncData(`staff-award-held-${id}`, () => api<HeldVote[]>(`/api/staff/awards/${encodeURIComponent(id)}/votes`, { query: { status: 'HELD' } }), { default: () => [] as HeldVote[] })
}

/** What staff do with a round. */
export function useAwardStaffCommands() {
  const api = useApi()
  return {
    create: (input: AwardRoundCreateInput) => api<{ id: string }>('/api/staff/awards', { method: 'POST', body: input }),
    patch: (id: string, input: AwardRoundPatchInput) => api<{ id: string }>(`/api/staff/awards/${id}`, { method: 'PATCH', body: input }),
    advance: (id: string, reason: string) => api<{ id: string, phase: string }>(`/api/staff/awards/${id}/advance`, { method: 'POST', body: { reason } }),
    candidates: (nominationId: string) => api<ReviewerCandidate[]>(`/api/staff/nominations/${nominationId}/reviewer-candidates`),
    assign: (nominationId: string, userId: string) => api<{ id: string }>(`/api/staff/nominations/${nominationId}/reviewers`, { method: 'POST', body: { userId } }),
    decideObjection: (id: string, input: ObjectionDecisionInput) => api<{ id: string }>(`/api/staff/award-objections/${id}/decision`, { method: 'POST', body: input }),
    decideVote: (id: string, input: HeldVoteDecisionInput) => api<{ id: string }>(`/api/staff/award-votes/${id}/decision`, { method: 'POST', body: input }),
  }
}

/** A round's or category's name in the page's language. */
export function useAwardNames() {
  const { locale } = useI18n()
  const en = () => locale.value === 'en'
  return {
    title: (r: { titleZh: string, titleEn: string }) => (en() ? r.titleEn : r.titleZh),
    category: (c: { nameZh: string, nameEn: string } | undefined, code = '') => (c ? (en() ? c.nameEn : c.nameZh) : code),
    summary: (r: { summaryZh: string, summaryEn: string }) => (en() ? r.summaryEn : r.summaryZh),
  }
}

/** A round's window as typed in a datetime-local field (Beijing wall clock) and back to an instant with its offset. */
export function useBeijingInput() {
  return {
    toInput: (iso: string) => toZonedIso(new Date(iso)).slice(0, 16),
    toInstant: (v: string) => (v ? `${v.length === 16 ? `${v}:00` : v}+08:00` : ''),
  }
}

/** The round form's fields as typed (staff): windows as Beijing wall-clock times. */
export interface RoundFieldState {
  titleZh: string
  titleEn: string
  nominationOpensAt: string
  nominationClosesAt: string
  reviewClosesAt: string
  votingOpensAt: string
  votingClosesAt: string
  noticeDays: string
  expertsWeight: string
}
