import type { PublicUser } from '#shared/types/user'
import type { RoleName } from '#shared/utils/roles'
import type { LoginInput } from '#shared/schemas/auth'
import type { RouteLocationNormalized } from 'vue-router'

/** The signed-in user, shared by every component; loaded once on the server by plugins/auth. */
export function useAuth() {
  const user = useState<PublicUser | null>('auth-user', () => null)
  const api = useApi()

  /** Who is signed in, asked of the server (null: nobody), without showing it. */
  async function whoIs(): Promise<PublicUser | null> {
    try {
      return await api<PublicUser>('/api/auth/me')
    }
    catch {
      return null
    }
  }

  async function refresh() {
    user.value = await whoIs()
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

  return { user, whoIs, refresh, login, logout, hasRole }
}

/**
 * The page guard of the route middleware (auth, staff, admin): signed out → the sign-in page,
 * which comes back here afterwards; signed in without one of `roles` → 403. A convenience for
 * people: the API checks every request itself.
 */
export function guardRoute(to: RouteLocationNormalized, roles: readonly RoleName[] = []) {
  // a private page's shell: the server checked the user against this guard and left them out of
  // the page; the browser guards it again with the user it asks for (plugins/auth.ts)
  if (import.meta.server && usePageShell().value === 'deferred') return
  const { user, hasRole } = useAuth()
  const localePath = useLocaleHref()
  if (!user.value) return navigateTo({ path: localePath('/login'), query: { next: to.fullPath } })
  if (roles.length && !hasRole(...roles)) return abortNavigation(createError({ statusCode: 403, statusMessage: 'Forbidden' }))
}
