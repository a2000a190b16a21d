import { z } from 'zod'
import { MATCH_STATUSES } from '../utils/match-requests'
import { SERVICE_STAGE_CODES } from '../utils/stages'
import { oneOf, optionalText, text } from './common'
import { caseRefSchema } from './case'

/** 帮我匹配: POST /api/match-requests */
export const matchRequestSchema = z.object({
  stage: oneOf(SERVICE_STAGE_CODES),
  industry: optionalText(40),
  cityCode: optionalText(40),
  text: text(10, 1000, { multiline: true }),
  /** asked from inside the person's one-stop case */
  caseId: caseRefSchema,
})
export type MatchRequestInput = z.infer<typeof matchRequestSchema>

export const matchAssignSchema = z.object({
  mentorId: z.uuid('validation.invalid'),
  note: optionalText(500, { multiline: true }),
})
export const staffMatchQuerySchema = z.object({
  status: oneOf(MATCH_STATUSES).default('OPEN'),
})
