import type { RiskAnswers } from '#shared/schemas/risk'
import type { RiskView } from '#shared/types/case'

/** Every risk assessment of a case (the latest first, each with what changed), and taking it again. */
export function useRiskAssessments(caseId: string) {
  const api = useApi()
  const path = `/api/cases/${encodeURIComponent(caseId)}/risk-assessment`
  const read = useAsyncData(`case-risk-${caseId}`, () => api<RiskView[]>(path).catch(() => null))
  return {
    read,
    assess: (answers: RiskAnswers) => api<RiskView>(path, { method: 'POST', body: { answers } }),
  }
}
