import { z } from 'zod'
import { instant, int, oneOf, optionalText, text } from './common'

/**
 * The pioneer award's payloads (创业先锋评选): rounds (staff), nominations, scores, objections,
 * votes and the staff decisions, one schema each; pages and handlers import the same ones.
 */
const code = z.string({ error: 'validation.required' }).trim().regex(/^[a-z][a-z0-9-]{1,39}$/, 'validation.invalid')

export const awardCategorySchema = z.object({
  code,
  nameZh: text(1, 40),
  nameEn: text(1, 80),
  winners: int(1, 50),
  shortlist: int(1, 200),
})

export const awardEligibilitySchema = z.object({
  figure: oneOf(['monthsTrading', 'employees']),
  min: int(0, 10_000),
})

const roundFields = {
  titleZh: text(2, 80),
  titleEn: text(2, 120),
  summaryZh: optionalText(2000, { multiline: true }),
  summaryEn: optionalText(2000, { multiline: true }),
  categories: z.array(awardCategorySchema).min(1, 'validation.required').max(10, 'validation.maxItems').optional(),
  eligibility: z.array(awardEligibilitySchema).max(5, 'validation.maxItems').optional(),
  /** experts' share in percent; the public gets the rest */
  expertsWeight: int(0, 100).optional(),
  nominationOpensAt: instant,
  nominationClosesAt: instant,
  reviewClosesAt: instant,
  noticeDays: int(1, 60).optional(),
  votingOpensAt: instant,
  votingClosesAt: instant,
}

const ordered = (r: { nominationOpensAt: string, nominationClosesAt: string, reviewClosesAt: string, votingOpensAt: string, votingClosesAt: string }) =>
  Date.parse(r.nominationOpensAt) < Date.parse(r.nominationClosesAt)
  && Date.parse(r.nominationClosesAt) <= Date.parse(r.reviewClosesAt)
  && Date.parse(r.reviewClosesAt) <= Date.parse(r.votingOpensAt)
  && Date.parse(r.votingOpensAt) < Date.parse(r.votingClosesAt)

export const awardRoundCreateSchema = z.object(roundFields)
  .refine(ordered, { message: 'validation.endBeforeStart', path: ['votingClosesAt'] })
export type AwardRoundCreateInput = z.infer<typeof awardRoundCreateSchema>

export const awardRoundPatchSchema = z.object(roundFields).partial()
export type AwardRoundPatchInput = z.infer<typeof awardRoundPatchSchema>

export const awardAdvanceSchema = z.object({ reason: text(2, 500) })

export const nominationCreateSchema = z.object({
  category: code,
  /** empty: a self-nomination; else the email of a verified account, who confirms */
  nomineeEmail: z.string().trim().toLowerCase().max(200, 'validation.maxChars').email('validation.email').optional().or(z.literal('').transform(() => undefined)),
  statement: text(20, 2000, { multiline: true }),
  evidence: text(10, 4000, { multiline: true }),
})
export type NominationCreateInput = z.infer<typeof nominationCreateSchema>

export const scoreSchema = z.object({
  scores: z.record(z.string().max(40), z.number({ error: 'validation.invalid' }).int('validation.invalid').min(0, 'validation.minValue').max(1000, 'validation.maxValue')),
  comment: text(5, 2000, { multiline: true }),
})
export type ScoreInput = z.infer<typeof scoreSchema>

export const reviewerAssignSchema = z.object({ userId: z.uuid('validation.invalid') })

export const objectionCreateSchema = z.object({
  nominationId: z.uuid('validation.invalid'),
  body: text(10, 2000, { multiline: true }),
})
export type ObjectionCreateInput = z.infer<typeof objectionCreateSchema>

export const objectionDecisionSchema = z.object({
  decision: oneOf(['UPHELD', 'DISMISSED']),
  reason: text(5, 1000, { multiline: true }),
})
export type ObjectionDecisionInput = z.infer<typeof objectionDecisionSchema>

export const voteSchema = z.object({ nominationId: z.uuid('validation.invalid') })

export const heldVoteDecisionSchema = z.object({
  decision: oneOf(['release', 'remove']),
  reason: text(5, 500),
})
export type HeldVoteDecisionInput = z.infer<typeof heldVoteDecisionSchema>

export const heldVoteQuerySchema = z.object({ status: z.enum(['HELD', 'REMOVED', 'COUNTED']).default('HELD') })
