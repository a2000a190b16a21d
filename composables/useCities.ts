import type { CityOption } from '#shared/types/reference'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'

/** Cities from the database, with the label for a code in the current language. */
export async function useCities() {
  const api = useApi()
  const { locale, t } = useI18n()
  const { data } = await useAsyncData('cities', () => api<CityOption[]>('/api/cities').catch(() => [] as CityOption[]), { default: () => [] as CityOption[] })
  const plainName = (code: string) => {
    const c = data.value.find(x => x.code === code)
    return c ? (locale.value === 'en' ? c.nameEn : c.nameZh) : code
  }
  /** 长春; an area with its city: 九台（长春） / Jiutai (Changchun) */
  const cityName = (code: string) => {
    if (code === PROVINCE_WIDE) return t('policies.provinceWide')
    const parent = data.value.find(x => x.code === code)?.parent
    if (!parent) return plainName(code)
    return locale.value === 'en' ? `${plainName(code)} (${plainName(parent)})` : `${plainName(code)}（${plainName(parent)}）`
  }
  return { cities: data, cityName }
}
