import { getResponseStatus, setResponseHeader } from 'h3'
import { cachedPage, keepPage, leadRender, pageCacheKey, pageGeneration, waitForRender } from '../utils/page-cache'
import { contentSecurityPolicy, newNonce } from '../utils/csp'
import { currentSession } from '../utils/auth'
import type { PageShellMark } from '#shared/utils/private-routes'
import { passesGuards } from '#shared/utils/private-routes'

interface PageCacheContext { key: string, shell: boolean, generation: number, at: number, hit: boolean, done?: () => void }

/**
 * The anonymous page micro-cache (server/utils/page-cache.ts) on Nitro's render hooks: a copy
 * answers `render:before` (nothing is rendered; the copy's CSP nonce is swapped for a fresh one),
 * a new 200 is kept at `render:response`; plugins/writes.ts drops the copies when something changes.
 * With a session cookie only a private page's shell is kept (composables/usePageShell.ts).
 */
export default defineNitroPlugin((nitroApp) => {
  if (import.meta.dev) return
  nitroApp.hooks.hook('render:before', async (ctx) => {
    const keyed = pageCacheKey(ctx.event)
    if (!keyed) return
    const { key, shell } = keyed
    let page = cachedPage(key)
    if (shell) {
      // a private page's shell goes to a signed-in user its guards let in; anyone else gets the
      // page rendered for them (sent to sign in, refused). Signed in, most renders are not
      // shells, so nobody waits for one.
      const session = page?.guards ? await currentSession(ctx.event) : null
      if (!page?.guards || !session || !passesGuards(session.user.roles, page.guards)) {
        ctx.event.context.pageCache = { key, shell, generation: pageGeneration(), at: Date.now(), hit: false } satisfies PageCacheContext
        return
      }
    }
    if (!page) {
      // another request is rendering this page: wait for its copy rather than render it again
      const lead = leadRender(key)
      if (lead instanceof Promise) {
        await waitForRender(lead)
        page = cachedPage(key)
      }
      else {
        const state: PageCacheContext = { key, shell, generation: pageGeneration(), at: Date.now(), hit: false, done: lead.done }
        ctx.event.context.pageCache = state
        // whatever happens to the render (an error page, a closed connection), the others go on
        ctx.event.node.res.once('close', lead.done)
        return
      }
    }
    if (!page) return
    const state: PageCacheContext = { key, shell, generation: pageGeneration(), at: Date.now(), hit: true }
    ctx.event.context.pageCache = state
    const nonce = newNonce()
    setResponseHeader(ctx.event, 'Content-Security-Policy', contentSecurityPolicy(nonce))
    ctx.response = {
      body: page.body.replaceAll(`nonce="${page.nonce}"`, `nonce="${nonce}"`),
      statusCode: 200,
      headers: { ...page.headers, 'x-page-cache': 'hit' },
    }
  })
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const state = event.context.pageCache as PageCacheContext | undefined
    if (!state || state.hit || !response) return
    // a signed-in render is kept only if it is a private page's shell (plugins/auth.ts says so)
    const pageShell = event.context.pageShell as PageShellMark | undefined
    if (state.shell && !pageShell) return
    const nonce = event.context.cspNonce as string | undefined
    const status = response.statusCode ?? getResponseStatus(event)
    if (status === 200 && nonce && typeof response.body === 'string' && !event.node.res.getHeader('set-cookie')) {
      const headers = Object.fromEntries(Object.entries(response.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'x-powered-by').map(([k, v]) => [k, String(v)]))
      keepPage(state.key, { body: response.body, nonce, headers, at: state.at, guards: state.shell ? pageShell!.guards : undefined }, state.generation)
    }
    state.done?.()
    response.headers = { ...response.headers, 'x-page-cache': 'miss' }
  })
})
