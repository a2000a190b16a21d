import type { Ref } from 'vue'
import type { SearchResponse } from '#shared/types/content'

/** The site-wide search page: hits for the words, one type or all, a page at a time (none without words). */
export function useSearchResults(q: Readonly<Ref<string>>, type: Readonly<Ref<string>>, page: Readonly<Ref<number>>) {
  const api = useApi()
  const { locale } = useI18n()
  return useAsyncData(
    'search',
    () => (q.value
      ? api<SearchResponse>('/api/search', { query: { q: q.value, type: type.value || undefined, page: page.value, locale: locale.value } })
      : Promise.resolve(null)),
    { watch: [q, type, page, locale] },
  )
}

/** The first few hits for the words typed in the header search; `signal` cancels a request no longer wanted. */
export function useSearchSuggestions(count = 5) {
  const api = useApi()
  const { locale } = useI18n()
  return (q: string, signal?: AbortSignal) => api<SearchResponse>('/api/search', { query: { q, locale: locale.value }, signal }).then(res => res.hits.slice(0, count))
}
