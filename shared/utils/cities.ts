/**
 * Cities and their areas (九台 is a district of 长春). A filter by a city includes its areas,
 * and a city's count includes its areas' counts; an area can still be chosen on its own.
 */
export interface CityNode { code: string, parent?: string | null }

/** The codes a city filter means: each chosen city with its areas. */
export function withAreas(cities: readonly CityNode[], codes: readonly string[]): string[] {
  const out = new Set(codes)
  for (const c of cities) if (c.parent && out.has(c.parent)) out.add(c.code)
  return [...out]
}

/** Counts per city with every area's count added to its city's (the areas' records are in the city too). */
export function rollUpAreas(cities: readonly CityNode[], counts: Record<string, number>): Record<string, number> {
  const out = { ...counts }
  for (const c of cities) if (c.parent && counts[c.code]) out[c.parent] = (out[c.parent] ?? 0) + counts[c.code]!
  return out
}

/** Cities in display order with each area right after its city. */
export function areasAfterCities<T extends CityNode>(cities: readonly T[]): T[] {
  const top = cities.filter(c => !c.parent || !cities.some(p => p.code === c.parent))
  return top.flatMap(c => [c, ...cities.filter(a => a.parent === c.code)])
}

/**
 * The places whose documents (policies, news) apply in the chosen ones: each chosen place, the
 * city of a chosen area (长春's policies apply in 九台), and the province-wide code.
 */
export function placesThatApply(cities: readonly CityNode[], codes: readonly string[], provinceWide: string): Set<string> {
  const out = new Set([...codes, provinceWide])
  for (const code of codes) {
    const parent = cities.find(c => c.code === code)?.parent
    if (parent) out.add(parent)
  }
  return out
}
