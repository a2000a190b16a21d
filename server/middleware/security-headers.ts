import { defineEventHandler, getCookie, setResponseHeaders } from 'h3'
import { SESSION_COOKIE } from '#shared/utils/session'
import { isHttps } from '../utils/request'

/**
 * Headers on every response. What is personal is never kept by a shared cache: every API answer
 * is `private, no-store` unless its handler says otherwise, and so is every page rendered for a
 * signed-in visitor; pages vary by the cookie. HSTS only where the site is served over https.
 * Pages get their Content-Security-Policy (with a fresh nonce) from plugins/security.ts (policy in utils/csp.ts).
 */
export default defineEventHandler((event) => {
  setResponseHeaders(event, {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  })
  if (isHttps(event)) setResponseHeaders(event, { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' })
  const api = event.path.startsWith('/api/')
  if (api) {
    setResponseHeaders(event, { 'Cache-Control': 'private, no-store', 'Content-Security-Policy': 'default-src \'none\'; frame-ancestors \'none\'' })
  }
  else if (!event.path.startsWith('/_nuxt/') && !event.path.startsWith('/media/')) {
    setResponseHeaders(event, { Vary: 'Cookie', ...(getCookie(event, SESSION_COOKIE) ? { 'Cache-Control': 'private, no-store' } : {}) })
  }
})
