/**
 * Where a private page (shared/utils/private-routes.ts) is in being shown when it was asked for with a session cookie.
 *
 * The server checks the user against the page's guards as the route guard would (signed out →
 * sign in, a missing role → 403, rendered as before), then renders the page as a *shell*: the
 * layout (header without the account part, footer) and an "opening the page" line, but neither
 * the user nor the page itself. Nothing in it is personal, so one copy serves every signed-in
 * visitor of that address whom the guards let in (the page cache keeps it with the guards and
 * checks each visitor's session and roles, server/plugins/page-cache.ts). The browser then asks
 * who is signed in (its route guard needs it) and, once hydrated, renders the page, which fetches
 * its own data from the API — the API checks every request itself.
 *
 * A page may opt out with `definePageMeta({ shell: false })`: a form people come to type into at
 * once (starting a case, applying for a loan, checking in to a lesson) is rendered whole, so that
 * what is typed before the scripts run is kept (plugins/early-input.client.ts).
 *
 * - `none`: the page is rendered as usual (every public page, every page after the first);
 * - `deferred`: the shell, on the server and while the browser hydrates it: the page is not rendered;
 * - `loading`: hydrated, the page is rendering and fetching; the line stays until it is done.
 */
export type PageShellState = 'none' | 'deferred' | 'loading'

declare module 'nuxt/app' {
  interface PageMeta {
    /** `false`: this private page is rendered whole for each user, never as a shell (a form people type into at once). */
    shell?: boolean
  }
}

export function usePageShell() {
  return useState<PageShellState>('page-shell', () => 'none')
}
