import { z } from 'zod'
import { POLICY_TAGS } from '../utils/content-taxonomy'
import { oneOf, pageParam, searchText } from './common'

export const policyListQuerySchema = z.object({
  tag: oneOf(POLICY_TAGS).optional(),
  city: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'validation.invalid').optional(),
})
export type PolicyListQuery = z.infer<typeof policyListQuerySchema>

export const searchQuerySchema = z.object({
  q: searchText,
  type: oneOf(['project', 'mentor', 'training', 'event', 'story', 'policy', 'guide', 'news']).optional(),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  page: pageParam(1000),
})
export type SearchQuery = z.infer<typeof searchQuerySchema>
