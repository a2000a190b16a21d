import { z } from 'zod'
import { POLICY_TAGS } from '../utils/content-taxonomy'

export const policyListQuerySchema = z.object({
  tag: z.enum(POLICY_TAGS, { error: 'validation.invalid' }).optional(),
  city: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'validation.invalid').optional(),
})
export type PolicyListQuery = z.infer<typeof policyListQuerySchema>

export const searchQuerySchema = z.object({
  // very long queries are trimmed, not refused
  q: z.string().default('').transform(s => s.trim().slice(0, 100)),
  type: z.enum(['project', 'mentor', 'policy', 'guide', 'news'], { error: 'validation.invalid' }).optional(),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
})
export type SearchQuery = z.infer<typeof searchQuerySchema>
