import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import { placesThatApply } from '#shared/utils/cities'
import type { ReleaseSource } from '../source'
import { contentItem, newestInWindow } from '../items'

/** Policies of the content library, dated by their effective date; a place's list includes the policies that apply there. */
export const policiesSource: ReleaseSource = {
  topic: 'policies',
  tagged: true,
  listPath: '/policies',
  async items(ctx, f) {
    const { policies } = await ctx.content()
    const applies = f.cities.length ? placesThatApply((await ctx.reference()).cities, f.cities, PROVINCE_WIDE) : null
    const items = policies
      .filter(p => !applies || applies.has(p.city))
      .filter(p => !f.tags.length || p.tags.some(t => f.tags.includes(t)))
      .map(p => contentItem('policies', p, p.effectiveDate, p.tags, f.locale))
    return newestInWindow(items, f)
  },
}
