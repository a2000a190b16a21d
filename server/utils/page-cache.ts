import type { H3Event } from 'h3'
import { getRequestURL, parseCookies } from 'h3'
import { SESSION_COOKIE } from '#shared/utils/session'
import type { RouteGuards } from '#shared/utils/private-routes'

/**
 * A short-lived cache of the pages rendered for anonymous visitors (a "micro-cache"): the same
 * page for the same address, language and display cookies is rendered at most once per
 * `PAGE_CACHE_MS` (default 1000 ms) per instance, and every request in between gets the copy.
 *
 * Why it is correct:
 * - only anonymous GETs are kept (no session cookie); a signed-in visitor always gets a fresh
 *   render, so whoever changed something sees the change at once — except for a private page's
 *   shell, which holds no data and nothing of the user, and is kept apart from anonymous copies
 *   for every signed-in visitor the page's guards let in (each is checked: their session, then
 *   their roles; the page fetches its data in the browser);
 * - the key is the whole address (path and query: the language is the path's prefix) plus the
 *   cookies a page reads while rendering (`PAGE_COOKIES`); any other cookie of ours skips the
 *   cache, so a new cookie cannot leak one visitor's page to another;
 * - addresses that carry a token (`?token=`, links from mails) are never kept;
 * - only a 200 that sets no cookie is kept;
 * - a copy lives `PAGE_CACHE_MS` at most, and every instance drops every copy as soon as a change
 *   is made (a write through the API that succeeded, a search index update: plugins/writes.ts
 *   signals it over LISTEN/NOTIFY): a published edit is on this instance's pages at once, on the
 *   others' a few milliseconds later, and on all within `PAGE_CACHE_MS` even if a signal is lost;
 * - each response still gets its own CSP nonce (plugins/page-cache.ts swaps it).
 */
/** The signal (server/utils/notify.ts) that drops every instance's copies. */
export const PAGES_SIGNAL = 'pages'

export const PAGE_COOKIES = ['sh_elder', 'sh_compare'] as const

const TTL_MS = Number(process.env.PAGE_CACHE_MS ?? 1000)
const MAX_ENTRIES = 500
const MAX_BYTES = 1_000_000
const SKIP_PREFIXES = ['/api/', '/_nuxt/', '/media/', '/dev/', '/__nuxt', '/_content/']

/** A copy; a private page's shell also keeps its route's guards, checked against each signed-in user it is given to. */
export interface CachedPage { body: string, nonce: string, headers: Record<string, string>, at: number, generation: number, guards?: RouteGuards }

const pages = new Map<string, CachedPage>()
let generation = 0

/**
 * The cache key of a request, or null when its page must be rendered for it alone. A request
 * with a session cookie gets a key of its own kind (`shell`): only a private page's shell, which
 * holds nothing of the user (composables/usePageShell.ts), is kept under it.
 */
export function pageCacheKey(event: H3Event): { key: string, shell: boolean } | null {
  if (TTL_MS <= 0 || event.method !== 'GET') return null
  const url = getRequestURL(event)
  if (SKIP_PREFIXES.some(p => url.pathname.startsWith(p))) return null
  if (url.searchParams.has('token')) return null
  const cookies = parseCookies(event)
  const shell = !!cookies[SESSION_COOKIE]
  const ours = Object.keys(cookies).filter(name => name.startsWith('sh_') && name !== SESSION_COOKIE)
  if (ours.some(name => !(PAGE_COOKIES as readonly string[]).includes(name))) return null
  const shown = PAGE_COOKIES.map(name => `${name}=${cookies[name] ?? ''}`).join(';')
  return { key: `${shell ? 'shell|' : ''}${url.pathname}${url.search}|${shown}`, shell }
}

export function cachedPage(key: string): CachedPage | null {
  const entry = pages.get(key)
  if (!entry) return null
  if (entry.generation !== generation || Date.now() - entry.at >= TTL_MS) {
    pages.delete(key)
    return null
  }
  // least recently used goes first when the map is full
  pages.delete(key)
  pages.set(key, entry)
  return entry
}

/** The generation a render starts in: a copy made while something changed is not kept. */
export function pageGeneration(): number {
  return generation
}

export function keepPage(key: string, page: Omit<CachedPage, 'generation'>, startedIn: number): void {
  if (startedIn !== generation || page.body.length > MAX_BYTES) return
  pages.set(key, { ...page, generation })
  while (pages.size > MAX_ENTRIES) pages.delete(pages.keys().next().value!)
}

/**
 * One render per page at a time: when a copy has expired, the first request renders it and the
 * others for the same page wait for that render (at most `waitMs`) instead of rendering it too.
 * `leadRender` gives the leader its `done`, and the others a promise of the leader's end.
 */
const renders = new Map<string, Promise<void>>()

export function leadRender(key: string): { done: () => void } | Promise<void> {
  const running = renders.get(key)
  if (running) return running
  let resolve!: () => void
  const mine = new Promise<void>(r => (resolve = r))
  renders.set(key, mine)
  // called when the render ends, maybe twice (its response, its connection closing)
  const done = () => {
    if (renders.get(key) === mine) renders.delete(key)
    resolve()
  }
  return { done }
}

export function waitForRender(running: Promise<void>, waitMs = 2000): Promise<void> {
  return Promise.race([running, new Promise<void>(resolve => setTimeout(resolve, waitMs).unref?.())])
}

/** Drops every copy: called when this instance changed something a page may show. */
export function invalidatePages(): void {
  generation++
  pages.clear()
}
