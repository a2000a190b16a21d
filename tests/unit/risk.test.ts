import { existsSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RISK_DIMENSIONS, RISK_QUESTIONS } from '#shared/data/risk-assessment'
import { riskAnswersSchema } from '#shared/schemas/risk'
import { GUIDE_SLUGS, POLICY_TAGS } from '#shared/utils/content-taxonomy'
import { RISK_BANDS, compareAssessments, projectRiskDimension, riskHowScored, scoreRiskAssessment } from '#shared/utils/risk'
import type { RiskAdvice, RiskContext, RiskSignals } from '#shared/utils/risk'
import { SERVICE_STAGE_CODES } from '#shared/utils/stages'
import { PROJECT_CATEGORIES } from '../../scripts/db/project-generator'
import { CITIES } from '../../scripts/db/seed-data'
import zhCases from '../../i18n/locales/zh-CN.cases.json'
import enCases from '../../i18n/locales/en.cases.json'

const zh: RiskContext = { category: 'food-snacks', city: 'changchun', locale: 'zh-CN' }
const strong: RiskSignals = { negativeCashMonths: 0, reserveMonths: 6, paybackMonths: 10, loanShareBp: 2000, projectRiskFactors: [] }
const weakSignals: RiskSignals = { negativeCashMonths: 4, reserveMonths: 1.5, paybackMonths: 30, loanShareBp: 8000, projectRiskFactors: [] }

const pick = (f: (points: number[]) => number) => Object.fromEntries(RISK_QUESTIONS.map((q) => {
  const target = f(q.options.map(o => o.points))
  return [q.id, q.options.find(o => o.points === target)!.value]
}))
const best = pick(p => Math.max(...p))
const worst = pick(p => Math.min(...p))
const dims = (r: { dimensions: { code: string, score: number }[] }) => Object.fromEntries(r.dimensions.map(d => [d.code, d.score]))

/** Hand-made: every question of PERSONAL and COMPLIANCE answered yes; the rest as listed. */
const mixed: Record<string, string> = {
  ...best,
  // MARKET: 3 × yes (3) + 3 × not sure (1) = 12 of 18 → 67
  'market-customers-talked': 'UNSURE', 'market-competitors': 'UNSURE', 'market-location': 'UNSURE',
  // FINANCE questions: 2 + 3 + 2 + 3 + 0 + 3 = 13 of 18
  'finance-own-share': 'QUARTER_TO_HALF', 'finance-existing-debt': 'NONE', 'finance-survival-budget': 'THREE_TO_SIX',
  'finance-break-even': 'YES', 'finance-cash-flow': 'NO', 'finance-bookkeeping': 'YES',
  // OPERATIONS: 1 + 3 + 3 + 3 + 1 + 0 = 11 of 18 → 61
  'ops-suppliers': 'ONE', 'ops-staff': 'NOT_APPLICABLE', 'ops-premises': 'YES', 'ops-equipment': 'YES', 'ops-insurance': 'UNSURE', 'ops-backup': 'NO',
}
// plan: no negative month (3), reserve 4 months (2), payback 18 months (2), loans 60 % (0) = 7 of 12;
// FINANCE = (13 + 7) / 30 → 67
const mixedSignals: RiskSignals = { negativeCashMonths: 0, reserveMonths: 4, paybackMonths: 18, loanShareBp: 6000, projectRiskFactors: [] }

describe('the questionnaire', () => {
  it('has 30 questions, six in each of the five dimensions, with stable unique ids', () => {
    expect(RISK_QUESTIONS).toHaveLength(30)
    expect(new Set(RISK_QUESTIONS.map(q => q.id)).size).toBe(30)
    for (const d of RISK_DIMENSIONS) expect(RISK_QUESTIONS.filter(q => q.dimension === d)).toHaveLength(6)
  })

  it('every question is worth 3 at best, has a weak answer, and its texts are in both languages', () => {
    for (const q of RISK_QUESTIONS) {
      expect(Math.max(...q.options.map(o => o.points)), q.id).toBe(3)
      expect(Math.min(...q.options.map(o => o.points)), q.id).toBeLessThanOrEqual(1)
      expect(new Set(q.options.map(o => o.value)).size, q.id).toBe(q.options.length)
      for (const t of [q.text, q.advice.text, ...q.options.map(o => o.label)]) {
        expect(t['zh-CN'].trim(), q.id).not.toBe('')
        expect(t.en.trim(), q.id).not.toBe('')
      }
    }
  })
})

