import { z } from 'zod'
import { RISK_QUESTIONS } from '../data/risk-assessment'

/**
 * The answers to the risk self-assessment: `{ [questionId]: optionValue }`, every question
 * answered, with one of its own options. An unknown question is refused (not dropped), so a
 * page built on an older questionnaire finds out instead of saving half an assessment.
 */
const answerFields = Object.fromEntries(RISK_QUESTIONS.map(q => [
  q.id,
  z.enum(q.options.map(o => o.value) as [string, ...string[]], {
    error: iss => (iss.input === undefined ? 'validation.required' : 'validation.invalid'),
  }),
]))

export const riskAnswersSchema = z.strictObject(answerFields, {
  error: iss => (iss.code === 'unrecognized_keys' ? 'validation.unknownQuestion' : 'validation.invalid'),
})
export type RiskAnswers = Record<string, string>
