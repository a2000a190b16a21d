/** Codes of the one-stop case (Prisma enums CaseStatus, StageStatus, LegalForm); names in i18n (codes.*). */
export const CASE_STATUSES = ['OPEN', 'CLOSED', 'ABANDONED'] as const
export type CaseStatusCode = (typeof CASE_STATUSES)[number]

/** What the person did with a stage. */
export const STAGE_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'SKIPPED'] as const
export type StageStatusCode = (typeof STAGE_STATUSES)[number]

/** What a stage shows on the task list: the stored status, or "cannot start yet" when it waits for another. */
export type StageDisplayStatus = StageStatusCode | 'CANNOT_START'

/** 个体工商户 / 个人独资企业 / 合伙企业 / 有限责任公司 */
export const LEGAL_FORMS = ['INDIVIDUAL_BUSINESS', 'SOLE_PROPRIETORSHIP', 'PARTNERSHIP', 'LIMITED_COMPANY'] as const
export type LegalFormCode = (typeof LEGAL_FORMS)[number]

/** A case with no activity for this many days is stalled (staff see it first). */
export const STALLED_AFTER_DAYS = 30
