import type { Bilingual } from '#shared/utils/loan-codes'

/** A text the API answers in both languages (`{ 'zh-CN', en }`), in the page's language. */
export function useBilingual() {
  const { locale } = useI18n()
  return (b: Bilingual | null | undefined) => (b ? (locale.value === 'en' ? b.en : b['zh-CN']) : '')
}
