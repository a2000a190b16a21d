import type { Ref } from 'vue'
import type { MentorDetail, MentorListResponse, SlotResponse } from '#shared/types/mentor'

/** The mentor directory: the list, its facet counts and pages for a query held in the URL. */
export function useMentors(query: Readonly<Ref<Record<string, string | number | undefined>>>) {
  const api = useApi()
  return useAsyncData('mentors', () => api<MentorListResponse>('/api/mentors', { query: query.value }), { watch: [query] })
}

/** One approved mentor's public page; null when there is none. */
export function useMentor(id: string) {
  const api = useApi()
  return useAsyncData(`mentor-${id}`, () => api<MentorDetail>(`/api/mentors/${encodeURIComponent(id)}`).catch(() => null))
}

/** A mentor's free slots for the next 30 days (Beijing time), as the booking form offers them. */
export function useMentorSlots(mentorId: string) {
  const api = useApi()
  return useAsyncData(`mentor-slots-${mentorId}`, () => api<SlotResponse>(`/api/mentors/${mentorId}/slots`))
}

/** A mentor's free slots between two calendar days (inclusive), read once. */
export function useSlotReader() {
  const api = useApi()
  return (mentorId: string, from: string, to: string) => api<SlotResponse>(`/api/mentors/${mentorId}/slots`, { query: { from, to } }).then(r => r.slots)
}

/** Staff looking for a mentor to suggest: the directory's own search, ten at a time. */
export function useMentorSearch() {
  const api = useApi()
  return (query: { q?: string, stage?: string, industry?: string, city?: string }) => api<MentorListResponse>('/api/mentors', { query: { ...query, pageSize: 10 } })
}
