import type { AppLocale, Bilingual } from '../i18n/messages'
import type { PlanFinancials } from './plan'
import type { RiskAdviceDef, RiskAdviceLink, RiskDimensionCode, RiskPoints, RiskQuestion, RiskSignalCode, TrainingProgramme } from '../data/risk-assessment'
import {
  PROJECT_RISK_ADVICE, PROJECT_RISK_KEYWORDS, RISK_DIMENSIONS, RISK_NO_PAYBACK_ADVICE, RISK_QUESTIONS,
  RISK_SIGNAL_ADVICE, RISK_SIGNAL_RULES, WEAK_POINTS,
} from '../data/risk-assessment'

/**
 * Scoring of the risk self-assessment (风险评估). Pure: the answers, the plan's figures and the
 * case's category and city in, a score, a band and concrete advice out.
 *
 * The score is READINESS, the band is RISK: a high score (well prepared) means a LOW risk band.
 *
 * - Every question earns 0–3 points (是 3 / 不确定 1 / 否 0, or graded options). An unanswered
 *   question, or an answer that is not one of its options, earns 0 (the schema refuses both at
 *   the API; this keeps re-scoring an older answer set honest).
 * - The plan's four signals (negative-cash months, reserve months, payback months, loan share)
 *   earn 0–3 points each by RISK_SIGNAL_RULES and count in FINANCE.
 * - A dimension's score is its points as a share of its maximum, 0–100, rounded.
 * - The overall score is the plain mean of the five dimension scores (each weighs 20 %), rounded.
 * - Band: LOW when the score is at least 70, no dimension is below 50 and no month of the plan
 *   ends with negative cash; HIGH below 45; MEDIUM otherwise.
 * - Advice: one for each weak answer (0 or 1 points) and each weak signal, weakest dimension
 *   first, then one for each of the project's own risk factors (which do not change the score).
 *   Links are site paths without the locale prefix: pages pass them to localePath(), mails to
 *   siteLink(locale, path).
 */
export const RISK_BANDS = ['LOW', 'MEDIUM', 'HIGH'] as const
export type RiskBand = (typeof RISK_BANDS)[number]

export const RISK_BAND_RULES = {
  /** the least score for LOW */
  lowMin: 70,
  /** the least score for MEDIUM; below it, HIGH */
  mediumMin: 45,
  /** LOW also needs every dimension at least this */
  lowDimensionMin: 50,
} as const

export interface RiskSignals {
  /** months of the plan whose closing cash is below zero */
  negativeCashMonths: number
  /** cash reserve, in months of costs */
  reserveMonths: number
  /** months until the start-up money is earned back; null: not within the plan */
  paybackMonths: number | null
  /** loans as a share of the start-up money, in basis points (5000 = 50 %) */
  loanShareBp: number
  /** the library project's own risk factors, if the case started from one */
  projectRiskFactors: string[]
}

export interface RiskContext {
  /** the case's project category code (e.g. food-snacks) */
  category: string
  /** the case's city code; null: province-wide links */
  city: string | null
  locale: AppLocale
  /** where a training programme's sessions are listed, once trainings exist; without it no training link is given */
  trainingsUrl?: (programme: TrainingProgramme) => string
}

export interface RiskAdvice {
  /** stable: the question id, `signal:<code>` or `project:<factor>`; compareAssessments matches on it */
  key: string
  text: string
  /** a site path without the locale prefix */
  url: string
  dimension: RiskDimensionCode
  questionId?: string
  /** the training that would help, when the caller gave trainingsUrl */
  trainingUrl?: string
}

export interface RiskDimensionScore { code: RiskDimensionCode, score: number }

export interface RiskAssessmentResult {
  /** readiness, 0–100: high is good */
  score: number
  /** risk: LOW is good */
  band: RiskBand
  dimensions: RiskDimensionScore[]
  advice: RiskAdvice[]
}

/** the shape of a category or city code (as the list filters check it) */
const CODE_SHAPE = /^[a-z][a-z0-9-]{0,39}$/

