/**
 * A reference list (cities, project categories) read once per visit: the server caches it for
 * a minute, and pages and components that call for it again share the same request and data
 * (`dedupe: 'defer'`, and the payload is reused instead of fetched again on each page).
 * A failed read gives an empty list, so a page still renders (names fall back to their codes).
 */
export function useReferenceList<T extends { code: string, nameZh: string, nameEn: string }>(key: string, path: string) {
  const api = useApi()
  const { locale } = useI18n()
  const list = useAsyncData(key, () => api<T[]>(path).catch(() => [] as T[]), {
    default: () => [] as T[],
    dedupe: 'defer',
    // an empty list (a failed read) is asked for again on the next page
    getCachedData: (k, nuxtApp) => {
      const cached = (nuxtApp.payload.data[k] ?? nuxtApp.static.data[k]) as T[] | undefined
      return cached?.length ? cached : undefined
    },
  })
  /** the name in the page's language, or the code itself when it is unknown */
  const nameOf = (code: string) => {
    const item = list.data.value.find(x => x.code === code)
    return item ? (locale.value === 'en' ? item.nameEn : item.nameZh) : code
  }
  return { list, nameOf }
}
