import { z } from 'zod'
import { oneOf } from './common'
import { PASSWORD_MAX, PASSWORD_MIN, isCommonPassword } from '../utils/password-policy'
import { SELF_SERVICE_ROLES } from '../utils/roles'
import { hasControlChars } from '../utils/text'

// Messages are keys of shared/i18n/messages.ts; the server and the pages translate them.
export const emailField = z.string({ error: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .max(254, 'validation.maxChars')
  .pipe(z.email('validation.email'))
  .transform(e => e.toLowerCase())

export const passwordField = z.string({ error: 'validation.required' })
  .min(PASSWORD_MIN, 'validation.passwordLength')
  .max(PASSWORD_MAX, 'validation.passwordLength')

export const newPasswordField = passwordField
  .refine(p => !isCommonPassword(p), 'validation.passwordCommon')

export const nameField = z.string({ error: 'validation.required' })
  .trim()
  .min(1, 'validation.nameLength')
  .max(60, 'validation.nameLength')
  .refine(v => !hasControlChars(v), 'validation.controlChars')

export const registerSchema = z.object({
  name: nameField,
  email: emailField,
  password: newPasswordField,
  // the original contract wrote roles in lower case (`entrepreneur`, `provider`): both are accepted
  role: z.string({ error: 'validation.role' }).transform(r => r.toUpperCase()).pipe(z.enum(SELF_SERVICE_ROLES, { error: 'validation.role' })),
}).refine(v => v.password.toLowerCase() !== v.email, { path: ['password'], message: 'validation.passwordSameAsEmail' })
export type RegisterInput = z.infer<typeof registerSchema>

export const loginSchema = z.object({
  email: emailField,
  // Login accepts any stored password length; the policy applies when choosing one.
  password: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(PASSWORD_MAX, 'validation.passwordLength'),
})
export type LoginInput = z.infer<typeof loginSchema>

export const forgotPasswordSchema = z.object({ email: emailField })
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>

export const tokenField = z.string({ error: 'validation.required' }).regex(/^[\w-]{20,200}$/, 'validation.invalid')

export const resetPasswordSchema = z.object({ token: tokenField, password: newPasswordField })
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>

export const verifyEmailSchema = z.object({ token: tokenField })

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(PASSWORD_MAX, 'validation.passwordLength'),
  newPassword: newPasswordField,
}).refine(v => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'validation.passwordUnchanged' })
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>

export const profileSchema = z.object({
  name: nameField,
  locale: oneOf(['zh-CN', 'en']),
  cityCode: z.string().max(40, 'validation.maxChars').refine(v => !hasControlChars(v), 'validation.controlChars').pipe(z.string().regex(/^[a-z0-9-]*$/, 'validation.invalid')).nullable(),
})
export type ProfileInput = z.infer<typeof profileSchema>
