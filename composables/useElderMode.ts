/** Elder mode (适老化): larger text and higher contrast, remembered in a cookie so the server renders it too. */
export function useElderMode() {
  const cookie = useCookie<'1' | '0'>('sh_elder', { default: () => '0', maxAge: 365 * 24 * 3600, sameSite: 'lax' })
  const enabled = computed(() => cookie.value === '1')
  const toggle = () => {
    cookie.value = enabled.value ? '0' : '1'
  }
  return { enabled, toggle }
}
