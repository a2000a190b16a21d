import type { LocationQuery } from 'vue-router'
import type { FacetCounts } from '#shared/types/search'

/**
 * The state of a faceted list page, held in the URL so a link reproduces the view: the values
 * of comma-separated facets, changes that go back to page 1, and a search box whose words reach
 * the URL as the person types (debounced), the options a facet offers with their counts, and a
 * switch facet (one box: recommended, available); and from all of it the API's query. Clicks
 * push a history entry, typing replaces it, and the state is read from the URL only, so Back and
 * Forward step through the filters. Used by /projects, /mentors, /trainings, /events, /stories
 * and the loan desks.
 */
export function useListQuery<K extends string>(keys: readonly K[], opts: { switch: string, sorts: readonly string[] }) {
  const route = useRoute()
  const router = useRouter()
  const str = (v: LocationQuery[string] | undefined) => (typeof v === 'string' ? v : '')
  const selected = (key: K) => str(route.query[key]).split(',').filter(Boolean)

  /**
   * A click on a filter (a box, the order) is a step the person can go Back from: a history
   * entry. Typing replaces the current one, so Back does not replay every word.
   */
  function update(patch: Record<string, string | undefined>, history: 'push' | 'replace' = 'push') {
    const query: Record<string, string> = {}
    for (const [k, v] of Object.entries({ ...route.query, page: undefined, ...patch })) if (typeof v === 'string' && v) query[k] = v
    return router[history]({ query })
  }
  function toggle(key: K, value: string) {
    const now = selected(key)
    update({ [key]: (now.includes(value) ? now.filter(v => v !== value) : [...now, value]).join(',') || undefined })
  }

  const q = ref(str(route.query.q))
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(q, (v) => {
    clearTimeout(timer)
    // the words already in the URL (Back/Forward brought them) are no change: the page stays
    if (v.trim() === str(route.query.q)) return
    timer = setTimeout(() => update({ q: v.trim() || undefined }, 'replace'), 300)
  })
  watch(() => route.query.q, (v) => {
    if (str(v) !== q.value.trim()) q.value = str(v)
  })

  /** A facet's values with their counts; a value with none is left out unless it is chosen. */
  const facetOptions = (key: K, values: readonly string[], counts: FacetCounts | undefined, name: (v: string) => string) =>
    values.map(v => ({ value: v, label: name(v), count: counts?.[v] ?? 0, checked: selected(key).includes(v) }))
      .filter(o => o.count > 0 || o.checked)
  /** A facet of one box, `?key=true` when checked. */
  const switchOn = (key: string) => route.query[key] === 'true'
  const flip = (key: string) => update({ [key]: switchOn(key) ? undefined : 'true' })
  /** Filters other than the order and the page are in the URL. */
  const hasFilters = computed(() => Object.keys(route.query).some(k => k !== 'sort' && k !== 'page'))
  /** How many filters are on (for a folded filter panel's button). */
  const activeCount = computed(() => keys.reduce((n, k) => n + selected(k).length, 0) + (switchOn(opts.switch) ? 1 : 0))
  /** The list's API query: only known sorts, pages from 2 on. */
  const apiQuery = computed(() => ({
    q: str(route.query.q) || undefined,
    ...Object.fromEntries(keys.map(k => [k, str(route.query[k]) || undefined])),
    [opts.switch]: switchOn(opts.switch) ? 'true' : undefined,
    sort: opts.sorts.includes(str(route.query.sort)) ? str(route.query.sort) : undefined,
    page: Number(route.query.page) > 1 ? Number(route.query.page) : undefined,
  }))
  const setSort = (v: string) => update({ sort: v === 'relevance' ? undefined : v })
  const pageLink = (n: number) => ({ query: { ...route.query, page: n > 1 ? n : undefined } })

  return { q, toggle, facetOptions, switchOn, flip, hasFilters, activeCount, apiQuery, setSort, pageLink }
}
