import type { ReleaseSource } from '../source'
import { offeringItems } from './offerings'

/** Training sessions (班期), newest published first. */
export const trainingsSource: ReleaseSource = {
  topic: 'trainings',
  tagged: false,
  listPath: '/trainings',
  items: (ctx, f) => offeringItems('TRAINING', ctx, f),
}
