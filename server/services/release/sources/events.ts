import type { ReleaseSource } from '../source'
import { offeringItems } from './offerings'

/** Events (创业论坛, 项目推介会 …), newest published first. */
export const eventsSource: ReleaseSource = {
  topic: 'events',
  tagged: false,
  listPath: '/events',
  items: (ctx, f) => offeringItems('EVENT', ctx, f),
}