describe('scoring', () => {
  it('a fully prepared case with a sound plan scores 100, low risk, no advice', () => {
    const r = scoreRiskAssessment(best, strong, zh)
    expect(r).toEqual({ score: 100, band: 'LOW', dimensions: RISK_DIMENSIONS.map(code => ({ code, score: 100 })), advice: [] })
  })

  it('the weakest answers and plan score 0, high risk, with advice for every question and every figure', () => {
    const r = scoreRiskAssessment(worst, weakSignals, zh)
    expect(r.score).toBe(0)
    expect(r.band).toBe('HIGH')
    expect(r.advice).toHaveLength(30 + 4)
    expect(r.advice.filter(a => a.questionId).map(a => a.questionId).sort()).toEqual(RISK_QUESTIONS.map(q => q.id).sort())
  })

  it('scores each dimension as its share of points and the total as their mean, by hand', () => {
    const r = scoreRiskAssessment(mixed, mixedSignals, zh)
    expect(dims(r)).toEqual({ PERSONAL: 100, MARKET: 67, FINANCE: 67, OPERATIONS: 61, COMPLIANCE: 100 })
    // (100 + 67 + 67 + 61 + 100) / 5 = 79: at least 70, no dimension below 50, no negative month → LOW
    expect(r.score).toBe(79)
    expect(r.band).toBe('LOW')
  })

  it('gives advice for every weak answer and weak figure, weakest dimension first', () => {
    const r = scoreRiskAssessment(mixed, mixedSignals, zh)
    expect(r.advice.map(a => a.key)).toEqual([
      'ops-suppliers', 'ops-insurance', 'ops-backup', // OPERATIONS 61
      'market-customers-talked', 'market-competitors', 'market-location', // MARKET 67 (before FINANCE 67: the dimension order)
      'finance-cash-flow', 'signal:loanShare', // FINANCE 67; 2 of 3 points is not weak
    ])
    const loan = r.advice.find(a => a.key === 'signal:loanShare')!
    expect(loan.text).toContain('60%')
    expect(loan.dimension).toBe('FINANCE')
    expect(loan.questionId).toBeUndefined()
    expect(r.advice[0]!.text).toBe(RISK_QUESTIONS.find(q => q.id === 'ops-suppliers')!.advice.text['zh-CN'])
    expect(scoreRiskAssessment(mixed, mixedSignals, { ...zh, locale: 'en' }).advice.find(a => a.key === 'signal:loanShare')!.text).toContain('Loans make up 60%')
  })

  it('a month of negative cash keeps the band from LOW even with a good score', () => {
    // negative cash: 1 of 3 points → FINANCE 18 / 30 = 60; total (100 + 67 + 60 + 61 + 100) / 5 = 77.6 → 78
    const r = scoreRiskAssessment(mixed, { ...mixedSignals, negativeCashMonths: 1 }, zh)
    expect(dims(r).FINANCE).toBe(60)
    expect(r.score).toBe(78)
    expect(r.band).toBe('MEDIUM')
    expect(r.advice.find(a => a.key === 'signal:negativeCash')!.text).toContain('有 1 个月月底现金为负')
  })

  it('one weak dimension keeps the band from LOW; below 45 is HIGH', () => {
    const noOps = { ...best, ...Object.fromEntries(RISK_QUESTIONS.filter(q => q.dimension === 'OPERATIONS').map(q => [q.id, worst[q.id]!])) }
    const r = scoreRiskAssessment(noOps, strong, zh)
    expect(r.score).toBe(80)
    expect(dims(r).OPERATIONS).toBe(0)
    expect(r.band).toBe('MEDIUM')
    const onlyPersonal = { ...worst, ...Object.fromEntries(RISK_QUESTIONS.filter(q => q.dimension === 'PERSONAL').map(q => [q.id, best[q.id]!])) }
    // PERSONAL 100, FINANCE 12 / 30 = 40 with a strong plan, the others 0: 140 / 5 = 28
    const high = scoreRiskAssessment(onlyPersonal, strong, zh)
    expect(high.score).toBe(28)
    expect(high.band).toBe('HIGH')
  })

  it('a plan that never pays back counts as weak and says so', () => {
    const r = scoreRiskAssessment(best, { ...strong, paybackMonths: null }, zh)
    expect(dims(r).FINANCE).toBe(90) // 27 of 30
    expect(r.advice.map(a => a.key)).toEqual(['signal:payback'])
    expect(r.advice[0]!.text).toContain('收不回来')
  })

  it('counts a missing or unknown answer as 0 points', () => {
    const { 'personal-health': _, ...rest } = best
    expect(dims(scoreRiskAssessment({ ...rest, 'personal-time': 'MAYBE' }, strong, zh)).PERSONAL).toBe(67) // 12 of 18
  })

  it('lists the project\'s own risk factors as advice in the dimension their words point to, without changing the score', () => {
    const factors = ['需要食品经营许可', '同质化竞争激烈', '投资回收期长', '食品安全责任重', '需要食品经营许可']
    const r = scoreRiskAssessment(best, { ...strong, projectRiskFactors: factors }, zh)
    expect(r.score).toBe(100)
    expect(r.advice.map(a => [a.key, a.dimension])).toEqual([
      ['project:需要食品经营许可', 'COMPLIANCE'], ['project:同质化竞争激烈', 'MARKET'], ['project:投资回收期长', 'FINANCE'], ['project:食品安全责任重', 'OPERATIONS'],
    ])
    expect(r.advice[0]!.text).toContain('项目库列出的风险：需要食品经营许可')
    expect(projectRiskDimension('需要动物防疫条件合格证')).toBe('COMPLIANCE')
    expect(projectRiskDimension('季节性强')).toBe('MARKET')
  })
})

