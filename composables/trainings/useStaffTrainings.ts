import type { Ref } from 'vue'
import type { OfferingCreateInput } from '#shared/schemas/training'
import type { ManagedOffering, OfferingView, SubsidyRow } from '#shared/types/training'

/** Staff's side of trainings and events: the sessions they manage, the form's options, the subsidy list, and the commands. */
export function useManagedOfferings() {
  const api = useApi()
  return useAsyncData('managed-offerings', () => api<ManagedOffering[]>('/api/trainer/sessions'), { default: () => [] as ManagedOffering[] })
}

export interface TrainingOptions {
  institutions: { id: string, name: { 'zh-CN': string, 'en': string }, cityCodes: string[] }[]
  trainers: { id: string, name: string, institutionId: string | null }[]
}

export function useTrainingOptions() {
  const api = useApi()
  return useAsyncData('training-options', () => api<TrainingOptions>('/api/staff/training-options'), { default: (): TrainingOptions => ({ institutions: [], trainers: [] }) })
}

export interface CourseOption {
  id: string
  code: string
  programme: string
  title: { 'zh-CN': string, 'en': string }
  requiredMinutes: number | null
}

export function useCourses() {
  const api = useApi()
  return useAsyncData('courses', () => api<CourseOption[]>('/api/courses'), { default: () => [] as CourseOption[] })
}

export function useTrainingSubsidies(query: Readonly<Ref<{ institution?: string, month?: string }>>) {
  const api = useApi()
  return useAsyncData('training-subsidies', () => api<SubsidyRow[]>('/api/staff/training-subsidies', { query: query.value }), { watch: [query], default: () => [] as SubsidyRow[] })
}

export function useOfferingCommands() {
  const api = useApi()
  return {
    create: (input: OfferingCreateInput) => api<{ id: string, status: string }>('/api/staff/offerings', { method: 'POST', body: input }),
    publish: (id: string) => api<OfferingView>(`/api/staff/offerings/${id}/publish`, { method: 'POST' }),
    cancel: (id: string) => api<OfferingView>(`/api/staff/offerings/${id}/cancel`, { method: 'POST' }),
  }
}
