import type { StoryCard, StoryOutcomes, StoryRow } from '#shared/types/story'
import type { CaseOutcomes, OutcomeFigure } from '#shared/utils/outcomes'
import { recordedFigures } from '#shared/utils/outcomes'
import type { Prisma } from '../../generated/prisma/client'
import { imageViewSelect, toImageView } from '../images'

/** What leaves the server about a story: cards, the page's parts, rows of lists. */
export const storyCardSelect = {
  id: true, slug: true, title: true, summary: true, status: true, featured: true, caseId: true, figures: true,
  publishedAt: true, updatedAt: true,
  city: { select: { code: true, nameZh: true, nameEn: true } },
  category: { select: { code: true, nameZh: true, nameEn: true } },
  author: { select: { name: true } },
  images: { select: imageViewSelect, orderBy: { position: 'asc' }, take: 1 },
} satisfies Prisma.StorySelect
export type StoryCardRow = Prisma.StoryGetPayload<{ select: typeof storyCardSelect }>

/** Verified: linked to the author's case and showing at least one figure (only recorded ones can be chosen). */
export const isVerified = (s: { caseId: string | null, figures: string[] }) => s.caseId !== null && s.figures.length > 0

export function toStoryCard(s: StoryCardRow): StoryCard {
  const cover = s.images[0]
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    city: s.city.code,
    category: s.category.code,
    authorName: s.author.name,
    featured: s.featured,
    verified: isVerified(s),
    cover: cover ? toImageView(cover) : null,
    publishedAt: s.publishedAt?.toISOString() ?? null,
  }
}

export function toStoryRow(s: StoryCardRow & { reviewReason: string | null, submittedAt: Date | null }): StoryRow {
  return {
    id: s.id, slug: s.slug, title: s.title, status: s.status, city: s.city.code, category: s.category.code,
    authorName: s.author.name, featured: s.featured, reviewReason: s.reviewReason,
    submittedAt: s.submittedAt?.toISOString() ?? null, publishedAt: s.publishedAt?.toISOString() ?? null, updatedAt: s.updatedAt.toISOString(),
  }
}

/** The chosen figures that are recorded; null when none is. */
export function toStoryOutcomes(o: CaseOutcomes | undefined, chosen: readonly string[]): StoryOutcomes | null {
  if (!o) return null
  const recorded = new Set(recordedFigures(o))
  const shown = (chosen as OutcomeFigure[]).filter(f => recorded.has(f))
  if (!shown.length) return null
  const has = (f: OutcomeFigure) => shown.includes(f)
  return {
    shown,
    openedOn: has('openedOn') ? o.openedOn : null,
    monthsTrading: has('monthsTrading') ? o.monthsTrading : null,
    employees: has('employees') ? o.employees : null,
    employeesAsOf: has('employees') ? o.employeesAsOf : null,
    loanFen: has('loan') ? o.loanFen : null,
    trainingProgrammes: has('training') ? o.trainingProgrammes : [],
    lastCheckInOn: o.lastCheckInOn,
  }
}
