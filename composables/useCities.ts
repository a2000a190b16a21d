import type { CityOption } from '#shared/types/user'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'

/** Cities from the database, with the label for a code in the current language. */
export async function useCities() {
  const api = useApi()
  const { locale, t } = useI18n()
  const { data } = await useAsyncData('cities', () => api<CityOption[]>('/api/cities').catch(() => [] as CityOption[]), { default: () => [] as CityOption[] })
  const cityName = (code: string) => {
    if (code === PROVINCE_WIDE) return t('policies.provinceWide')
    const c = data.value.find(x => x.code === code)
    return c ? (locale.value === 'en' ? c.nameEn : c.nameZh) : code
  }
  return { cities: data, cityName }
}
