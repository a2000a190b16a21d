import type { Ref } from 'vue'
import type { ProjectComparisonRow, ProjectDetail, ProjectListItem, ProjectListResponse } from '#shared/types/project'

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

/** The projects in the comparison basket, side by side. */
export function useProjectComparison() {
  const api = useApi()
  const compare = useCompare()
  return useAsyncData(
    'compare',
    () => (compare.ids.value.length ? api<ProjectComparisonRow[]>('/api/project-compare', { query: { ids: compare.ids.value.join(',') } }) : Promise.resolve([] as ProjectComparisonRow[])),
    { watch: [compare.ids], default: () => [] as ProjectComparisonRow[] },
  )
}
