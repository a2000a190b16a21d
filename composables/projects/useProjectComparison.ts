import type { ProjectComparisonRow } from '#shared/types/project'

// its own file, as useProjectPolicies: the basket's cookie code loads with the comparison page, not with the list
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
