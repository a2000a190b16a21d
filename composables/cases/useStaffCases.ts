import type { Ref } from 'vue'
import type { StaffCaseRow } from '#shared/types/case'

export interface StaffCaseQueryParams {
  city?: string
  stage?: string
  status?: string
  stalled?: string
  help?: string
  page?: number
}

/** Staff: the cases of their cities, filtered by city, stage, status, stalled and help needed; 50 a page. */
export function useStaffCases(query: Readonly<Ref<StaffCaseQueryParams>>) {
  const api = useApi()
  return useAsyncData('staff-cases', () => api<{ items: StaffCaseRow[], total: number, page: number, pageSize: number }>('/api/staff/cases', { query: query.value }), { watch: [query] })
}
