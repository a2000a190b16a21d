import type { Bilingual } from '../utils/loan-codes'
import { zonedDate } from '../utils/zoned-time'

/**
 * The rules of start-up training (创业培训) and events as data: the programmes with their class
 * hours, who trains free, the subsidy standards, the enrolment rules and the event types. Every
 * figure officials change lives here with its source and the day it took effect; a training is
 * judged by the set in force on its certificate's day (`trainingRulesOn`). A new set is added
 * as a new entry, never by editing one that certificates were issued under.
 *
 * Units: money in fen (1 yuan = 100 fen), class hours in minutes (one 学时 = 45 minutes is a
 * local choice, so hours are stated in minutes of teaching), shares in basis points.
 */
export interface TrainingProgramme {
  code: string
  name: Bilingual
  /** what it is for, one line */
  summary: Bilingual
  /** class hours the course needs for completion, in minutes of lessons attended */
  requiredMinutes: number
  /** completion also needs the trainee's business plan graded 合格 or 优秀 */
  needsPlanGrade: boolean
  /** the subsidy per completed trainee (fen): full when a business opens within the window, else the reduced standard; null: not subsidised */
  subsidy: { full: number, reduced: number } | null
}

export interface TrainingRuleSet {
  version: string
  /** YYYY-MM-DD, Beijing */
  effectiveFrom: string
  source: string
  sample: boolean
  programmes: readonly TrainingProgramme[]
  /** the person categories who train free (and whose training is subsidised) */
  freeCategories: readonly { code: string, name: Bilingual }[]
  /** the full subsidy needs a business recorded as opened within this many months after the certificate */
  openingWindowMonths: number
  /** subsidised training: at most this many enrolments per person per programme per calendar year */
  perProgrammePerYear: number
  /** an offered place is held this long unless the session says otherwise */
  defaultOfferHours: number
  /** check-in opens this many minutes before a lesson starts (lessons that start early) */
  checkInOpensMinutesBefore: number
  /** the room screen's code changes every this many seconds; the code just before still works */
  codeStepSeconds: number
  /** the reminder mail goes this many hours before the first lesson */
  reminderHoursBefore: number
}

/** Events: 创业论坛, 项目推介会, 创业大赛, 政策宣讲. */
export const EVENT_TYPES: readonly { code: string, name: Bilingual }[] = [
  { code: 'FORUM', name: { 'zh-CN': '创业论坛', 'en': 'Entrepreneurship forum' } },
  { code: 'PITCH', name: { 'zh-CN': '项目推介会', 'en': 'Project pitch day' } },
  { code: 'CONTEST', name: { 'zh-CN': '创业大赛', 'en': 'Start-up contest' } },
  { code: 'POLICY_BRIEFING', name: { 'zh-CN': '政策宣讲', 'en': 'Policy briefing' } },
]

const YUAN = 100
const HOUR = 60

/** Seeded from ../shared/docs/ONE-STOP.md; sample figures until checked against Jilin's text. */
const JILIN_TRAINING_SAMPLE: TrainingRuleSet = {
  version: 'jilin-training-2025-sample',
  effectiveFrom: '2025-01-01',
  source: '样例数据，取自 ONE-STOP.md 汇总的各地创业培训补贴口径（6 个月内创业全额、否则减半），未核对吉林省原文 / sample figures from ONE-STOP.md (the common rule: full if a business starts within 6 months, otherwise half), not checked against Jilin\'s text',
  sample: true,
  programmes: [
    { code: 'GYB', name: { 'zh-CN': 'GYB 产生你的企业想法', 'en': 'GYB Generate Your Business Idea' }, summary: { 'zh-CN': '找到适合自己的创业想法', 'en': 'Find a business idea that suits you' }, requiredMinutes: 24 * HOUR, needsPlanGrade: false, subsidy: { full: 100 * YUAN, reduced: 50 * YUAN } },
    { code: 'SYB', name: { 'zh-CN': 'SYB 创办你的企业', 'en': 'SYB Start Your Business' }, summary: { 'zh-CN': '写出自己的创业计划书，学会开办企业', 'en': 'Write your own business plan and learn to open a business' }, requiredMinutes: 70 * HOUR, needsPlanGrade: true, subsidy: { full: 1000 * YUAN, reduced: 500 * YUAN } },
    { code: 'IYB', name: { 'zh-CN': 'IYB 改善你的企业', 'en': 'IYB Improve Your Business' }, summary: { 'zh-CN': '已开业者改善经营管理', 'en': 'For owners who have opened: run it better' }, requiredMinutes: 70 * HOUR, needsPlanGrade: false, subsidy: { full: 1000 * YUAN, reduced: 500 * YUAN } },
    { code: 'ONLINE', name: { 'zh-CN': '网络创业培训', 'en': 'Online business training' }, summary: { 'zh-CN': '开网店、做直播电商', 'en': 'Open an online shop, sell through live streams' }, requiredMinutes: 48 * HOUR, needsPlanGrade: false, subsidy: { full: 800 * YUAN, reduced: 400 * YUAN } },
    { code: 'SIMULATION', name: { 'zh-CN': '创业模拟实训', 'en': 'Business simulation training' }, summary: { 'zh-CN': '在模拟经营中练习开办和经营企业', 'en': 'Practise opening and running a business in a simulation' }, requiredMinutes: 40 * HOUR, needsPlanGrade: false, subsidy: { full: 800 * YUAN, reduced: 400 * YUAN } },
  ],
  freeCategories: [
    { code: 'UNEMPLOYED', name: { 'zh-CN': '城镇登记失业人员', 'en': 'Registered urban unemployed' } },
    { code: 'GRADUATE', name: { 'zh-CN': '高校毕业生及毕业学年学生', 'en': 'University graduates and final-year students' } },
    { code: 'RETURNING_MIGRANT', name: { 'zh-CN': '返乡创业农民工', 'en': 'Migrant workers returning home' } },
    { code: 'VETERAN', name: { 'zh-CN': '退役军人', 'en': 'Veterans' } },
    { code: 'HARD_TO_EMPLOY', name: { 'zh-CN': '就业困难人员（含残疾人）', 'en': 'People with employment difficulties (incl. disabled people)' } },
    { code: 'POVERTY_ALLEVIATED', name: { 'zh-CN': '脱贫人口', 'en': 'People lifted out of poverty' } },
    { code: 'RURAL_WORKER', name: { 'zh-CN': '农村转移就业劳动者', 'en': 'Rural workers moving into jobs' } },
  ],
  openingWindowMonths: 6,
  perProgrammePerYear: 1,
  defaultOfferHours: 48,
  checkInOpensMinutesBefore: 15,
  codeStepSeconds: 30,
  reminderHoursBefore: 24,
}

export const TRAINING_RULE_SETS: readonly TrainingRuleSet[] = [JILIN_TRAINING_SAMPLE]

/** The rule set in force on a day (YYYY-MM-DD, Beijing): the latest that took effect on or before it. */
export function trainingRulesOn(day: string = zonedDate(new Date()), sets: readonly TrainingRuleSet[] = TRAINING_RULE_SETS): TrainingRuleSet {
  let found: TrainingRuleSet | undefined
  for (const s of sets) if (s.effectiveFrom <= day && (!found || s.effectiveFrom > found.effectiveFrom)) found = s
  return found ?? sets[0]!
}

export function programmeOf(code: string, rules: TrainingRuleSet = trainingRulesOn()): TrainingProgramme | null {
  return rules.programmes.find(p => p.code === code) ?? null
}
