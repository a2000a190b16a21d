import type { loadContentDocs } from '../search/content'
import { syncContentIndex } from '../search/content'
import { searchClient } from '../utils/search'
import { log } from '../utils/log'
import { INTERNAL_TOKEN } from '../utils/internal'

/**
 * At start-up, applies the content index's settings and pushes the content library to
 * Meilisearch (content only changes with a deploy). Retries with backoff while Meilisearch is
 * unreachable; the site answers searches from the content database meanwhile.
 */
export default defineNitroPlugin((nitroApp) => {
  if (import.meta.prerender || !searchClient()) return
  let stopped = false
  nitroApp.hooks.hook('close', () => {
    stopped = true
  })
  const run = async (delay: number): Promise<void> => {
    if (stopped) return
    try {
      // queryCollection needs an H3 event; a request to the app itself provides one.
      const docs = await new Promise<Awaited<ReturnType<typeof loadContentDocs>>>((resolve, reject) => {
        nitroApp.localFetch('/api/_internal/content-docs', { headers: { 'x-starthub-internal': INTERNAL_TOKEN } })
          .then(async (res) => {
            if (!res.ok) throw new Error(`content docs: HTTP ${res.status}`)
            resolve(await res.json())
          })
          .catch(reject)
      })
      await syncContentIndex(docs)
      log.info('search: content index synced', { documents: docs.length })
    }
    catch (error) {
      log.warn('search: content index not synced yet; retrying', { error: String(error), retryInMs: delay })
      setTimeout(() => void run(Math.min(delay * 2, 60_000)), delay).unref?.()
    }
  }
  setTimeout(() => void run(2000), 500).unref?.()
})
