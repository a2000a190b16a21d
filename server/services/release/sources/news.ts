import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import { placesThatApply } from '#shared/utils/cities'
import type { ReleaseSource } from '../source'
import { contentItem, newestInWindow } from '../items'

/** News of the content library, dated by its date; a place's list includes province-wide news and its city's. */
export const newsSource: ReleaseSource = {
  topic: 'news',
  tagged: false,
  listPath: '/news',
  async items(ctx, f) {
    const { news } = await ctx.content()
    const applies = f.cities.length ? placesThatApply((await ctx.reference()).cities, f.cities, PROVINCE_WIDE) : null
    const items = news
      .filter(n => !applies || applies.has(n.city))
      .map(n => contentItem('news', n, n.date, [], f.locale))
    return newestInWindow(items, f)
  },
}
