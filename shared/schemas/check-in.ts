import { z } from 'zod'
import { CHECK_IN_STATUSES, HELP_KINDS, REVENUE_BAND_CODES } from '../utils/follow-up'
import { int, oneOf, optionalText } from './common'

/**
 * One answer to a follow-up check-in (跟踪扶持 回访). The business says whether it is trading,
 * paused or closed, how many people work in it (the owner included), its monthly revenue band
 * and what help it needs.
 *
 * - CLOSED needs a reason; the revenue band is asked only of a business that has not closed.
 * - employees count the owner: 1–9999, and 0 only for a closed business.
 * - help: each kind once; OTHER needs a few words saying what.
 * Fields that do not apply to the answer come out as null.
 */
/** `help: { kinds, text }` (as the API contract writes it) is read as helpNeeded / helpOther. */
const helpAlias = (v: unknown) => {
  if (!v || typeof v !== 'object' || !('help' in v)) return v
  const { help, ...rest } = v as { help?: { kinds?: unknown, text?: unknown } | unknown[] }
  if (Array.isArray(help)) return { helpNeeded: help, ...rest }
  const h = (help ?? {}) as { kinds?: unknown, text?: unknown }
  return { helpNeeded: h.kinds ?? [], helpOther: h.text, ...rest }
}

export const checkInAnswerSchema = z.preprocess(helpAlias, z.object({
  status: z.enum(CHECK_IN_STATUSES, { error: 'validation.required' }),
  closedReason: optionalText(500, { multiline: true }),
  employees: int(0, 9999),
  revenueBand: oneOf(REVENUE_BAND_CODES).nullish().transform(v => v ?? null),
  helpNeeded: z.array(oneOf(HELP_KINDS))
    .max(HELP_KINDS.length, 'validation.maxItems')
    .refine(v => new Set(v).size === v.length, 'validation.invalid')
    .default([]),
  helpOther: optionalText(200),
}).superRefine((v, ctx) => {
  const closed = v.status === 'CLOSED'
  if (closed && !v.closedReason) ctx.addIssue({ code: 'custom', path: ['closedReason'], message: 'validation.reasonRequired' })
  if (!closed && v.employees === 0) ctx.addIssue({ code: 'custom', path: ['employees'], message: 'validation.employeesWithOwner' })
  if (!closed && !v.revenueBand) ctx.addIssue({ code: 'custom', path: ['revenueBand'], message: 'validation.required' })
  if (v.helpNeeded.includes('OTHER') && !v.helpOther) ctx.addIssue({ code: 'custom', path: ['helpOther'], message: 'validation.required' })
}).transform(v => ({
  ...v,
  closedReason: v.status === 'CLOSED' ? v.closedReason : null,
  revenueBand: v.status === 'CLOSED' ? null : v.revenueBand,
  helpOther: v.helpNeeded.includes('OTHER') ? v.helpOther : null,
})))
export type CheckInAnswerInput = z.input<typeof checkInAnswerSchema>
export type CheckInAnswer = z.infer<typeof checkInAnswerSchema>
