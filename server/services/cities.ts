import type { CityNode } from '#shared/utils/cities'
import { prisma } from '../utils/prisma'

export interface CityRow extends CityNode { id: number, code: string, parent: string | null }

let cache: { at: number, rows: CityRow[] } | null = null

/** Every city with its parent's code, read at most once a minute (cities are reference data). */
export async function cityRows(): Promise<CityRow[]> {
  if (cache && Date.now() - cache.at < 60_000) return cache.rows
  const rows = (await prisma.city.findMany({ select: { id: true, code: true, parent: { select: { code: true } } }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }))
    .map(c => ({ id: c.id, code: c.code, parent: c.parent?.code ?? null }))
  cache = { at: Date.now(), rows }
  return rows
}
