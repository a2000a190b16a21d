import type { QueryObject } from 'ufo'
import { withQuery } from 'ufo'

export type PathTarget = string | { path: string, query?: QueryObject, hash?: string }

/**
 * The address of a path in language `code` under the `prefix_except_default` rule (modules/i18n)
 * (no translated paths): the path itself in the default language, `/<code>` + the path in the
 * others. What `localePath` returns for a path, without resolving it against the route table.
 */
export function localeHref(to: PathTarget, code: string, defaultLocale: string): string {
  const href = typeof to === 'string' ? to : `${withQuery(to.path, to.query ?? {})}${to.hash ?? ''}`
  if (code === defaultLocale) return href
  return href === '/' || href.startsWith('/?') || href.startsWith('/#') ? `/${code}${href.slice(1)}` : `/${code}${href}`
}

/** Whether `href` is under `/<code>`: `/en`, `/en/…`, `/en?…`, `/en#…`. */
function under(href: string, code: string): boolean {
  const next = href.charAt(code.length + 1)
  return href.startsWith(`/${code}`) && (next === '' || next === '/' || next === '?' || next === '#')
}

/** The language of an address: the prefix's, else the default language. */
export function localeOfHref(href: string, codes: readonly string[], defaultLocale: string): string {
  return codes.find(code => code !== defaultLocale && under(href, code)) ?? defaultLocale
}

/** The path of an address in the default language: `/en/projects?q=1` → `/projects?q=1`. */
export function stripLocale(href: string, codes: readonly string[], defaultLocale: string): string {
  const code = localeOfHref(href, codes, defaultLocale)
  if (code === defaultLocale) return href
  const rest = href.slice(code.length + 1)
  return rest.startsWith('/') ? rest : `/${rest}`
}

/** The same address (query and hash kept) in language `code`: what the language switch links to. */
export function switchLocaleHref(href: string, code: string, defaultLocale: string, codes: readonly string[]): string {
  return localeHref(stripLocale(href, codes, defaultLocale), code, defaultLocale)
}

/**
 * Where signing in continues: the page that sent the person to sign in (`?next=`, a path on this
 * site, already in its own language), else the home page in the language of the sign-in page, so
 * that signing in at `/en/login` stays in English whatever language the profile names.
 */
export function afterSignInHref(next: unknown, code: string, defaultLocale: string): string {
  // `//host` and `/\host` lead to another site
  if (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) return next
  return localeHref('/', code, defaultLocale)
}
