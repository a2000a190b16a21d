import type { Ref } from 'vue'
import type { CertificatePublic, CheckInCode, EnrolResult, OfferingKindCode, OfferingList, OfferingView, RosterRow, LessonView } from '#shared/types/training'

/** Training sessions and events: the faceted list, one session, and what a person does with a place. */
const base = (kind: OfferingKindCode) => (kind === 'EVENT' ? '/api/events' : '/api/trainings')

export function useOfferings(kind: OfferingKindCode, query: Readonly<Ref<Record<string, string | number | undefined>>>) {
  const api = useApi()
  return useAsyncData(`offerings-${kind}`, () => api<OfferingList>(base(kind), { query: query.value }), { watch: [query] })
}

/** One session or event; null when there is none (or it is not published). */
export function useOffering(kind: OfferingKindCode, id: string) {
  const api = useApi()
  return useAsyncData(`offering-${id}`, () => api<OfferingView>(`${base(kind)}/${encodeURIComponent(id)}`).catch(() => null))
}

/** The commands of the enrolment engine, as a person takes them. */
export function useEnrolment() {
  const api = useApi()
  return {
    enrol: (sessionId: string, category: string | null) => api<EnrolResult>(`/api/sessions/${sessionId}/enrolments`, { method: 'POST', body: { category } }),
    withdraw: (enrolmentId: string) => api<{ id: string, status: string }>(`/api/enrolments/${enrolmentId}`, { method: 'DELETE' }),
    answer: (enrolmentId: string, decision: 'accept' | 'decline') => api<{ id: string, status: string }>(`/api/enrolments/${enrolmentId}/offer/${decision}`, { method: 'POST' }),
    checkIn: (lessonId: string, code: string) => api<{ lessonId: string, at: string }>(`/api/lessons/${lessonId}/check-in`, { method: 'POST', body: { code } }),
  }
}

/** A certificate as anyone may check it; null for an unknown code. */
export function useCertificate(code: string) {
  const api = useApi()
  return useAsyncData(`certificate-${code}`, () => api<CertificatePublic>(`/api/certificates/${encodeURIComponent(code)}`).catch(() => null))
}

/** The trainer's desk for one session: roster, the room screen's code, completion. */
export function useTrainerSession(id: string) {
  const api = useApi()
  const roster = useAsyncData(`roster-${id}`, () => api<{ rows: RosterRow[], lessons: LessonView[] }>(`/api/sessions/${id}/roster`).catch(() => null))
  return {
    roster,
    code: (lessonId: string) => api<CheckInCode & { qrSvg: string }>(`/api/lessons/${lessonId}/check-in-code`),
    mark: (lessonId: string, enrolmentId: string, reason: string) => api(`/api/lessons/${lessonId}/attendance`, { method: 'POST', body: { enrolmentId, reason } }),
    complete: () => api<{ completed: number, notCompleted: number }>(`/api/sessions/${id}/complete`, { method: 'POST' }),
  }
}

/** The next `n` sessions or events (the home page), soonest first: a first page of `n`, not of twenty, and no facet counts. */
export function useUpcomingOfferings(kind: OfferingKindCode, n: number) {
  const api = useApi()
  return useAsyncData(`offerings-upcoming-${kind}-${n}`, () => api<OfferingList>(base(kind), { query: { pageSize: n, facets: 'false' } }).then(r => r.items).catch(() => []), { default: () => [] })
}
