import type { ProjectEvaluationInput, ProjectRecommendInput } from '#shared/schemas/project'

/** Mentors and staff on a project: their own evaluation; staff: the recommendation. */
export function useProjectExpert(projectId: string) {
  const api = useApi()
  return {
    evaluate: (input: ProjectEvaluationInput) => api(`/api/projects/${projectId}/evaluation`, { method: 'PUT', body: input }),
    recommend: (input: ProjectRecommendInput) => api(`/api/projects/${projectId}/recommend`, { method: 'POST', body: input }),
  }
}
