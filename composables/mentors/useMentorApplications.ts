import type { Ref } from 'vue'
import type { MentorProfile } from '#shared/types/mentor'
import type { MentorStatusCode } from '#shared/utils/mentors'

export type MentorApplication = MentorProfile & { email: string, userName: string, createdAt: string }

/**
 * Staff: the mentor applications in one vetting state, oldest first; and approving or rejecting
 * one. The page reloads the queue once it has said what happened (the application leaves the list).
 */
export async function useMentorApplications(status: Readonly<Ref<MentorStatusCode>>) {
  const api = useApi()
  const { data: applications, refresh, error } = await useAsyncData('staff-mentor-queue', () => api<{ items: MentorApplication[] }>('/api/staff/mentors', { query: { status: status.value } }), { watch: [status] })
  const review = (id: string, decision: 'approve' | 'reject', reason: string) => api(`/api/staff/mentors/${id}/review`, { method: 'POST', body: { decision, reason } })
  return { applications, error, refresh, review }
}
