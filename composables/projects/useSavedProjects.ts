import type { ProjectListItem } from '#shared/types/project'

/** The signed-in person's saved projects (none when signed out), and saving or unsaving one. */
export async function useSavedProjects() {
  const api = useApi()
  const { user } = useAuth()
  const { data: saved, refresh } = await useAsyncData(
    'saved-projects',
    () => (user.value ? api<ProjectListItem[]>('/api/saved-projects') : Promise.resolve([] as ProjectListItem[])),
    { default: () => [] as ProjectListItem[], dedupe: 'defer' },
  )
  const isSaved = (id: string) => saved.value.some(p => p.id === id)
  async function toggle(id: string) {
    await api(`/api/projects/${id}/save`, { method: isSaved(id) ? 'DELETE' : 'POST' })
    await refresh()
  }
  return { saved, isSaved, toggle }
}