describe('advice links', () => {
  const everything = scoreRiskAssessment(worst, { ...weakSignals, projectRiskFactors: ['季节性强'] }, zh)
  const guideFiles = (dir: string) => readdirSync(`content/guides/${dir}`).filter(f => f.endsWith('.md')).map(f => f.replace(/\.md$/, '')).sort()
  const categories = PROJECT_CATEGORIES.map(c => c.code)
  const cities = CITIES.map(c => c.code)

  function checkLink(a: RiskAdvice) {
    const u = new URL(a.url, 'http://site.test')
    if (u.pathname === '/mentors') {
      expect(SERVICE_STAGE_CODES, a.key).toContain(u.searchParams.get('stage'))
      expect(categories, a.key).toContain(u.searchParams.get('industry'))
    }
    else if (u.pathname === '/policies') {
      expect(POLICY_TAGS, a.key).toContain(u.searchParams.get('tag'))
      const city = u.searchParams.get('city')
      if (city) expect(cities, a.key).toContain(city)
    }
    else {
      const slug = /^\/guides\/([a-z0-9-]+)$/.exec(u.pathname)?.[1]
      expect(slug, `${a.key}: ${a.url}`).toBeTruthy()
      expect(existsSync(`content/guides/zh/${slug}.md`) && existsSync(`content/guides/en/${slug}.md`), a.url).toBe(true)
    }
  }

  it('the guide slugs are the guides that exist, in both languages', () => {
    expect([...GUIDE_SLUGS].sort()).toEqual(guideFiles('zh'))
    expect([...GUIDE_SLUGS].sort()).toEqual(guideFiles('en'))
  })

  it('every advice points at a mentor filter, a policy filter or a guide that exists, for the case\'s category and city', () => {
    expect(everything.advice).toHaveLength(35)
    for (const a of everything.advice) checkLink(a)
    expect(everything.advice.find(a => a.key === 'market-customers-talked')!.url).toBe('/mentors?stage=RISK&industry=food-snacks')
    expect(everything.advice.find(a => a.key === 'compliance-tax')!.url).toBe(`/policies?tag=${encodeURIComponent('税收优惠')}&city=changchun`)
    expect(everything.advice.find(a => a.key === 'finance-existing-debt')!.url).toBe('/guides/guaranteed-loan-application')
    // every kind of link is used
    expect(new Set(everything.advice.map(a => new URL(a.url, 'http://site.test').pathname.split('/')[1]))).toEqual(new Set(['mentors', 'policies', 'guides']))
  })

  it('without a city the policy links are province-wide; a malformed category is left out rather than breaking the filter', () => {
    const r = scoreRiskAssessment(worst, weakSignals, { category: 'not a code!', city: null, locale: 'en' })
    expect(r.advice.find(a => a.key === 'compliance-tax')!.url).toBe(`/policies?tag=${encodeURIComponent('税收优惠')}`)
    expect(r.advice.find(a => a.key === 'market-customers-talked')!.url).toBe('/mentors?stage=RISK')
  })

  it('links no training until the caller says where trainings live', () => {
    expect(everything.advice.some(a => 'trainingUrl' in a)).toBe(false)
    const r = scoreRiskAssessment(worst, weakSignals, { ...zh, trainingsUrl: p => `/trainings?programme=${p}` })
    expect(r.advice.find(a => a.key === 'personal-skills')!.trainingUrl).toBe('/trainings?programme=SYB')
    expect(r.advice.find(a => a.key === 'personal-skills')!.url).toBe('/guides/choose-your-training')
  })
})

