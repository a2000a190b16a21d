import type { RouterConfig } from 'nuxt/schema'
import routes from '#build/routes.mjs'
import { sharedMatcher } from './shared-matcher'

/**
 * Nuxt creates a new router for every server-side render, and vue-router compiled a matcher for
 * every one of the 168 routes (84 pages × 2 languages) each time: about 13 % of the CPU of a
 * simple page. The route table is the same for every request and nothing adds or removes routes
 * at run time (i18n's domain mode, the only caller, is off), so the server compiles it once per
 * process and every request's router shares it (vue-router's `matcher` option, made for this).
 * Adding or removing a route on it throws: a change would leak into every other request.
 *
 * Every link on a page (about 30 in the header and footer alone) is resolved against that
 * table, a regular expression per route until one matches; the server also remembers which route
 * a path matched. Each answer is a fresh copy, so nothing a request does to its route reaches
 * another request.
 *
 * The browser has one router anyway and keeps vue-router's default; so does the dev server,
 * whose route table changes under it when a page is added (Nuxt replaces the routes of the live
 * router on a hot update, which a shared, read-only table would refuse).
 */
export default <RouterConfig>(import.meta.server && !import.meta.dev ? { matcher: sharedMatcher(routes) } : {})
