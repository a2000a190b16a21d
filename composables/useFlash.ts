/**
 * The one message a page shows after something happened (sent, saved, refused), focused so a
 * keyboard or screen-reader user hears it even when the thing they acted on has moved or gone.
 * <AppFlash :flash="flash" /> shows it.
 */
export function useFlash(initial: { message: string, kind: 'success' | 'error' } | null = null) {
  const current = ref(initial)
  const el = ref<HTMLElement | null>(null)
  function focus() {
    nextTick(() => el.value?.focus())
  }
  function show(message: string, kind: 'success' | 'error' = 'success') {
    current.value = { message, kind }
    focus()
  }
  const clear = () => {
    current.value = null
  }
  /** for AppFlash's element (a function ref) */
  const attach = (e: unknown) => {
    el.value = e instanceof HTMLElement ? e : null
  }
  return { current, show, clear, focus, attach }
}

export type Flash = ReturnType<typeof useFlash>
