import { z } from 'zod'
import { ROLES } from '../utils/roles'
import { cleanText, idParamSchema, pageParam } from './common'

export const userListQuerySchema = z.object({
  q: cleanText(z.string().trim().max(100, 'validation.maxChars')).optional(),
  role: z.enum(ROLES, { error: 'validation.invalid' }).optional(),
  page: pageParam(),
})
export type UserListQuery = z.infer<typeof userListQuerySchema>

export const roleChangeSchema = z.object({
  role: z.enum(ROLES, { error: 'validation.invalid' }),
  grant: z.boolean({ error: 'validation.required' }),
})
export type RoleChangeInput = z.infer<typeof roleChangeSchema>

export const userIdParamSchema = idParamSchema