/** The site path an advice links to, for this case's category and city. */
export function riskAdviceUrl(link: RiskAdviceLink, context: Pick<RiskContext, 'category' | 'city'>): string {
  const q = new URLSearchParams()
  if (link.kind === 'guide') return `/guides/${link.slug}`
  if (link.kind === 'mentors') {
    q.set('stage', link.stage)
    if (CODE_SHAPE.test(context.category)) q.set('industry', context.category)
    return `/mentors?${q}`
  }
  q.set('tag', link.tag)
  if (context.city && CODE_SHAPE.test(context.city)) q.set('city', context.city)
  return `/policies?${q}`
}

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`))
}

function signalPoints(signals: RiskSignals): Record<RiskSignalCode, RiskPoints> {
  const r = RISK_SIGNAL_RULES
  const n = signals.negativeCashMonths
  const p = signals.paybackMonths
  return {
    negativeCash: n <= r.negativeCashMonths.fullAt ? 3 : n <= r.negativeCashMonths.weakUpTo ? 1 : 0,
    reserve: signals.reserveMonths >= r.reserveMonths.full ? 3 : signals.reserveMonths >= r.reserveMonths.weakBelow ? 2 : 0,
    payback: p === null ? 0 : p <= r.paybackMonths.full ? 3 : p <= r.paybackMonths.weakAbove ? 2 : 0,
    loanShare: signals.loanShareBp <= r.loanShareBp.full ? 3 : signals.loanShareBp <= r.loanShareBp.weakAbove ? 2 : 0,
  }
}

function signalFigure(code: RiskSignalCode, signals: RiskSignals): string {
  const round1 = (x: number) => String(Math.round(x * 10) / 10)
  switch (code) {
    case 'negativeCash': return String(signals.negativeCashMonths)
    case 'reserve': return round1(signals.reserveMonths)
    case 'payback': return String(signals.paybackMonths ?? '')
    case 'loanShare': return String(Math.round(signals.loanShareBp / 100))
  }
}

/** The dimension a project risk factor's words point to. */
export function projectRiskDimension(factor: string): RiskDimensionCode {
  const f = factor.toLowerCase()
  return PROJECT_RISK_KEYWORDS.find(k => k.words.some(w => f.includes(w)))?.dimension ?? 'OPERATIONS'
}

export function questionPoints(question: RiskQuestion, answer: string | undefined): RiskPoints {
  return question.options.find(o => o.value === answer)?.points ?? 0
}

export function riskBand(score: number, dimensions: readonly RiskDimensionScore[], negativeCashMonths: number): RiskBand {
  const r = RISK_BAND_RULES
  if (score < r.mediumMin) return 'HIGH'
  if (score >= r.lowMin && dimensions.every(d => d.score >= r.lowDimensionMin) && negativeCashMonths <= 0) return 'LOW'
  return 'MEDIUM'
}

export function scoreRiskAssessment(answers: Record<string, string>, signals: RiskSignals, context: RiskContext): RiskAssessmentResult {
  const got = Object.fromEntries(RISK_DIMENSIONS.map(d => [d, 0])) as Record<RiskDimensionCode, number>
  const max = Object.fromEntries(RISK_DIMENSIONS.map(d => [d, 0])) as Record<RiskDimensionCode, number>
  const weak: { dimension: RiskDimensionCode, advice: Omit<RiskAdvice, 'dimension'> }[] = []
  const make = (key: string, def: RiskAdviceDef, text: string, questionId?: string): Omit<RiskAdvice, 'dimension'> => {
    const a: Omit<RiskAdvice, 'dimension'> = { key, text, url: riskAdviceUrl(def.link, context) }
    if (questionId) a.questionId = questionId
    if (def.training && context.trainingsUrl) a.trainingUrl = context.trainingsUrl(def.training)
    return a
  }

  for (const q of RISK_QUESTIONS) {
    const points = questionPoints(q, answers[q.id])
    got[q.dimension] += points
    max[q.dimension] += 3
    if (points <= WEAK_POINTS) weak.push({ dimension: q.dimension, advice: make(q.id, q.advice, q.advice.text[context.locale], q.id) })
  }

  const sp = signalPoints(signals)
  for (const code of Object.keys(sp) as RiskSignalCode[]) {
    got.FINANCE += sp[code]
    max.FINANCE += 3
    if (sp[code] > WEAK_POINTS) continue
    const def = RISK_SIGNAL_ADVICE[code]
    const text = code === 'payback' && signals.paybackMonths === null
      ? RISK_NO_PAYBACK_ADVICE[context.locale]
      : fill(def.text[context.locale], { n: signalFigure(code, signals) })
    weak.push({ dimension: 'FINANCE', advice: make(`signal:${code}`, def, text) })
  }

  const dimensions = RISK_DIMENSIONS.map(code => ({ code, score: max[code] ? Math.round((100 * got[code]) / max[code]) : 100 }))
  const score = Math.round(dimensions.reduce((s, d) => s + d.score, 0) / dimensions.length)
  const order = [...dimensions].sort((a, b) => a.score - b.score).map(d => d.code)

  const advice: RiskAdvice[] = order.flatMap(dim => weak.filter(w => w.dimension === dim).map(w => ({ ...w.advice, dimension: dim })))
  const seen = new Set<string>()
  for (const raw of signals.projectRiskFactors) {
    const factor = raw.trim()
    if (!factor || seen.has(factor)) continue
    seen.add(factor)
    advice.push({ ...make(`project:${factor}`, PROJECT_RISK_ADVICE, fill(PROJECT_RISK_ADVICE.text[context.locale], { factor })), dimension: projectRiskDimension(factor) })
  }

  return { score, band: riskBand(score, dimensions, signals.negativeCashMonths), dimensions, advice }
}

/** How the result is worked out, for the result page; the numbers come from the rules above. */
export function riskHowScored(locale: AppLocale): string {
  const b = RISK_BAND_RULES
  const s = RISK_SIGNAL_RULES
  const n = RISK_QUESTIONS.length
  const text: Bilingual = {
    'zh-CN': `问卷共 ${n} 道题，分个人准备、市场、资金、经营和合规五个方面。每道题最高 3 分（是 3 分、不确定 1 分、否 0 分；分档的题按档给 0–3 分）。`
      + `资金方面还计入计划书里的四项数字，每项同样 0–3 分：月底现金为负的月数（没有得 3 分，1–${s.negativeCashMonths.weakUpTo} 个月 1 分，更多 0 分）、`
      + `备用金（${s.reserveMonths.full} 个月以上 3 分，${s.reserveMonths.weakBelow} 个月以上 2 分，不足 ${s.reserveMonths.weakBelow} 个月 0 分）、`
      + `回本期（${s.paybackMonths.full} 个月以内 3 分，${s.paybackMonths.weakAbove} 个月以内 2 分，更长或收不回 0 分）、`
      + `借款占启动资金的比例（${s.loanShareBp.full / 100}% 以内 3 分，${s.loanShareBp.weakAbove / 100}% 以内 2 分，更高 0 分）。`
      + `每个方面的得分是实得分占满分的百分比，总分是五个方面的平均分（0–100 分）。分数越高，说明准备越充分、风险越低：`
      + `总分 ${b.lowMin} 分以上、每个方面都不低于 ${b.lowDimensionMin} 分、且没有月底现金为负的月份，为低风险；低于 ${b.mediumMin} 分为高风险；其余为中等风险。`
      + `得 0 分或 1 分的题目和数字，各给一条具体建议，最弱的方面排在最前；项目库列出的风险因素不计分，逐条列在建议里。重新评估会保留以前的结果，并显示各方面的变化。`,
    'en': `The questionnaire has ${n} questions in five areas: personal readiness, market, finance, operations and compliance. Each question earns up to 3 points (yes 3, not sure 1, no 0; graded questions 0–3).`
      + ` Finance also counts four figures from your business plan, 0–3 points each: months ending with negative cash (none 3, 1–${s.negativeCashMonths.weakUpTo} months 1, more 0);`
      + ` the cash reserve (${s.reserveMonths.full} months or more 3, ${s.reserveMonths.weakBelow} or more 2, less than ${s.reserveMonths.weakBelow} 0);`
      + ` the payback period (up to ${s.paybackMonths.full} months 3, up to ${s.paybackMonths.weakAbove} months 2, longer or never 0);`
      + ` and loans as a share of the start-up money (up to ${s.loanShareBp.full / 100}% 3, up to ${s.loanShareBp.weakAbove / 100}% 2, more 0).`
      + ` Each area's score is the share of its points you earned; the overall score is the average of the five (0–100). A higher score means better prepared and a lower risk:`
      + ` ${b.lowMin} or more, with no area below ${b.lowDimensionMin} and no month ending with negative cash, is low risk; below ${b.mediumMin} is high risk; anything else is medium risk.`
      + ` Every question or figure that earns 0 or 1 point gets one piece of concrete advice, weakest area first; the risks the project library lists for your project are not scored but each appears in the advice. Retaking the assessment keeps your earlier results and shows what changed.`,
  }
  return text[locale]
}

