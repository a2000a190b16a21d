/** The comparison basket (up to three project ids), remembered in a cookie so links and reloads keep it. */
export const COMPARE_MAX = 3

export function useCompare() {
  // no default: a default would be written back as a cookie to every visitor who never compared
  const cookie = useCookie<string[] | undefined>('sh_compare', { maxAge: 30 * 24 * 3600, sameSite: 'lax' })
  const ids = computed(() => (Array.isArray(cookie.value) ? cookie.value.slice(0, COMPARE_MAX) : []))
  const has = (id: string) => ids.value.includes(id)
  const add = (id: string) => {
    if (!has(id) && ids.value.length < COMPARE_MAX) cookie.value = [...ids.value, id]
  }
  const remove = (id: string) => {
    cookie.value = ids.value.filter(x => x !== id)
  }
  return { ids, has, add, remove, full: computed(() => ids.value.length >= COMPARE_MAX) }
}
