import type { ChecklistItemUpdateInput, OpeningInput } from '#shared/schemas/opening'
import type { ChecklistState } from '#shared/utils/opening-checklist'
import type { CaseView } from '#shared/types/case'

/** The case's opening checklist (for its legal form, category and city), and the owner's progress and opening. */
export function useOpeningChecklist(caseId: string) {
  const api = useApi()
  const path = `/api/cases/${encodeURIComponent(caseId)}`
  const read = useAsyncData(`case-opening-${caseId}`, () => api<ChecklistState>(`${path}/opening-checklist`).catch(() => null))
  return {
    read,
    update: (item: ChecklistItemUpdateInput) => api<ChecklistState>(`${path}/opening-checklist/${item.code.toLowerCase()}`, { method: 'PATCH', body: { status: item.status, doneOn: item.doneOn, reason: item.reason } }),
    open: (input: OpeningInput) => api<CaseView>(`${path}/opening`, { method: 'POST', body: input }),
  }
}
