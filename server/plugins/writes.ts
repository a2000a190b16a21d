import { getResponseStatus } from 'h3'
import { SESSIONS_SIGNAL, forgetSessions } from '../utils/auth'
import { onSignal, signal } from '../utils/notify'
import { PAGES_SIGNAL, invalidatePages } from '../utils/page-cache'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * What every instance keeps for a second (anonymous pages, session rows) is dropped as soon as a
 * change goes through our API, on every instance: this one at once, the others when the signal
 * (LISTEN/NOTIFY, server/utils/notify.ts) arrives — a few milliseconds — and within that second
 * if it never does. Signing in or out changes no public page, but any session may have changed.
 * The internal POSTs of a render (@nuxt/content's queries under /__nuxt_content) are reads.
 */
export default defineNitroPlugin((nitroApp) => {
  onSignal(PAGES_SIGNAL, invalidatePages)
  onSignal(SESSIONS_SIGNAL, forgetSessions)
  nitroApp.hooks.hook('beforeResponse', (event) => {
    if (SAFE.has(event.method) || !event.path.startsWith('/api/') || getResponseStatus(event) >= 400) return
    signal(SESSIONS_SIGNAL)
    if (!event.path.startsWith('/api/auth/')) signal(PAGES_SIGNAL)
  })
})
