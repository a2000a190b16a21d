import type { Ref } from 'vue'

/**
 * Text typed before the page became interactive is in the server-rendered field but not in the
 * model, and hydration would wipe it: read it first, then keep it.
 */
export function useTypedEarly(id: string, model: Ref<string>) {
  let typed = ''
  onBeforeMount(() => {
    const el = document.getElementById(id)
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) typed = el.value
  })
  onMounted(() => {
    if (typed && typed !== model.value) model.value = typed
  })
}
