import type { ProjectCategoryOption } from '#shared/types/reference'

/** Display names for project codes (categories from the database, the rest from i18n), and money formatting. */
export async function useProjectLabels() {
  const api = useApi()
  const { t, locale } = useI18n()
  // start both before awaiting: composables must be called while the component is being set up
  const [{ cityName }, { data: categories }] = await Promise.all([
    useCities(),
    useAsyncData('project-categories', () => api<ProjectCategoryOption[]>('/api/project-categories').catch(() => [] as ProjectCategoryOption[]), { default: () => [] as ProjectCategoryOption[] }),
  ])
  const categoryName = (code: string) => {
    const c = categories.value.find(x => x.code === code)
    return c ? (locale.value === 'en' ? c.nameEn : c.nameZh) : code
  }
  const money = (n: number) => (locale.value === 'en'
    ? `¥${n >= 10_000 ? `${Math.round(n / 1000)}k` : n.toLocaleString('en')}`
    : n >= 10_000 ? `${Math.round(n / 1000) / 10} 万元` : `${n.toLocaleString('zh-CN')} 元`)
  const label = (group: 'riskLevel' | 'sourceType' | 'suitable' | 'bucket', code: string) => t(`project.${group}.${code}`)
  return { categories, categoryName, cityName, money, label }
}
