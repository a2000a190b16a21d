import type { PublicUser } from '#shared/types/user'
import type { RoleName } from '#shared/utils/roles'
import type { LoginInput } from '#shared/schemas/auth'

/** The signed-in user, shared by every component; loaded once on the server by plugins/auth. */
export function useAuth() {
  const user = useState<PublicUser | null>('auth-user', () => null)
  const api = useApi()

  async function refresh() {
    try {
      user.value = await api<PublicUser>('/api/auth/me')
    }
    catch {
      user.value = null
    }
  }

  async function login(input: LoginInput) {
    user.value = await api<PublicUser>('/api/auth/login', { method: 'POST', body: input })
    return user.value
  }

  async function logout() {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => {})
    user.value = null
  }

  const hasRole = (...roles: RoleName[]) => !!user.value && roles.some(r => user.value!.roles.includes(r))

  return { user, refresh, login, logout, hasRole }
}
