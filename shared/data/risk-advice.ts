import type { Bilingual } from '../i18n/messages'
import type { GuideSlug, PolicyTag } from '../utils/content-taxonomy'
import type { ServiceStageCode } from '../utils/stages'
import type { RiskDimensionCode, RiskSignalCode } from './risk-assessment'

/**
 * 风险评估's advice, as data: what an advice is and where it links, the advice for each signal
 * read from the business plan, and the project library's own risk factors. The questionnaire and
 * the signals' thresholds are in risk-assessment.ts (which re-exports this module); each question
 * carries its own advice there. shared/utils/risk.ts puts them together.
 */

/** Training programmes an advice could point to once trainings exist (the hook; no link today). */
export type TrainingProgramme = 'GYB' | 'SYB' | 'IYB' | 'ONLINE'

/** Where an advice sends the person: routes that exist today. */
export type RiskAdviceLink
  /** /mentors?stage=<stage>&industry=<the case's category> */
  = | { kind: 'mentors', stage: ServiceStageCode }
  /** /policies?tag=<tag>&city=<the case's city> */
    | { kind: 'policies', tag: PolicyTag }
  /** /guides/<slug> */
    | { kind: 'guide', slug: GuideSlug }

export interface RiskAdviceDef {
  text: Bilingual
  link: RiskAdviceLink
  /** the training that would help; linked only when the caller can say where trainings live */
  training?: TrainingProgramme
}

export const RISK_SIGNAL_ADVICE: Record<RiskSignalCode, RiskAdviceDef> = {
  negativeCash: {
    text: { 'zh-CN': '现金流量计划里有 {n} 个月月底现金为负，生意会在这几个月断钱。推迟大额支出、减少首批进货，或提前安排好资金来源，让每个月月底都有余钱。', 'en': 'Your cash-flow plan ends {n} months with less than nothing: the business would run out of money then. Delay large purchases, buy less stock at first or line up funding in advance, so every month ends with cash in hand.' },
    link: { kind: 'mentors', stage: 'FINANCING' },
  },
  reserve: {
    text: { 'zh-CN': '计划里的备用金只够 {n} 个月的开支，少于 3 个月。遇到淡季或回款慢就会紧张，建议把备用金提高到 3 到 6 个月。', 'en': 'Your plan keeps a reserve of only {n} months of costs, less than 3. A slow season or late payments would squeeze you; aim for 3 to 6 months.' },
    link: { kind: 'mentors', stage: 'FINANCING' },
  },
  payback: {
    text: { 'zh-CN': '按计划书测算，启动资金要 {n} 个月才能收回，超过 2 年。看看能否减少一次性投入或先小规模试营业，再决定是否全面投入。', 'en': 'By your plan, the start-up money takes {n} months to earn back, more than 2 years. See whether you can spend less up front or trial on a small scale before committing fully.' },
    link: { kind: 'mentors', stage: 'PLAN' },
  },
  loanShare: {
    text: { 'zh-CN': '借款占启动资金的 {n}%，超过一半。借得越多，每月还款越重：先了解创业担保贷款的额度、期限和贴息，再算算每月还款能否承受。', 'en': 'Loans make up {n}% of your start-up money, more than half. The more you borrow, the heavier each month\'s repayment: learn the guaranteed start-up loan\'s limits, term and interest subsidy, then check that you can carry the repayments.' },
    link: { kind: 'guide', slug: 'guaranteed-loan-application' },
  },
}

/** When a plan never earns its money back within its horizon (paybackMonths null). */
export const RISK_NO_PAYBACK_ADVICE: Bilingual = {
  'zh-CN': '按计划书测算，启动资金在计划期内收不回来。先检查销售预测和成本，再和导师一起看看项目是否值得做。',
  'en': 'By your plan, the start-up money is not earned back within the plan\'s horizon. Check the sales forecast and costs, then look at whether the project is worth it with a mentor.',
}

/**
 * The project library's own risk factors (项目风险因素): shown as advice, one each, in the
 * dimension their words point to. They do not change the score: they describe the project (its
 * experts already rated it), and counting them would mark a well-documented project down.
 */
export const PROJECT_RISK_ADVICE: RiskAdviceDef = {
  text: { 'zh-CN': '项目库列出的风险：{factor}。在计划书里写明您打算怎么应对，可以约本行业的导师一起看看。', 'en': 'A risk the project library lists: {factor}. Write in your plan how you will handle it, and go through it with a mentor from this trade.' },
  link: { kind: 'mentors', stage: 'RISK' },
}

/** Words that place a project risk factor in a dimension, checked in this order; otherwise OPERATIONS. */
export const PROJECT_RISK_KEYWORDS: readonly { dimension: RiskDimensionCode, words: readonly string[] }[] = [
  { dimension: 'COMPLIANCE', words: ['许可', '资质', '备案', '审批', '登记', '持证', '合规', '监管', '环保', '消防', '防疫', '权属', '政策', '夸大', 'licen', 'permit', 'regulat'] },
  { dimension: 'FINANCE', words: ['投资', '回本', '回收期', '回款', '成本', '租金', '利润', '加盟费', '收入少', 'invest', 'payback', 'cost', 'rent'] },
  { dimension: 'MARKET', words: ['竞争', '同质', '客流', '客源', '季节', '淡季', '价格', '平台', '认知', '市场', '推广', '口味', '订单', 'compet', 'season', 'price', 'market', 'demand'] },
]
