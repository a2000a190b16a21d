import { SESSION_COOKIE } from '#shared/utils/session'

/**
 * Loads the signed-in user once while rendering on the server; the client reuses that state.
 * Without a session cookie nobody is signed in: no request is made (most pages are rendered for
 * anonymous visitors).
 */
export default defineNuxtPlugin(async () => {
  const { user, refresh } = useAuth()
  if (import.meta.server && user.value === null && useCookie(SESSION_COOKIE, { readonly: true }).value) await refresh()
})
