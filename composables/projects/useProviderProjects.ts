import type { ProjectInput } from '#shared/schemas/project'
import type { ProjectDashboardRow } from '#shared/types/project'

/** A provider's own projects, and sending one for review or taking it back. */
export async function useProviderProjects() {
  const api = useApi()
  const { data: projects, refresh } = await useAsyncData('provider-projects', () => api<ProjectDashboardRow[]>('/api/provider/projects'), { default: () => [] as ProjectDashboardRow[] })
  async function act(id: string, action: 'submit' | 'withdraw') {
    await api(`/api/projects/${id}/${action}`, { method: 'POST' })
    await refresh()
  }
  return { projects, act }
}

/** One of the provider's projects as its form edits it; null when it is not theirs. */
export function useProviderProject(id: string) {
  const api = useApi()
  return useAsyncData(`provider-project-${id}`, () => api<ProjectInput & { id: string }>(`/api/provider/projects/${encodeURIComponent(id)}`).catch(() => null))
}

/** Creating and saving a provider's project. */
export function useProjectCommands() {
  const api = useApi()
  return {
    create: (input: ProjectInput) => api('/api/projects', { method: 'POST', body: input }),
    update: (id: string, input: ProjectInput) => api(`/api/projects/${id}`, { method: 'PATCH', body: input }),
  }
}
