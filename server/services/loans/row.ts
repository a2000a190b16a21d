import type { LoanRuleSet } from '#shared/data/loan-rules'
import type { LegalFormCode } from '#shared/utils/cases'
import { counterGuaranteeRequired, requiredDocuments } from '#shared/utils/loans'
import type { Prisma } from '../../generated/prisma/client'

/** The application row as the loan services read it, and what its JSON holds. */
export const applicationSelect = {
  id: true, applicantId: true, caseId: true, status: true, applicantType: true, category: true, cityId: true, amount: true, termMonths: true,
  details: true, personalEnc: true, maskedName: true, prefilled: true, revision: true, ruleVersion: true, submittedAt: true, guarantorId: true, bankId: true,
  openSteps: true, stepDue: true, dueOn: true, noticeRef: true, noticeFrom: true, noticeTo: true, dueDiligenceFrom: true, decidedAt: true,
  disbursedOn: true, disbursedAmount: true, disbursedTermMonths: true, rateBp: true, repaymentMethod: true, firstDueOn: true, createdAt: true, updatedAt: true,
  city: { select: { code: true } },
} satisfies Prisma.LoanApplicationSelect
export type ApplicationRow = Prisma.LoanApplicationGetPayload<{ select: typeof applicationSelect }>

/** What the applicant typed besides the columns and the personal numbers (LoanApplication.details). */
export interface LoanDetails {
  purpose?: string
  business?: { legalForm?: LegalFormCode, name?: string, address?: string, openedOn?: string | null, plannedOn?: string | null, jobsCreated?: number }
  staff?: { total: number, newlyHiredEligible: number, onContractsOfYear: number }
  arrears?: boolean
  existingLoans?: string[]
  earlierLoans?: { count: number, anyOverdueOrUnpaid: boolean }
  waivers?: string[]
}

export const detailsOf = (row: { details: Prisma.JsonValue }): LoanDetails => (row.details ?? {}) as LoanDetails

/** The documents a row needs under its rules (for the checklist and the submission check). */
export function documentsNeeded(row: Pick<ApplicationRow, 'applicantType' | 'category' | 'amount' | 'details'>, rules: LoanRuleSet) {
  const waivers = (detailsOf(row).waivers ?? []) as Parameters<typeof counterGuaranteeRequired>[2]
  const cg = counterGuaranteeRequired(row.applicantType, row.amount ?? 0, waivers, rules)
  return { counterGuaranteeRequired: cg, documents: requiredDocuments(row.applicantType, row.applicantType === 'ENTERPRISE' ? null : row.category, cg, rules) }
}
