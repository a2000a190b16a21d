import type { EnquiryMessageInput } from '#shared/schemas/engagement'
import type { EnquiryThread } from '#shared/types/project'

/** The signed-in person's enquiry threads (asked as an entrepreneur, or received as a provider), and replying. */
export async function useEnquiries() {
  const api = useApi()
  const { data: threads, refresh } = await useAsyncData('enquiries', () => api<EnquiryThread[]>('/api/enquiries'), { default: () => [] as EnquiryThread[] })
  async function reply(threadId: string, input: EnquiryMessageInput) {
    await api(`/api/enquiries/${threadId}/messages`, { method: 'POST', body: input })
    await refresh()
  }
  return { threads, reply }
}

/** Asks a project's provider a question (it starts a thread). */
export function useAskProvider(projectId: string) {
  const api = useApi()
  return (input: EnquiryMessageInput) => api(`/api/projects/${projectId}/enquiries`, { method: 'POST', body: input })
}
