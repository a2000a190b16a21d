import { z } from 'zod'
import { idParamSchema, text } from './common'
import { caseRefSchema } from './case'

export const enquiryMessageSchema = z.object({
  body: text(2, 1000, { multiline: true }),
  /** asked from inside the person's one-stop case (a new thread only) */
  caseId: caseRefSchema,
})
export type EnquiryMessageInput = z.infer<typeof enquiryMessageSchema>

export const enquiryIdParamSchema = idParamSchema

export const compareQuerySchema = z.object({
  ids: z.string({ error: 'validation.required' }).max(400, 'validation.maxChars')
    .transform(v => [...new Set(v.split(',').map(s => s.trim()).filter(Boolean))])
    .pipe(z.array(z.uuid('validation.invalid')).min(1, 'validation.required').max(3, 'validation.maxItems')),
})
