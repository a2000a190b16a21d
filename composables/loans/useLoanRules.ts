import type { ApplicantType, Bilingual, LoanStepCode } from '#shared/utils/loan-codes'

/** GET /api/loans/rules: the rules in force today, as the loan page and the forms explain them. */
export interface LoanRulesSummary {
  version: string
  effectiveFrom: string
  source: string
  sample: boolean
  categories: { code: string, name: Bilingual, proof: Bilingual | null }[]
  age: { min: number, max: number }
  amounts: { individual: number, partnershipUpliftBp: number, partnershipMaxTotal: number | null, enterprise: number }
  terms: Record<ApplicantType, number>
  rate: { capBp: number, lprBp: number, maxSpreadBp: number, lprPublishedOn: string, lprSample: boolean }
  subsidy: { shareBp: number, bp: number }
  earlierLoansMax: number
  otherLoansAllowed: string[]
  timeLimits: Record<LoanStepCode | 'wholePath', number>
  waivers: { code: string, name: Bilingual, for: string[], maxAmount: number | null }[]
  documents: { code: string, name: Bilingual, for: string[], withCounterGuarantee: boolean, heldByPlatform: boolean }[]
}

/** The rules in force today (one read per visit, shared by the loan page and the application form). */
export function useLoanRules() {
  const api = useApi()
  return useAsyncData('loan-rules', () => api<LoanRulesSummary>('/api/loans/rules'), { dedupe: 'defer' })
}
