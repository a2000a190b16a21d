import { randomBytes } from 'node:crypto'

/** A fresh nonce for one response's scripts. */
export function newNonce(): string {
  return randomBytes(16).toString('base64')
}

/**
 * The Content-Security-Policy of every rendered page: Nuxt's own scripts (the entry module, the
 * payload, the config) carry the response's nonce; nothing else may run, nothing loads from
 * another origin, and the page cannot be framed.
 */
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
