import { z } from 'zod'
import { intParam } from './common'
import { businessPlanSchema } from './plan'

/** PUT /api/cases/:id/plan — the draft, saved on top of the revision it was loaded as. */
export const planSaveSchema = z.object({
  baseVersion: z.number({ error: 'validation.required' }).int('validation.invalid').min(0, 'validation.minValue'),
  plan: businessPlanSchema,
  /** the prefilled field paths the person has not confirmed yet */
  prefilled: z.array(z.string().max(120, 'validation.maxChars')).max(500, 'validation.maxItems').optional(),
})
export type PlanSaveInput = z.infer<typeof planSaveSchema>

/** ?version= of a frozen version (absent: the draft) */
export const planDocumentQuerySchema = z.object({
  version: intParam(1, 1000).optional(),
})
