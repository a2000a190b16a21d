import type { OrganisationInput, RuleFigures, RuleSetWrite } from '#shared/schemas/loan-admin'
import type { LoanReferenceForAdmin } from '#shared/types/loan'

/** Administrators: the loan rules' versions, the holiday calendar and the LPR fixings. */
export function useLoanReference() {
  const api = useApi()
  return useAsyncData('admin-loan-rules', () => api<LoanReferenceForAdmin>('/api/admin/loan-rules'))
}

/** Administrators' changes to the loan reference data. */
export function useLoanAdminCommands() {
  const api = useApi()
  return {
    createVersion: (input: RuleSetWrite) => api('/api/admin/loan-rules', { method: 'POST', body: input }),
    saveYear: (year: number, input: { source: string, publishedOn: string | null, sample: boolean, holidays: string[], workdays: string[] }) => api(`/api/admin/holidays/${year}`, { method: 'PUT', body: input }),
    addLpr: (input: { publishedOn: string, oneYearBp: number, fiveYearBp: number, source: string, sample: boolean }) => api('/api/admin/lpr', { method: 'POST', body: input }),
  }
}

export type RuleFigureKey = keyof Required<RuleFigures>

/** How each rule figure is typed and shown: money in yuan (kept in fen), shares and spreads in per cent (kept in bp), counts as they are. */
export const RULE_FIGURE_UNITS: Record<RuleFigureKey, 'yuan' | 'pct' | 'n'> = {
  individualMax: 'yuan', partnershipUpliftBp: 'pct', partnershipMaxTotal: 'yuan', enterpriseMax: 'yuan',
  termIndividual: 'n', termPartnership: 'n', termEnterprise: 'n', maxSpreadBp: 'pct', subsidyShareBp: 'pct',
  ageMin: 'n', ageMax: 'n', earlierLoansMax: 'n', newHireShareBp: 'pct', largeAbove: 'n', largeNewHireShareBp: 'pct',
  extensionMaxCount: 'n', extensionMaxMonths: 'n', timeEligibility: 'n', timeNotice: 'n', timeGuarantor: 'n', timeBank: 'n', timeWholePath: 'n',
  makerCheckerAbove: 'yuan', smallAmountWaiverMax: 'yuan',
}

/** The guarantee institutions and banks (for granting an officer role). */
export function useOrganisations() {
  const api = useApi()
  return useAsyncData('admin-organisations', () => api<AdminOrganisation[]>('/api/admin/organisations'), { default: () => [] as AdminOrganisation[] })
}

export interface AdminOrganisation {
  id: string
  kind: 'GUARANTOR' | 'BANK' | 'INSTITUTION'
  nameZh: string
  nameEn: string
  cityCodes: string[]
  officers: number
}

/** An administrator adds a guarantee institution, bank or training institution, or renames one and changes its cities. */
export function useOrganisationCommands() {
  const api = useApi()
  return {
    create: (input: OrganisationInput) => api<{ id: string }>('/api/admin/organisations', { method: 'POST', body: input }),
    update: (id: string, input: Omit<OrganisationInput, 'kind'>) => api<{ id: string }>(`/api/admin/organisations/${id}`, { method: 'PATCH', body: input }),
  }
}
