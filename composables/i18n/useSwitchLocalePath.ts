import { appDefaultLocale, appLocales } from '~/app/i18n'
import { switchLocaleHref } from '#shared/utils/locale-href'

/** This page's address in another language, query kept; '' where no page matched (a 404). */
export function useSwitchLocalePath() {
  const route = useRoute()
  const codes = appLocales.map(l => l.code)
  return (code: string): string => (route.matched.length ? switchLocaleHref(route.fullPath, code, appDefaultLocale, codes) : '')
}
