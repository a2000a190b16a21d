/** News, newest first; `limit` for the home page. */
export function useNews(limit?: number) {
  return useAsyncData(`news-${limit ?? 'all'}`, () => {
    // what the lists show, not each item's body
    const query = queryCollection('news').order('date', 'DESC').select('path', 'title', 'titleEn', 'date', 'city', 'summary', 'summaryEn')
    return (limit ? query.limit(limit) : query).all()
  }, { default: () => [] })
}

/** One news item, or null. */
export function useNewsItem(slug: string) {
  return useAsyncData(`news-item-${slug}`, () => queryCollection('news').path(`/news/${slug}`).first())
}
