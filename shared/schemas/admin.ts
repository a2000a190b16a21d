import { z } from 'zod'
import { ROLES } from '../utils/roles'

export const userListQuerySchema = z.object({
  q: z.string().trim().max(100, 'validation.tooLong').optional(),
  role: z.enum(ROLES, { error: 'validation.invalid' }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})
export type UserListQuery = z.infer<typeof userListQuerySchema>

export const roleChangeSchema = z.object({
  role: z.enum(ROLES, { error: 'validation.invalid' }),
  grant: z.boolean({ error: 'validation.required' }),
})
export type RoleChangeInput = z.infer<typeof roleChangeSchema>

export const userIdParamSchema = z.object({ id: z.uuid('validation.invalid') })
