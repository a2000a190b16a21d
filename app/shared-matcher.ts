import type { MatcherLocation, RouteRecordRaw, RouterMatcher } from 'vue-router'
import { createRouterMatcher } from 'vue-router'

/**
 * A route matcher that every server-side render's router can share (see app/router.options.ts):
 * compiled once, read-only, and remembering which route a path matched. Each answer is a fresh
 * copy, so nothing a request does to its route reaches another request.
 */
const REMEMBERED_PATHS = 2000

export function sharedMatcher(table: readonly RouteRecordRaw[]): RouterMatcher {
  const matcher = createRouterMatcher(table as RouteRecordRaw[], {})
  const byPath = new Map<string, MatcherLocation>()
  const copy = (m: MatcherLocation, path: string): MatcherLocation => ({
    name: m.name,
    path,
    params: Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])),
    matched: [...m.matched],
    meta: m.matched.reduce((meta, record) => Object.assign(meta, record.meta), {}),
  })
  const readOnly = () => {
    throw new Error('the server\'s route table is shared by every request and cannot change at run time')
  }
  return {
    ...matcher,
    addRoute: readOnly,
    removeRoute: readOnly,
    clearRoutes: readOnly,
    resolve(location, current) {
      if (('name' in location && location.name) || !('path' in location) || location.path == null) return matcher.resolve(location, current)
      const path = location.path
      let known = byPath.get(path)
      if (!known) {
        known = matcher.resolve(location, current)
        if (byPath.size >= REMEMBERED_PATHS) byPath.clear()
        byPath.set(path, known)
      }
      return copy(known, path)
    },
  }
}
