/** Elder mode (适老化): larger text and higher contrast, remembered in a cookie so the server renders it too. */
export function useElderMode() {
  // no default: a default would be written back as a cookie to every visitor who never chose
  const cookie = useCookie<'1' | '0' | undefined>('sh_elder', { maxAge: 365 * 24 * 3600, sameSite: 'lax' })
  // String(): a cookie written as a bare 1 (not by this page) is read as a number
  const enabled = computed(() => String(cookie.value) === '1')
  const toggle = () => {
    cookie.value = enabled.value ? '0' : '1'
  }
  return { enabled, toggle }
}
