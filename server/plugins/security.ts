import { setResponseHeader } from 'h3'
import { contentSecurityPolicy, newNonce } from '../utils/csp'

/**
 * The Content-Security-Policy (server/utils/csp.ts) of every rendered page, with a fresh nonce per
 * response on Nuxt's own scripts. Why a plugin and not nuxt-security: the module's CSP needs its
 * whole stack of features and its newest releases declare Node 24; this is the one piece we need,
 * on the render hook Nuxt provides. The nonce is kept on the event for the page cache, which
 * swaps it for a fresh one in every copy it serves. The `X-Powered-By: Nuxt` header goes too.
 */
const SCRIPT_TAG = /<script\b(?![^>]*\bnonce=)/g

export default defineNitroPlugin((nitroApp) => {
  if (import.meta.dev) return
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    const nonce = newNonce()
    event.context.cspNonce = nonce
    const sign = (chunks: string[]) => chunks.map(c => c.replace(SCRIPT_TAG, `<script nonce="${nonce}"`))
    // only the chunks Nuxt writes its scripts into; the app's body is escaped by Vue
    html.head = sign(html.head)
    html.bodyPrepend = sign(html.bodyPrepend)
    html.bodyAppend = sign(html.bodyAppend)
    setResponseHeader(event, 'Content-Security-Policy', contentSecurityPolicy(nonce))
  })
  nitroApp.hooks.hook('render:response', (response) => {
    if (response?.headers) delete (response.headers as Record<string, string>)['x-powered-by']
  })
})
