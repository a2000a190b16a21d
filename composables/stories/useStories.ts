import type { Ref } from 'vue'
import type { StoryInput, StoryReviewInput } from '#shared/schemas/story'
import type { StoryList, StoryQueue, StoryRow, StoryView } from '#shared/types/story'
import type { CaseOutcomes, OutcomeFigure } from '#shared/utils/outcomes'

/** Success stories: the faceted list, one story, the author's own, the staff queue, and what each does. */
export function useStories(query: Readonly<Ref<Record<string, string | number | undefined>>>, key = 'stories') {
  const api = useApi()
  return useAsyncData(key, () => api<StoryList>('/api/stories', { query: query.value }), { watch: [query] })
}

/** One story as the viewer may see it; null when there is none (or it is not theirs to see). */
export function useStory(slug: string) {
  const api = useApi()
  return useAsyncData(`story-${slug}`, () => api<StoryView>(`/api/stories/${encodeURIComponent(slug)}`).catch(() => null))
}

export function useMyStories() {
  const api = useApi()
  return useAsyncData('my-stories', () => api<StoryRow[]>('/api/stories/mine'), { default: (): StoryRow[] => [] })
}

export function useStoryQueue(status: Readonly<Ref<string>>, page: Readonly<Ref<number>>) {
  const api = useApi()
  return useAsyncData('story-queue', () => api<StoryQueue>('/api/staff/stories', { query: { status: status.value, page: page.value > 1 ? page.value : undefined } }), { watch: [status, page] })
}

/** What a case has recorded, for the story form's figure choice (null: no case chosen or not readable). */
export function useCaseOutcomes(caseId: Readonly<Ref<string | null>>) {
  const api = useApi()
  return useAsyncData(
    () => `case-outcomes-${caseId.value ?? 'none'}`,
    () => (caseId.value ? api<{ outcomes: CaseOutcomes, recorded: OutcomeFigure[] }>(`/api/cases/${encodeURIComponent(caseId.value)}/outcomes`).catch(() => null) : Promise.resolve(null)),
    { watch: [caseId] },
  )
}

export function useStoryCommands() {
  const api = useApi()
  const path = (id: string, rest = '') => `/api/stories/${encodeURIComponent(id)}${rest}`
  return {
    create: (input: StoryInput) => api<{ id: string, slug: string, status: string }>('/api/stories', { method: 'POST', body: input }),
    update: (id: string, input: StoryInput) => api<{ id: string, slug: string, status: string }>(path(id), { method: 'PATCH', body: input }),
    submit: (id: string) => api(path(id, '/submit'), { method: 'POST' }),
    withdraw: (id: string) => api(path(id, '/withdraw'), { method: 'POST' }),
    figures: (id: string, figures: OutcomeFigure[]) => api(path(id, '/figures'), { method: 'PUT', body: { figures } }),
    review: (id: string, input: StoryReviewInput) => api(path(id, '/review'), { method: 'POST', body: input }),
    feature: (id: string, featured: boolean) => api(path(id, '/feature'), { method: 'POST', body: { featured } }),
  }
}
