import { SESSION_COOKIE } from '#shared/utils/session'
import type { PageShellMark } from '#shared/utils/private-routes'

/**
 * Loads the signed-in user once while rendering on the server; the client reuses that state.
 * Without a session cookie nobody is signed in: no request is made (most pages are rendered for
 * anonymous visitors).
 *
 * A private page asked for with a session cookie is rendered as a shell
 * (composables/usePageShell.ts) once the server has checked the user against the page's guards
 * (signed out → sign in, a missing role → 403, rendered as before): the user is left out of it,
 * and the browser asks for them before its route guard runs; the header shows them once the
 * shell is hydrated, and the page is rendered then.
 */
export default defineNuxtPlugin(async (nuxtApp) => {
  const { user, whoIs, refresh } = useAuth()
  const shell = usePageShell()
  if (import.meta.server) {
    if (user.value !== null || !useCookie(SESSION_COOKIE, { readonly: true }).value) return
    const route = useRouter().currentRoute.value
    const guards = routeGuards(route)
    if (!guards || !shellAllowed(route)) return await refresh()
    const me = await whoIs()
    if (me && passesGuards(me.roles, guards)) {
      shell.value = 'deferred'
      // the page cache keeps this render for every signed-in user these guards let in (server/plugins/page-cache.ts)
      if (nuxtApp.ssrContext) nuxtApp.ssrContext.event.context.pageShell = { guards } satisfies PageShellMark
      return
    }
    user.value = me
    return
  }
  if (shell.value !== 'deferred') return
  // a page that fails (a case that is not there, a refusal) shows the error page, not "opening"
  nuxtApp.hooks.hookOnce('app:error', () => {
    shell.value = 'none'
  })
  await refresh()
  nuxtApp.hooks.hookOnce('app:suspense:resolve', () => {
    shell.value = 'loading'
    nuxtApp.hooks.hookOnce('page:finish', () => {
      shell.value = 'none'
    })
  })
})
