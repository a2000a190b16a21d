import type { Prisma } from '../../../generated/prisma/client'
import type { ReleaseItem } from '#shared/types/release'
import { withAreas } from '#shared/utils/cities'
import { formatSessionTime } from '#shared/utils/format-time'
import { prisma } from '../../../utils/prisma'
import type { ReleaseContext, ReleaseFilter } from '../source'
import { localePath } from '../items'

/**
 * Training sessions and events (`Offering` rows) as release items: published ones only (a
 * draft or a cancelled one never), dated by when they were published; a city includes its areas.
 */
const releaseOfferingSelect = {
  id: true, kind: true, titleZh: true, titleEn: true, startsAt: true, endsAt: true, online: true, venue: true, publishedAt: true, updatedAt: true,
  city: { select: { code: true, nameZh: true, nameEn: true } },
} satisfies Prisma.OfferingSelect

export async function offeringItems(kind: 'TRAINING' | 'EVENT', ctx: ReleaseContext, f: ReleaseFilter): Promise<ReleaseItem[]> {
  const cities = f.cities.length ? withAreas((await ctx.reference()).cities, f.cities) : null
  const rows = await prisma.offering.findMany({
    where: {
      kind,
      status: { in: ['PUBLISHED', 'COMPLETED'] },
      publishedAt: { not: null, lte: f.until, ...(f.since ? { gt: f.since } : {}) },
      ...(cities ? { city: { code: { in: cities } } } : {}),
    },
    select: releaseOfferingSelect,
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: f.limit,
  })
  const topic = kind === 'EVENT' ? 'events' as const : 'trainings' as const
  return rows.map((o) => {
    const en = f.locale === 'en'
    const place = o.online ? (en ? 'online' : '线上') : [en ? o.city.nameEn : o.city.nameZh, o.venue].filter(Boolean).join(en ? ', ' : ' · ')
    return {
      id: `${topic}:${o.id}`,
      topic,
      title: en ? o.titleEn : o.titleZh,
      summary: `${formatSessionTime(o.startsAt, o.endsAt, f.locale)} · ${place}`,
      path: localePath(f.locale, `/${topic}/${o.id}`),
      publishedAt: o.publishedAt!.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
      city: o.city.code,
      tags: [],
    }
  })
}