describe('the answers schema', () => {
  it('takes a complete set of known answers', () => {
    expect(riskAnswersSchema.parse(mixed)).toEqual(mixed)
  })

  it('refuses an option the question does not have', () => {
    const r = riskAnswersSchema.safeParse({ ...best, 'finance-own-share': 'YES' })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map(i => [i.path.join('.'), i.message])).toEqual([['finance-own-share', 'validation.invalid']])
  })

  it('refuses a question that is not in the questionnaire, and a missing one', () => {
    expect(riskAnswersSchema.safeParse({ ...best, 'personal-hobby': 'YES' }).error?.issues.map(i => i.message)).toEqual(['validation.unknownQuestion'])
    const { 'ops-backup': _, ...missing } = best
    expect(riskAnswersSchema.safeParse(missing).error?.issues.map(i => [i.path.join('.'), i.message])).toEqual([['ops-backup', 'validation.required']])
  })
})

describe('retaking', () => {
  it('shows what changed per dimension and which advice is done or new', () => {
    const first = scoreRiskAssessment(mixed, mixedSignals, zh)
    const second = scoreRiskAssessment(
      { ...mixed, 'ops-backup': 'YES', 'ops-suppliers': 'TWO_OR_MORE', 'personal-time': 'UNSURE' },
      { ...mixedSignals, loanShareBp: 4000 },
      zh,
    )
    const c = compareAssessments(first, second)
    expect(c.dimensions).toEqual([
      { code: 'PERSONAL', previous: 100, current: 89, change: -11, trend: 'DOWN' }, // 16 of 18
      { code: 'MARKET', previous: 67, current: 67, change: 0, trend: 'SAME' },
      { code: 'FINANCE', previous: 67, current: 73, change: 6, trend: 'UP' }, // (13 + 9) / 30
      { code: 'OPERATIONS', previous: 61, current: 89, change: 28, trend: 'UP' }, // 16 of 18
      { code: 'COMPLIANCE', previous: 100, current: 100, change: 0, trend: 'SAME' },
    ])
    expect(c.score).toEqual({ previous: 79, current: 84, change: 5, trend: 'UP' })
    expect(c.band).toEqual({ previous: 'LOW', current: 'LOW', changed: false })
    expect(c.resolved.map(a => a.key)).toEqual(['ops-suppliers', 'ops-backup', 'signal:loanShare'])
    expect(c.added.map(a => a.key)).toEqual(['personal-time'])
  })
})

describe('how it is scored', () => {
  it('explains the rules with the same numbers, in both languages', () => {
    expect(riskHowScored('zh-CN')).toContain('总分 70 分以上、每个方面都不低于 50 分')
    expect(riskHowScored('zh-CN')).toContain('30 道题')
    expect(riskHowScored('en')).toContain('below 45 is high risk')
    expect(riskHowScored('en')).toContain('A higher score means better prepared and a lower risk')
  })
})

describe('names', () => {
  it('every band and dimension has a name in both languages', () => {
    for (const c of [zhCases.cases, enCases.cases]) {
      expect(Object.keys(c.riskBand)).toEqual([...RISK_BANDS])
      expect(Object.keys(c.riskDimension)).toEqual([...RISK_DIMENSIONS])
    }
  })
})
