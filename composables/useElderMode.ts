import { cookieValue } from '#shared/utils/cookie-value'

const COOKIE = 'sh_elder'
const ONE_YEAR = 365 * 24 * 3600

/**
 * Elder mode (适老化): larger text and higher contrast, remembered in a cookie so the server
 * renders it too. The cookie is read and written by hand, not with `useCookie`, whose code (a
 * cookie library and a deep-clone one, 2 KB) every first visit downloaded for this one flag;
 * nothing is written until the person chooses.
 */
export function useElderMode() {
  const on = useState('elder-mode', () => cookieValue(import.meta.server ? useRequestHeaders(['cookie']).cookie : document.cookie, COOKIE) === '1')
  const enabled = computed(() => on.value)
  const toggle = () => {
    on.value = !on.value
    document.cookie = `${COOKIE}=${on.value ? '1' : '0'}; Max-Age=${ONE_YEAR}; Path=/; SameSite=Lax`
  }
  return { enabled, toggle }
}
