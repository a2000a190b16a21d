import { getResponseStatus } from 'h3'
import { forgetSessions } from '../utils/auth'
import { invalidatePages } from '../utils/page-cache'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * What this instance keeps for a second (anonymous pages, session rows) is dropped as soon as a
 * change goes through our API: whoever changed something, and everyone on this instance, sees it
 * at once. Signing in or out changes no public page, but any session may have changed. The
 * internal POSTs of a render (@nuxt/content's queries under /__nuxt_content) are reads.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event) => {
    if (SAFE.has(event.method) || !event.path.startsWith('/api/') || getResponseStatus(event) >= 400) return
    forgetSessions()
    if (!event.path.startsWith('/api/auth/')) invalidatePages()
  })
})
