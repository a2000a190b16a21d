import { appDefaultLocale, appLocaleCodes, appLocales } from '~/app/i18n'
import type { LocaleInfo } from '~/app/i18n'
import { localeHref, stripLocale } from '#shared/utils/locale-href'

// type aliases, not interfaces: unhead's link and meta types carry index signatures
type HeadLink = { id: string, rel: string, href: string, hreflang?: string }
type HeadMeta = { id: string, property: string, content: string }
export type LocaleHead = { htmlAttrs: { lang: string }, link: HeadLink[], meta: HeadMeta[] }

/**
 * The page's language in its head: `<html lang>`, the page in every language (hreflang, with
 * x-default the default language's), its canonical address (without the query) and Open Graph
 * locales. A page that matched no route (a 404) has no other-language page and no canonical.
 */
export function useLocaleHead() {
  const route = useRoute()
  const { locale } = useI18n()
  const base = String(useRuntimeConfig().public.i18n.baseUrl ?? '').replace(/\/+$/, '')
  const info = (code: string): LocaleInfo => appLocales.find(l => l.code === code) ?? appLocales[0]!
  const og = (language: string) => language.replace('-', '_')
  return computed<LocaleHead>(() => {
    const here = info(locale.value)
    const htmlAttrs = { lang: here.language }
    if (!route.matched.length) return { htmlAttrs, link: [], meta: [] }
    const path = stripLocale(route.path, appLocaleCodes, appDefaultLocale).replace(/(.)\/+$/, '$1')
    const url = (code: string) => `${base}${localeHref(path, code, appDefaultLocale).replace(/^\/$/, '')}`
    const link: HeadLink[] = [{ id: 'i18n-xd', rel: 'alternate', href: url(appDefaultLocale), hreflang: 'x-default' }]
    for (const l of appLocales) {
      const generic = l.language.split('-')[0]!
      if (generic !== l.language) link.push({ id: `i18n-alt-${generic}`, rel: 'alternate', href: url(l.code), hreflang: generic })
      link.push({ id: `i18n-alt-${l.language}`, rel: 'alternate', href: url(l.code), hreflang: l.language })
    }
    link.push({ id: 'i18n-can', rel: 'canonical', href: url(here.code) })
    const meta: HeadMeta[] = [
      { id: 'i18n-og-url', property: 'og:url', content: url(here.code) },
      { id: 'i18n-og', property: 'og:locale', content: og(here.language) },
      ...appLocales.filter(l => l.code !== here.code).map(l => ({ id: `i18n-og-alt-${l.language}`, property: 'og:locale:alternate', content: og(l.language) })),
    ]
    return { htmlAttrs, link, meta }
  })
}
