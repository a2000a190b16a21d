import type { Bilingual } from '../utils/loan-codes'
import type { OutcomeFigure } from '../utils/outcomes'

/**
 * The rules of the pioneer award (创业先锋评选) as data, with their source and effective date.
 * A new round copies the set in force (`awardRulesOn`) into its own row — eligibility, rubric,
 * weights, vote holding — so a later change of these defaults never changes a running round.
 * A new set is added as a new entry, never by editing one that rounds were judged under.
 */
export interface EligibilityRule {
  /** a figure StartHub recorded for the case (shared/utils/outcomes.ts); never typed by a person */
  figure: Extract<OutcomeFigure, 'monthsTrading' | 'employees'>
  /** at least this much */
  min: number
}

export interface RubricCriterion {
  code: string
  name: Bilingual
  /** the most points a reviewer may give */
  max: number
}

export interface AwardWeights {
  /** percent of the final score from the experts' average */
  experts: number
  /** percent from the public vote; experts + public = 100 */
  public: number
}

export interface VoteHolding {
  /** this many votes from one address (its HMAC) within the window: that vote and later ones are held */
  burstSize: number
  burstWindowMinutes: number
  /** hold votes of accounts created after voting opened */
  holdNewAccounts: boolean
  /** hold votes of accounts with no recorded use before voting opened (no sign-in, no case, booking or enrolment) */
  holdUnusedAccounts: boolean
}

export interface AwardCategoryDefault {
  code: string
  name: Bilingual
  winners: number
  /** how many of the best expert scores go on the public notice */
  shortlist: number
}

export interface AwardRuleSet {
  version: string
  /** YYYY-MM-DD, Beijing */
  effectiveFrom: string
  source: string
  /** sample figures until an official notice is entered */
  sample: boolean
  categories: readonly AwardCategoryDefault[]
  eligibility: readonly EligibilityRule[]
  rubric: readonly RubricCriterion[]
  weights: AwardWeights
  holding: VoteHolding
  noticeDays: number
}

export const AWARD_RULE_SETS: readonly AwardRuleSet[] = [
  {
    version: '2026-01',
    effectiveFrom: '2026-01-01',
    source: '吉林省创业型城市创建“创业先锋”评选办法（样例，据 ONE-STOP.md：专家评审 + 7 天公示 + 专家 50% / 公众投票 50%，实名账号每日一票）',
    sample: true,
    categories: [
      { code: 'pioneer', name: { 'zh-CN': '创业先锋', 'en': 'Start-up pioneer' }, winners: 3, shortlist: 10 },
      { code: 'star', name: { 'zh-CN': '创业之星', 'en': 'Rising star' }, winners: 3, shortlist: 10 },
    ],
    eligibility: [
      { figure: 'monthsTrading', min: 12 },
      { figure: 'employees', min: 3 },
    ],
    rubric: [
      { code: 'growth', name: { 'zh-CN': '经营成长', 'en': 'Growth of the business' }, max: 30 },
      { code: 'jobs', name: { 'zh-CN': '带动就业', 'en': 'Jobs created' }, max: 30 },
      { code: 'innovation', name: { 'zh-CN': '创新特色', 'en': 'Innovation' }, max: 20 },
      { code: 'community', name: { 'zh-CN': '社会贡献与示范作用', 'en': 'Contribution and example to others' }, max: 20 },
    ],
    weights: { experts: 50, public: 50 },
    holding: { burstSize: 5, burstWindowMinutes: 10, holdNewAccounts: true, holdUnusedAccounts: true },
    noticeDays: 7,
  },
]

/** The rule set in force on a Beijing day (the newest that took effect on or before it). */
export function awardRulesOn(day: string): AwardRuleSet {
  const sets = [...AWARD_RULE_SETS].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
  return sets.find(s => s.effectiveFrom <= day) ?? sets.at(-1)!
}
