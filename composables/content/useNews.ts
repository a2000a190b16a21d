/** News, newest first; `limit` for the home page. */
export function useNews(limit?: number) {
  return useAsyncData(`news-${limit ?? 'all'}`, () => {
    const query = queryCollection('news').order('date', 'DESC')
    return (limit ? query.limit(limit) : query).all()
  }, { default: () => [] })
}

/** One news item, or null. */
export function useNewsItem(slug: string) {
  return useAsyncData(`news-item-${slug}`, () => queryCollection('news').path(`/news/${slug}`).first())
}