// ---------------------------------------------------------------------------------------------
// Retaking: what changed
// ---------------------------------------------------------------------------------------------

export type Trend = 'UP' | 'DOWN' | 'SAME'
export interface RiskComparison {
  score: { previous: number, current: number, change: number, trend: Trend }
  band: { previous: RiskBand, current: RiskBand, changed: boolean }
  dimensions: { code: RiskDimensionCode, previous: number, current: number, change: number, trend: Trend }[]
  /** advice the previous result gave and the current one no longer needs */
  resolved: RiskAdvice[]
  /** advice the current result gives that the previous one did not */
  added: RiskAdvice[]
}

const trend = (change: number): Trend => (change > 0 ? 'UP' : change < 0 ? 'DOWN' : 'SAME')

/** What changed from one assessment of a case to the next (both kept: retaking keeps the history). */
export function compareAssessments(previous: RiskAssessmentResult, current: RiskAssessmentResult): RiskComparison {
  const before = new Map(previous.dimensions.map(d => [d.code, d.score]))
  const prevKeys = new Set(previous.advice.map(a => a.key))
  const curKeys = new Set(current.advice.map(a => a.key))
  return {
    score: { previous: previous.score, current: current.score, change: current.score - previous.score, trend: trend(current.score - previous.score) },
    band: { previous: previous.band, current: current.band, changed: previous.band !== current.band },
    dimensions: current.dimensions.map((d) => {
      const p = before.get(d.code) ?? 0
      return { code: d.code, previous: p, current: d.score, change: d.score - p, trend: trend(d.score - p) }
    }),
    resolved: previous.advice.filter(a => !curKeys.has(a.key)),
    added: current.advice.filter(a => !prevKeys.has(a.key)),
  }
}

/** What the plan says about risk, read from its computed financials. */
export function planSignals(f: PlanFinancials, projectRiskFactors: string[]): RiskSignals {
  const closing = f.cashflow.closing.months
  const monthly = f.workingCapital.monthlyTotal
  const funded = f.startUp.funding.total - f.startUp.fixedAssets - f.startUp.registration
  return {
    negativeCashMonths: closing.filter(v => v < 0).length,
    // months of running costs the funding pays for beyond the fixed assets
    reserveMonths: monthly > 0 ? Math.max(0, Math.floor((funded / monthly) * 10) / 10) : 12,
    paybackMonths: f.indicators.paybackMonth,
    loanShareBp: f.startUp.total > 0 ? Math.round((f.startUp.funding.loan * 10_000) / f.startUp.total) : 0,
    projectRiskFactors,
  }
}
