import { z } from 'zod'
import { ROLES } from '../utils/roles'
import { cleanText, idParamSchema, oneOf, pageParam } from './common'

export const userListQuerySchema = z.object({
  q: cleanText(z.string().trim().max(100, 'validation.maxChars')).optional(),
  role: oneOf(ROLES).optional(),
  page: pageParam(),
})
export type UserListQuery = z.infer<typeof userListQuerySchema>

export const roleChangeSchema = z.object({
  role: oneOf(ROLES),
  grant: z.boolean({ error: 'validation.required' }),
  /** GUARANTOR and BANK: the organisation the officer works for (of that kind) */
  organisationId: z.uuid('validation.invalid').optional(),
  /** gets the daily mail of overdue steps in the role's scope */
  supervisor: z.boolean({ error: 'validation.invalid' }).optional(),
})
export type RoleChangeInput = z.infer<typeof roleChangeSchema>

export const userIdParamSchema = idParamSchema
