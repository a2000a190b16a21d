import type { ProjectListItem } from '#shared/types/project'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import type { Prisma } from '../../generated/prisma/client'

/** The columns of a project card, and the mapping from such a row: one place for every project list. */
export const projectItemSelect = {
  id: true, slug: true, title: true, summary: true, investmentMin: true, investmentMax: true, riskLevel: true, recommended: true, rating: true, ratingCount: true,
  category: { select: { code: true } }, city: { select: { code: true } },
} satisfies Prisma.ProjectSelect
export type ProjectItemRow = Prisma.ProjectGetPayload<{ select: typeof projectItemSelect }>

/** A rating as lists show it: one decimal, or null before the first evaluation. */
export function shownRating(rating: number | null, count: number): number | null {
  return count ? Math.round((rating ?? 0) * 10) / 10 : null
}

export function rowToListItem(r: ProjectItemRow): ProjectListItem {
  return {
    id: r.id, slug: r.slug, title: r.title, summary: r.summary, category: r.category.code, city: r.city?.code ?? PROVINCE_WIDE,
    investmentMin: r.investmentMin, investmentMax: r.investmentMax, riskLevel: r.riskLevel, recommended: r.recommended,
    rating: shownRating(r.rating, r.ratingCount),
  }
}
