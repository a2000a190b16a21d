import { z } from 'zod'
import { oneOf, optionalText, pageParam, text } from './common'

export const REVISION_ENTITIES = ['project', 'mentor'] as const
export type RevisionEntity = (typeof REVISION_ENTITIES)[number]

/** GET /api/staff/revisions */
export const revisionQuerySchema = z.object({
  entity: oneOf(REVISION_ENTITIES).optional(),
  status: oneOf(['PENDING', 'APPROVED', 'REJECTED']).default('PENDING'),
  page: pageParam(),
})

/** POST /api/staff/revisions/:id/review — a rejection says why. */
export const revisionReviewSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), reason: optionalText(500, { multiline: true }) }),
  z.object({ decision: z.literal('reject'), reason: text(4, 500, { multiline: true }) }),
], { error: 'validation.invalid' })
export type RevisionReviewInput = z.infer<typeof revisionReviewSchema>
