import type { Ref } from 'vue'
import type { ProjectDashboardRow } from '#shared/types/project'

const PAGE_SIZE = 20

/** Staff: the projects waiting for admission review, oldest first, a page at a time; and the decision. */
export async function useReviewQueue(page: Readonly<Ref<number>>) {
  const api = useApi()
  const read = useAsyncData('review-queue', () => api<{ items: ProjectDashboardRow[], total: number }>('/api/staff/projects', { query: { status: 'PENDING', page: page.value } }), { watch: [page] })
  // reactive state is made before the await, inside the component's scope
  const pages = computed(() => Math.max(1, Math.ceil((read.data.value?.total ?? 0) / PAGE_SIZE)))
  const { data: queue, refresh } = await read
  async function review(id: string, decision: 'approve' | 'reject', reason: string) {
    await api(`/api/projects/${id}/review`, { method: 'POST', body: { decision, reason: reason || undefined } })
    await refresh()
  }
  return { queue, pages, review }
}
