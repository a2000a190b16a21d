import type { ProjectCategoryOption } from '#shared/types/project'
import { defineApiHandler } from '../utils/api'
import { prisma } from '../utils/prisma'

export default defineApiHandler(async (): Promise<ProjectCategoryOption[]> => {
  return prisma.projectCategory.findMany({ select: { code: true, nameZh: true, nameEn: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] })
})
