import type { QueryObject } from 'ufo'
import { withQuery } from 'ufo'

export type PathTarget = string | { path: string, query?: QueryObject, hash?: string }

/**
 * The address of a path in language `code` under @nuxtjs/i18n's `prefix_except_default` strategy
 * (no translated paths): the path itself in the default language, `/<code>` + the path in the
 * others. What `localePath` returns for a path, without resolving it against the route table.
 */
export function localeHref(to: PathTarget, code: string, defaultLocale: string): string {
  const href = typeof to === 'string' ? to : `${withQuery(to.path, to.query ?? {})}${to.hash ?? ''}`
  if (code === defaultLocale) return href
  return href === '/' || href.startsWith('/?') || href.startsWith('/#') ? `/${code}${href.slice(1)}` : `/${code}${href}`
}
