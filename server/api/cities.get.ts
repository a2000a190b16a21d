import type { CityOption } from '#shared/types/user'
import { areasAfterCities } from '#shared/utils/cities'
import { defineApiHandler } from '../utils/api'
import { prisma } from '../utils/prisma'

/** GET /api/cities — every city in display order, each area (九台) right after its city (`parent`). */
export default defineApiHandler(async (): Promise<CityOption[]> => {
  const rows = await prisma.city.findMany({ select: { code: true, nameZh: true, nameEn: true, level: true, parent: { select: { code: true } } }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] })
  return areasAfterCities(rows.map(({ parent, ...c }) => ({ ...c, parent: parent?.code ?? null })))
})
