import { z } from 'zod'
import { CHECKLIST_ITEM_CODES, CHECKLIST_STATUSES, CREDIT_CODE_PREFIX, isValidCreditCode } from '../utils/opening-checklist'
import { LEGAL_FORMS } from '../utils/cases'
import { int, oneOf, optionalText, pastCalendarDate } from './common'

/**
 * 开业指导 payloads: one checklist item's progress, and the opening itself.
 */

/**
 * PUT one item of the opening checklist. DONE needs the day it was done (not in the future,
 * within five years); NOT_NEEDED needs the reason. Whether the item is on this case's
 * checklist is the service's check. Fields that do not apply come out as null.
 */
export const checklistItemUpdateSchema = z.object({
  code: oneOf(CHECKLIST_ITEM_CODES),
  status: z.enum(CHECKLIST_STATUSES, { error: 'validation.required' }),
  doneOn: pastCalendarDate.nullish(),
  reason: optionalText(300, { multiline: true }),
}).superRefine((v, ctx) => {
  if (v.status === 'DONE' && !v.doneOn) ctx.addIssue({ code: 'custom', path: ['doneOn'], message: 'validation.required' })
  if (v.status === 'NOT_NEEDED' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.reasonRequired' })
}).transform(v => ({
  code: v.code,
  status: v.status,
  doneOn: v.status === 'DONE' ? v.doneOn ?? null : null,
  reason: v.status === 'NOT_NEEDED' ? v.reason : null,
}))
export type ChecklistItemUpdateInput = z.input<typeof checklistItemUpdateSchema>
export type ChecklistItemUpdate = z.infer<typeof checklistItemUpdateSchema>

/**
 * A 统一社会信用代码 as typed, optional: spaces dropped, letters upper-cased, empty → null;
 * otherwise 18 characters with the GB 32100-2015 check character.
 */
export const optionalCreditCode = z.string({ error: 'validation.invalid' }).nullish()
  .transform(v => (v ?? '').replace(/\s+/g, '').toUpperCase() || null)
  .refine(v => v === null || isValidCreditCode(v), 'validation.creditCode')

/**
 * Recording the opening: the day (not in the future), the legal form, the people working in
 * it (the owner included, at least 1) and, optionally, the credit code from the licence, which
 * must fit the legal form (92… for an individual business, 91… for an enterprise).
 */
export const openingSchema = z.object({
  openedOn: pastCalendarDate,
  legalForm: z.enum(LEGAL_FORMS, { error: 'validation.required' }),
  employees: int(1, 9999),
  creditCode: optionalCreditCode,
}).superRefine((v, ctx) => {
  if (v.creditCode && !v.creditCode.startsWith(CREDIT_CODE_PREFIX[v.legalForm])) {
    ctx.addIssue({ code: 'custom', path: ['creditCode'], message: 'validation.creditCodeForm' })
  }
})
export type OpeningInput = z.input<typeof openingSchema>
export type Opening = z.infer<typeof openingSchema>
