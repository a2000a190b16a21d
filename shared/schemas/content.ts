import { z } from 'zod'
import { POLICY_TAGS } from '../utils/content-taxonomy'
import { pageParam, searchText } from './common'

export const policyListQuerySchema = z.object({
  tag: z.enum(POLICY_TAGS, { error: 'validation.invalid' }).optional(),
  city: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'validation.invalid').optional(),
})
export type PolicyListQuery = z.infer<typeof policyListQuerySchema>

export const searchQuerySchema = z.object({
  q: searchText,
  type: z.enum(['project', 'mentor', 'training', 'event', 'story', 'policy', 'guide', 'news'], { error: 'validation.invalid' }).optional(),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  page: pageParam(1000),
})
export type SearchQuery = z.infer<typeof searchQuerySchema>
