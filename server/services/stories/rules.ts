import type { StoryAction } from '#shared/types/story'
import type { StoryStatusCode } from '#shared/utils/stories'
import { defineLifecycle } from '#shared/utils/lifecycle'

/**
 * A success story (创业典型): its author writes and submits it; staff of its city publish it, ask
 * for changes or reject it, each with a reason the author is mailed; staff feature published
 * stories. The author may withdraw it at any time (it leaves the site and the index at once),
 * edit it while it is not public, and submit it again. The text of a published story changes
 * only by withdrawing, editing and submitting again, so staff always read what goes public;
 * which recorded figures it shows may change at any time (they are StartHub's own records).
 */
export type StoryRole = 'author' | 'staff'
export interface StoryFacts { featured: boolean }

const EDITABLE: StoryStatusCode[] = ['DRAFT', 'CHANGES_REQUESTED', 'WITHDRAWN']

export const storyLifecycle = defineLifecycle<StoryStatusCode, StoryAction, StoryRole, StoryFacts>([
  { action: 'edit', event: 'edited', by: ['author'], from: EDITABLE },
  { action: 'figures', event: 'figures_chosen', by: ['author'], from: [...EDITABLE, 'SUBMITTED', 'PUBLISHED'] },
  { action: 'submit', event: 'submitted', by: ['author'], from: EDITABLE, to: 'SUBMITTED' },
  { action: 'withdraw', event: 'withdrawn', by: ['author'], from: ['SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED'], to: 'WITHDRAWN' },
  { action: 'approve', event: 'approved', by: ['staff'], from: ['SUBMITTED'], to: 'PUBLISHED' },
  { action: 'changes', event: 'changes_requested', by: ['staff'], from: ['SUBMITTED'], to: 'CHANGES_REQUESTED' },
  { action: 'reject', event: 'rejected', by: ['staff'], from: ['SUBMITTED'], to: 'REJECTED' },
  { action: 'feature', event: 'featured', by: ['staff'], from: ['PUBLISHED'], when: f => !f.featured },
  { action: 'unfeature', event: 'unfeatured', by: ['staff'], from: ['PUBLISHED'], when: f => f.featured },
])
