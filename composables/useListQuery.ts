import type { LocationQuery } from 'vue-router'

/**
 * The state of a faceted list page, held in the URL so a link reproduces the view: the values
 * of comma-separated facets, changes that go back to page 1, and a search box whose words reach
 * the URL as the person types (debounced). Used by /projects and /mentors.
 */
export function useListQuery<K extends string>() {
  const route = useRoute()
  const router = useRouter()
  const str = (v: LocationQuery[string] | undefined) => (typeof v === 'string' ? v : '')
  const selected = (key: K) => str(route.query[key]).split(',').filter(Boolean)

  function update(patch: Record<string, string | undefined>) {
    const query: Record<string, string> = {}
    for (const [k, v] of Object.entries({ ...route.query, page: undefined, ...patch })) if (typeof v === 'string' && v) query[k] = v
    router.replace({ query })
  }
  function toggle(key: K, value: string) {
    const now = selected(key)
    update({ [key]: (now.includes(value) ? now.filter(v => v !== value) : [...now, value]).join(',') || undefined })
  }

  const q = ref(str(route.query.q))
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(q, (v) => {
    clearTimeout(timer)
    timer = setTimeout(() => update({ q: v.trim() || undefined }), 300)
  })
  watch(() => route.query.q, (v) => {
    if (str(v) !== q.value.trim()) q.value = str(v)
  })

  return { str, selected, update, toggle, q }
}
