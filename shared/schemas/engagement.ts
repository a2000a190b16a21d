import { z } from 'zod'

export const enquiryMessageSchema = z.object({
  body: z.string({ error: 'validation.required' }).trim().min(2, 'validation.required').max(1000, 'validation.tooLong'),
})
export type EnquiryMessageInput = z.infer<typeof enquiryMessageSchema>

export const enquiryIdParamSchema = z.object({ id: z.uuid('validation.invalid') })

export const compareQuerySchema = z.object({
  ids: z.string({ error: 'validation.required' }).max(400, 'validation.tooLong')
    .transform(v => [...new Set(v.split(',').map(s => s.trim()).filter(Boolean))])
    .pipe(z.array(z.uuid('validation.invalid')).min(1, 'validation.required').max(3, 'validation.tooLong')),
})
