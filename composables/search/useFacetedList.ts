import type { Ref } from 'vue'
import type { FacetCounts, FacetedListResponse } from '#shared/types/search'

type ListApiQuery = Record<string, string | number | undefined>
type ListQuery<K extends string> = ReturnType<typeof useListQuery<K>>
type FacetedAnswer = FacetedListResponse<{ id: string }, string>

/** One facet group of the filter column: the values it may offer, their counts, and how a value is named. */
export interface FacetGroupSpec<K extends string> {
  key: K
  title: string
  values: readonly string[]
  counts: FacetCounts | undefined
  name: (value: string) => string
}

/**
 * The setup of a faceted list (/projects, /mentors, /trainings, /events, /stories) around
 * useListQuery, which keeps its state in the URL: the list read with the API query, the head's
 * texts and state for <AppListHead v-bind="head">, the facet groups with their counts, and the
 * results column's for <AppFacetedResults v-bind="results"> (count, order, pages). The list's own
 * composable reads it (`read: query => useStories(query)`); `extraQuery` adds what the list asks
 * beyond its facets and switch (a second switch, a tab).
 *
 * Texts come from the namespace `ns`: the head's `title`, `lead`, `searchLabel`,
 * `searchPlaceholder` and `degraded`, the hidden `results` heading (with `heading`), and from
 * `resultsNs` (where a list shares another's, as events share the trainings') `count`, `empty`,
 * `pager` and `degraded`; the sort labels are `sortRelevance`, `sortNewest`, `sortInvestmentDesc`
 * (for `-investment`) …. Test ids and ids are `<testid>-count` and `<testid>-sort`.
 */
export async function useFacetedList<K extends string, R extends FacetedAnswer>(spec: {
  keys: readonly K[]
  switch: string
  sorts?: readonly string[]
  ns: string
  resultsNs?: string
  searchId: string
  testid: string
  /** a heading over the results for screen readers (`<ns>.results`) */
  heading?: boolean
  extraQuery?: (list: ListQuery<K>) => ListApiQuery
  read: (query: Readonly<Ref<ListApiQuery>>) => PromiseLike<unknown> & { data: Ref<R | null | undefined>, error: Ref<unknown> }
  groups: (counts: R['facets'] | undefined) => FacetGroupSpec<K>[]
  /** keep a group that offers no value (its heading alone) */
  keepEmptyGroups?: boolean
}) {
  const { t } = useI18n()
  const list = useListQuery<K>(spec.keys, { switch: spec.switch, sorts: spec.sorts ?? [] })
  const extra = spec.extraQuery
  const query = extra ? computed(() => ({ ...list.apiQuery.value, ...extra(list) })) : list.apiQuery
  const answer = spec.read(query)
  const { data, error } = answer
  const head = computed(() => ({
    title: t(`${spec.ns}.title`),
    lead: t(`${spec.ns}.lead`),
    searchId: spec.searchId,
    searchLabel: t(`${spec.ns}.searchLabel`),
    searchPlaceholder: t(`${spec.ns}.searchPlaceholder`),
    degraded: !!data.value?.degraded,
    degradedText: t(`${spec.resultsNs ?? spec.ns}.degraded`),
    error: error.value,
  }))
  const groups = computed(() => spec.groups(data.value?.facets)
    .map(g => ({ key: g.key, title: g.title, options: list.facetOptions(g.key, g.values, g.counts, g.name) }))
    .filter(g => spec.keepEmptyGroups || g.options.length))
  const sortLabel = (s: string) => `sort${s.replace(/^-/, '').replace(/^./, c => c.toUpperCase())}${s.startsWith('-') ? 'Desc' : ''}`
  const results = computed(() => {
    const ns = spec.resultsNs ?? spec.ns
    const d = data.value
    return {
      data: d,
      count: d ? t(`${ns}.count`, { n: d.total }, d.total) : '',
      countTestid: `${spec.testid}-count`,
      heading: spec.heading ? t(`${spec.ns}.results`) : undefined,
      emptyText: t(`${ns}.empty`),
      pagerLabel: t(`${ns}.pager`),
      pageLink: list.pageLink,
      ...(spec.sorts?.length
        ? {
            sortId: `${spec.testid}-sort`,
            sortLabel: t(`${ns}.sort`),
            sort: String(list.apiQuery.value.sort ?? 'relevance'),
            sortOptions: spec.sorts.map(s => ({ value: s, label: t(`${ns}.${sortLabel(s)}`) })),
          }
        : {}),
    }
  })
  // every composable above is called before this await, in the page's setup
  await answer
  return { ...list, data, error, head, groups, results }
}
