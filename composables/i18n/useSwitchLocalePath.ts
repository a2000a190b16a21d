import { pageInLocale } from '~/app/i18n'

/** This page's address in another language, query kept; '' where no page matched (a 404). */
export function useSwitchLocalePath() {
  const route = useRoute()
  return (code: string): string => pageInLocale(route, code)
}
