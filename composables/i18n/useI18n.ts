import type { AppI18n } from '~/app/i18n'

/** The page's language and its messages (app/i18n.ts): `const { t, locale } = useI18n()`. */
export function useI18n(): AppI18n {
  return useNuxtApp().$i18n
}
