import type { StoryQueueQuery } from '#shared/schemas/story'
import type { StoryCard, StoryQueue, StoryRow, StoryView } from '#shared/types/story'
import type { PublicUser } from '#shared/types/user'
import type { OutcomeFigure } from '#shared/utils/outcomes'
import { recordedFigures } from '#shared/utils/outcomes'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { renderMarkdown } from '../../utils/markdown'
import { imageViewSelect, toImageView } from '../images'
import { outcomesOfCases } from '../cases/outcomes'
import { staffCities } from '../reference'
import { isStaff, storyRoleOf } from './access'
import { storyLifecycle } from './rules'
import { storyCardSelect, toStoryCard, toStoryOutcomes, toStoryRow } from './view'

const storyPageSelect = {
  ...storyCardSelect,
  authorId: true, body: true, reviewReason: true, submittedAt: true,
  images: { select: imageViewSelect, orderBy: { position: 'asc' } },
  project: { select: { id: true, slug: true, title: true, status: true } },
} satisfies Prisma.StorySelect

/**
 * GET /api/stories/:slug. Everyone sees a published story; its author and staff of its city
 * see it in any status (with what they may do); anyone else gets 404. The figures are read from
 * the case now, so a new check-in shows at once.
 */
export async function getStory(viewer: PublicUser | null, slug: string): Promise<StoryView> {
  const s = await prisma.story.findUnique({ where: { slug }, select: storyPageSelect })
  const role = s ? await storyRoleOf(viewer, s) : null
  if (!s || (s.status !== 'PUBLISHED' && !role)) throw new AppError('not_found')
  const outcomes = s.caseId ? (await outcomesOfCases([s.caseId])).get(s.caseId) : undefined
  const mine = role === 'author'
  return {
    ...toStoryCard(s),
    status: s.status,
    bodyHtml: renderMarkdown(s.body),
    images: s.images.map(i => toImageView(i)),
    project: s.project && s.project.status === 'PUBLISHED' ? { id: s.project.id, slug: s.project.slug, title: s.project.title } : null,
    outcomes: toStoryOutcomes(outcomes, s.figures),
    actions: role ? storyLifecycle.actionsFor(s.status, role, { featured: s.featured }) : [],
    reviewReason: role ? s.reviewReason : null,
    draft: mine
      ? {
          title: s.title, summary: s.summary, body: s.body, cityCode: s.city.code, categoryCode: s.category.code,
          projectId: s.project?.id ?? null, caseId: s.caseId, figures: s.figures as OutcomeFigure[],
          images: s.images.map(i => toImageView(i)), recordedFigures: outcomes ? recordedFigures(outcomes) : [],
        }
      : null,
  }
}

const rowSelect = { ...storyCardSelect, reviewReason: true, submittedAt: true } satisfies Prisma.StorySelect

/** The author's own stories, newest change first. */
export async function listMyStories(user: PublicUser): Promise<StoryRow[]> {
  const rows = await prisma.story.findMany({ where: { authorId: user.id }, select: rowSelect, orderBy: { updatedAt: 'desc' }, take: 100 })
  return rows.map(toStoryRow)
}

/** 审核队列: stories of the staff member's cities in one status, oldest submission first. */
export async function storyQueue(user: PublicUser, q: StoryQueueQuery): Promise<StoryQueue> {
  if (!isStaff(user)) throw new AppError('forbidden')
  const cities = await staffCities(user)
  const where: Prisma.StoryWhereInput = { status: q.status, ...(cities ? { city: { code: { in: cities } } } : {}) }
  const pageSize = 20
  const [total, rows] = await Promise.all([
    prisma.story.count({ where }),
    prisma.story.findMany({ where, select: rowSelect, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }], skip: (q.page - 1) * pageSize, take: pageSize }),
  ])
  return { items: rows.map(toStoryRow), total, page: q.page, pageSize }
}

/** The published stories of these authors (newest first, three each): the award results show their winners'. */
export async function publishedStoriesOf(authorIds: readonly string[]): Promise<Map<string, StoryCard[]>> {
  const out = new Map<string, StoryCard[]>()
  if (!authorIds.length) return out
  const rows = await prisma.story.findMany({ where: { authorId: { in: [...new Set(authorIds)] }, status: 'PUBLISHED' }, select: { ...storyCardSelect, authorId: true }, orderBy: { publishedAt: 'desc' } })
  for (const r of rows) {
    const list = out.get(r.authorId) ?? []
    if (list.length < 3) out.set(r.authorId, [...list, toStoryCard(r)])
  }
  return out
}
