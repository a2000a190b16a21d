import { getResponseStatus, setResponseHeader } from 'h3'
import { cachedPage, keepPage, leadRender, pageCacheKey, pageGeneration, waitForRender } from '../utils/page-cache'
import { contentSecurityPolicy, newNonce } from '../utils/csp'

interface PageCacheContext { key: string, generation: number, at: number, hit: boolean, done?: () => void }

/**
 * The anonymous page micro-cache (server/utils/page-cache.ts) on Nitro's render hooks: a copy
 * answers `render:before` (nothing is rendered; the copy's CSP nonce is swapped for a fresh one),
 * a new 200 is kept at `render:response`; plugins/writes.ts drops the copies when something changes.
 */
export default defineNitroPlugin((nitroApp) => {
  if (import.meta.dev) return
  nitroApp.hooks.hook('render:before', async (ctx) => {
    const key = pageCacheKey(ctx.event)
    if (!key) return
    let page = cachedPage(key)
    if (!page) {
      // another request is rendering this page: wait for its copy rather than render it again
      const lead = leadRender(key)
      if (lead instanceof Promise) {
        await waitForRender(lead)
        page = cachedPage(key)
      }
      else {
        const state: PageCacheContext = { key, generation: pageGeneration(), at: Date.now(), hit: false, done: lead.done }
        ctx.event.context.pageCache = state
        // whatever happens to the render (an error page, a closed connection), the others go on
        ctx.event.node.res.once('close', lead.done)
        return
      }
    }
    if (!page) return
    const state: PageCacheContext = { key, generation: pageGeneration(), at: Date.now(), hit: true }
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
    const nonce = event.context.cspNonce as string | undefined
    const status = response.statusCode ?? getResponseStatus(event)
    if (status === 200 && nonce && typeof response.body === 'string' && !event.node.res.getHeader('set-cookie')) {
      const headers = Object.fromEntries(Object.entries(response.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'x-powered-by').map(([k, v]) => [k, String(v)]))
      keepPage(state.key, { body: response.body, nonce, headers, at: state.at }, state.generation)
    }
    state.done?.()
    response.headers = { ...response.headers, 'x-page-cache': 'miss' }
  })
})
