/** Counts per facet value in a faceted list answer: `{ changchun: 922, jilin: 310 }`. */
export type FacetCounts = Record<string, number>

/** The shape of every faceted list answer (projects, mentors, and the sections to come). */
export interface FacetedListResponse<Item, Facets extends string> {
  items: Item[]
  total: number
  page: number
  pageSize: number
  facets: Record<Facets, FacetCounts>
  /** answered from PostgreSQL because Meilisearch was unreachable */
  degraded: boolean
  /** the query was read as this pinyin because the words as typed found nothing (奶查 → naicha) */
  interpretedAs?: string
}
