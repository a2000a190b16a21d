import type { H3Event } from 'h3'
import { queryCollection } from '@nuxt/content/server'

/**
 * The content library's policies and news, as the release sources read them. With a request,
 * through it (as server/services/policies.ts does); in a job there is none, and @nuxt/content
 * then asks the server itself through Nitro's own $fetch (its fetchContent's fallback).
 */
export async function loadContentLibrary(event?: H3Event) {
  // queryCollection's type asks for an event; without one it uses the server's own $fetch
  const ev = event as H3Event
  const [policies, news] = await Promise.all([
    queryCollection(ev, 'policies').select('path', 'title', 'titleEn', 'city', 'tags', 'effectiveDate', 'summary', 'summaryEn').all(),
    queryCollection(ev, 'news').select('path', 'title', 'titleEn', 'city', 'date', 'summary', 'summaryEn').all(),
  ])
  return { policies, news }
}
export type ContentLibrary = Awaited<ReturnType<typeof loadContentLibrary>>
