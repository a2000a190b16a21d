import { z } from 'zod'
import { CASE_STATUSES, LEGAL_FORMS } from '../utils/cases'
import { SERVICE_STAGE_CODES } from '../utils/stages'
import { boolParam, oneOf, optionalText, pageParam, text } from './common'

const legalForm = oneOf(LEGAL_FORMS)

/**
 * POST /api/cases — from a library project `{ projectId, legalForm? }`, or from an own idea
 * `{ idea: { title, category, city }, legalForm }`.
 */
export const caseCreateSchema = z.union([
  z.object({ projectId: z.uuid('validation.invalid'), legalForm: legalForm.optional() }),
  z.object({
    idea: z.object({ title: text(4, 60), category: text(1, 40), city: text(1, 40).nullish().transform(v => v ?? null) }),
    legalForm,
  }),
], { error: 'validation.invalid' })
export type CaseCreateInput = z.infer<typeof caseCreateSchema>

/** POST /api/cases/:id/stages/:stage { action, reason? } — mark a stage done, skip it (with why), or take it up again. */
export const stageActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('complete') }),
  z.object({ action: z.literal('reopen') }),
  z.object({ action: z.literal('skip'), reason: text(4, 300, { multiline: true }) }),
], { error: 'validation.invalid' })
export type StageActionInput = z.infer<typeof stageActionSchema>

export const stageParamSchema = z.object({ id: z.uuid('validation.invalid'), stage: z.string().transform(s => s.toUpperCase()).pipe(oneOf(SERVICE_STAGE_CODES)) })

/** POST /api/cases/:id/close and /abandon */
export const caseCloseSchema = z.object({ reason: text(4, 300, { multiline: true }) })

/** POST /api/cases/:id/comments — on the case, or on a section of a plan version */
export const caseCommentSchema = z.object({
  body: text(2, 2000, { multiline: true }),
  planVersion: z.number({ error: 'validation.invalid' }).int('validation.invalid').min(1, 'validation.minValue').optional(),
  section: optionalText(60),
})

/**
 * POST /api/cases/:id/adviser — the owner invites a mentor; staff assign one (a mentor or a staff
 * member). The person is named by their account (`userId`) or, for a mentor chosen from the
 * directory, by their mentor profile (`mentorId`).
 */
export const adviserSchema = z.union([
  z.object({ userId: z.uuid('validation.invalid') }),
  z.object({ mentorId: z.uuid('validation.invalid') }),
], { error: 'validation.required' })
export type AdviserInput = z.infer<typeof adviserSchema>

/** Optional on bookings, match requests and enquiries: made from inside this case. */
export const caseRefSchema = z.uuid('validation.invalid').optional()

/** GET /api/staff/cases */
export const staffCaseQuerySchema = z.object({
  city: z.string().max(40, 'validation.maxChars').optional(),
  stage: z.string().transform(s => s.toUpperCase()).pipe(oneOf(SERVICE_STAGE_CODES)).optional(),
  status: oneOf(CASE_STATUSES).optional(),
  stalled: boolParam,
  help: boolParam,
  page: pageParam(),
})
export type StaffCaseQuery = z.infer<typeof staffCaseQuerySchema>
