import { randomBytes } from 'node:crypto'
import { setResponseHeader } from 'h3'

/**
 * The Content-Security-Policy of every rendered page, with a fresh nonce per response: Nuxt's
 * own scripts (the entry module, the payload, the config) carry the nonce; nothing else may run,
 * nothing loads from another origin, and the page cannot be framed. Why a plugin and not
 * nuxt-security: the module's CSP needs its whole stack of features and its newest releases
 * declare Node 24; this is the one piece we need, on the render hook Nuxt provides.
 * The `X-Powered-By: Nuxt` header goes too.
 */
const SCRIPT_TAG = /<script\b(?![^>]*\bnonce=)/g

export function contentSecurityPolicy(nonce: string): string {
  return [
    'default-src \'self\'',
    // @nuxt/content queries its collections in the browser with SQLite compiled to WebAssembly
    `script-src 'self' 'nonce-${nonce}' 'wasm-unsafe-eval'`,
    // Vue writes style attributes (progress bars, positions); no style can run code
    'style-src \'self\' \'unsafe-inline\'',
    'img-src \'self\' data: blob:',
    'font-src \'self\' data:',
    'connect-src \'self\'',
    'object-src \'none\'',
    'base-uri \'self\'',
    'form-action \'self\'',
    'frame-ancestors \'none\'',
  ].join('; ')
}

export default defineNitroPlugin((nitroApp) => {
  if (import.meta.dev) return
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    const nonce = randomBytes(16).toString('base64')
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
