/**
 * false until the page is interactive. Forms keep their submit button disabled until then, so
 * a click before hydration cannot fall back to a native submit (which would reload the page and
 * lose what the person typed).
 */
export function useHydrated() {
  const hydrated = ref(false)
  onMounted(() => {
    hydrated.value = true
  })
  return hydrated
}
