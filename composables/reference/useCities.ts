import type { CityOption } from '#shared/types/reference'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'

/** The cities (from the database) and a city's name in the page's language. */
export async function useCities() {
  const { t, locale } = useI18n()
  const { list, nameOf } = useReferenceList<CityOption>('cities', '/api/cities')
  const { data: cities } = await list
  /** 长春; 全省 for the whole province; an area with its city: 九台（长春） / Jiutai (Changchun) */
  const cityName = (code: string) => {
    if (code === PROVINCE_WIDE) return t('policies.provinceWide')
    const parent = cities.value.find(x => x.code === code)?.parent
    if (!parent) return nameOf(code)
    return locale.value === 'en' ? `${nameOf(code)} (${nameOf(parent)})` : `${nameOf(code)}（${nameOf(parent)}）`
  }
  return { cities, cityName }
}
