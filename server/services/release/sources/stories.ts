import type { Prisma } from '../../../generated/prisma/client'
import type { ReleaseItem } from '#shared/types/release'
import { withAreas } from '#shared/utils/cities'
import { prisma } from '../../../utils/prisma'
import type { ReleaseSource } from '../source'
import { localePath } from '../items'

/** Success stories: published ones only (a withdrawn story leaves the feed at once), newest first; a city includes its areas. */
const releaseStorySelect = {
  id: true, slug: true, title: true, summary: true, publishedAt: true, updatedAt: true, city: { select: { code: true } },
} satisfies Prisma.StorySelect

export const storiesSource: ReleaseSource = {
  topic: 'stories',
  tagged: false,
  listPath: '/stories',
  async items(ctx, f): Promise<ReleaseItem[]> {
    const cities = f.cities.length ? withAreas((await ctx.reference()).cities, f.cities) : null
    const rows = await prisma.story.findMany({
      where: {
        status: 'PUBLISHED',
        publishedAt: { not: null, lte: f.until, ...(f.since ? { gt: f.since } : {}) },
        ...(cities ? { city: { code: { in: cities } } } : {}),
      },
      select: releaseStorySelect,
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      take: f.limit,
    })
    return rows.map(s => ({
      id: `stories:${s.id}`,
      topic: 'stories' as const,
      title: s.title,
      summary: s.summary,
      path: localePath(f.locale, `/stories/${s.slug}`),
      publishedAt: s.publishedAt!.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
      city: s.city.code,
      tags: [],
    }))
  },
}
