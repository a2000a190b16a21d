import type { ChangePasswordInput, ForgotPasswordInput, ProfileInput, RegisterInput, ResetPasswordInput } from '#shared/schemas/auth'
import type { PublicUser } from '#shared/types/user'

/** A person's account: registering, the e-mail address, the password and the profile. */
export function useAccount() {
  const api = useApi()
  const { user } = useAuth()
  return {
    register: (input: RegisterInput) => api<PublicUser>('/api/auth/register', { method: 'POST', body: input }),
    verifyEmail: (token: string) => api('/api/auth/verify-email', { method: 'POST', body: { token } }),
    resendVerification: () => api('/api/auth/resend-verification', { method: 'POST' }),
    requestPasswordReset: (input: ForgotPasswordInput) => api('/api/auth/forgot-password', { method: 'POST', body: input }),
    resetPassword: (input: ResetPasswordInput) => api('/api/auth/reset-password', { method: 'POST', body: input }),
    changePassword: (input: ChangePasswordInput) => api('/api/account/password', { method: 'POST', body: input }),
    /** saves the profile; the header and every page see the new name at once */
    async saveProfile(input: ProfileInput) {
      user.value = await api<PublicUser>('/api/account/profile', { method: 'PATCH', body: input })
      return user.value
    },
  }
}
