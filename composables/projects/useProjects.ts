import type { Ref } from 'vue'
import type { ProjectDetail, ProjectListItem, ProjectListResponse } from '#shared/types/project'

/** The project library page: the list, its facet counts and pages for a query held in the URL. */
export function useProjects(query: Readonly<Ref<Record<string, string | number | undefined>>>) {
  const api = useApi()
  return useAsyncData('projects', () => api<ProjectListResponse>('/api/projects', { query: query.value }), { watch: [query] })
}

/** A published project (or one its provider or staff may see), with related projects; null when there is none. */
export function useProject(slug: string) {
  const api = useApi()
  return useAsyncData(`project-${slug}`, () => api<ProjectDetail & { related: ProjectListItem[] }>(`/api/projects/${encodeURIComponent(slug)}`).catch(() => null))
}
