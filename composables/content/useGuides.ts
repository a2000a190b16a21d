/** The start-up guides in the page's language, in their reading order. */
export function useGuides() {
  const { locale } = useI18n()
  return useAsyncData(
    () => `guides-${locale.value}`,
    // what the lists show, not each guide's body: the home page's payload was 26 KB of guides
    () => queryCollection('guides').where('locale', '=', locale.value).order('order', 'ASC').select('path', 'title', 'description', 'stage', 'readingMinutes').all(),
    { default: () => [] },
  )
}

/** One guide in the page's language, else in Chinese; null when there is none. */
export function useGuide(slug: string) {
  const { locale } = useI18n()
  const dir = computed(() => (locale.value === 'en' ? 'en' : 'zh'))
  return useAsyncData(
    () => `guide-${dir.value}-${slug}`,
    async () => (await queryCollection('guides').path(`/guides/${dir.value}/${slug}`).first()) ?? (await queryCollection('guides').path(`/guides/zh/${slug}`).first()),
  )
}
