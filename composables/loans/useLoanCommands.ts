import type { DisbursementInput, LoanDecisionInput, LoanDraftInput, LoanPatchInput, RepaymentInput } from '#shared/schemas/loan'
import type { LoanFileView } from '#shared/types/loan'
import type { LoanStepCode } from '#shared/utils/loan-codes'

/** What the applicant does with an application: a draft, its documents, submission, withdrawal, an extension. */
export function useLoanApplicantCommands() {
  const api = useApi()
  return {
    create: (input: LoanDraftInput) => api<{ id: string, status: 'DRAFT' }>('/api/loans', { method: 'POST', body: input }),
    save: (id: string, input: LoanPatchInput) => api<{ id: string, revision: number }>(`/api/loans/${id}`, { method: 'PATCH', body: input }),
    upload(id: string, code: string, file: File) {
      const body = new FormData()
      body.set('code', code)
      body.set('file', file, file.name)
      return api<LoanFileView>(`/api/loans/${id}/documents`, { method: 'POST', body })
    },
    submit: (id: string) => api<{ id: string, status: string }>(`/api/loans/${id}/submit`, { method: 'POST' }),
    withdraw: (id: string, reason?: string) => api<{ id: string, status: string }>(`/api/loans/${id}/withdraw`, { method: 'POST', body: { reason: reason || undefined } }),
    requestExtension: (id: string, input: { months: number, reason: string }) => api(`/api/loans/${id}/extension`, { method: 'POST', body: input }),
  }
}

/** What reviewers do: a step's decision, the audited reveal, payout and repayments (the bank), extension and objections. */
export function useLoanReviewCommands() {
  const api = useApi()
  return {
    decide: (id: string, step: LoanStepCode, input: LoanDecisionInput) => api<{ status: string, awaitingSecondOfficer: boolean }>(`/api/loans/${id}/steps/${step}/decision`, { method: 'POST', body: input }),
    reveal: (id: string, reason: string) => api<{ idNumber: string | null, phone: string | null, partners: { realName: string, idNumber: string }[] }>(`/api/loans/${id}/reveal`, { method: 'POST', body: { reason } }),
    disburse: (id: string, input: DisbursementInput) => api<{ status: string }>(`/api/loans/${id}/disbursement`, { method: 'POST', body: input }),
    repay: (id: string, input: RepaymentInput) => api<{ status: string, outstanding: number }>(`/api/loans/${id}/repayments`, { method: 'POST', body: input }),
    decideExtension: (id: string, input: { approve: boolean, note?: string | null }) => api<{ status: string }>(`/api/loans/${id}/extension/decision`, { method: 'POST', body: input }),
    handleObjection: (id: string, objectionId: string, input: { outcome: 'dismissed' | 'upheld', note: string }) => api(`/api/loans/${id}/objections/${objectionId}`, { method: 'POST', body: input }),
  }
}
