import type { PathTarget } from '#shared/utils/locale-href'
import { localeHref } from '#shared/utils/locale-href'

/**
 * `localePath` for paths (shared/utils/locale-href.ts), in the page's language or in `code`,
 * without asking the router: `localePath` resolves every link against the whole route table
 * (twice as many routes with two languages), which was a tenth of a page's render on the server
 * in issue 15's profile.
 */
export function useLocaleHref() {
  // the app's i18n (not useI18n()): route middleware and composables call this outside a component's setup too
  const { $i18n } = useNuxtApp()
  const defaultLocale = useRuntimeConfig().public.i18n.defaultLocale ?? 'zh-CN'
  return (to: PathTarget, code: string = $i18n.locale.value): string => localeHref(to, code, defaultLocale)
}
