import type { CityOption } from '#shared/types/user'
import { defineApiHandler } from '../utils/api'
import { prisma } from '../utils/prisma'

export default defineApiHandler(async (): Promise<CityOption[]> => {
  return prisma.city.findMany({ select: { code: true, nameZh: true, nameEn: true, level: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] })
})
