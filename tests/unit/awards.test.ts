import { describe, expect, it } from 'vitest'
import * as Db from '../../server/generated/prisma/enums'
import { AWARD_RULE_SETS, awardRulesOn } from '#shared/data/award-rules'
import { AWARD_PHASES, AWARD_VOTE_STATUSES, checkEligibility, compareScored, expertAverage, holdReasons, invalidScores, nextPhase, NOMINATION_STATUSES, reviewPercent, scoreNominees, shortlist } from '#shared/utils/awards'
import { caseOutcomes } from '#shared/utils/outcomes'
import { ADVANCE, nominationLifecycle, roundLifecycle } from '../../server/services/awards/rules'
import { nextBeijingMidnight, phaseEndsAt } from '../../server/services/awards/rounds'
import zhAwards from '../../i18n/locales/zh-CN.awards.json'
import enAwards from '../../i18n/locales/en.awards.json'
import { AWARD_MAIL_KINDS, renderMail } from '../../server/mail/templates'

const rules = awardRulesOn('2026-06-01')
const at = (iso: string) => new Date(iso)

describe('award rules as data', () => {
  it('have a source and an effective date, weights summing to 100, and a rubric of 100 points', () => {
    for (const set of AWARD_RULE_SETS) {
      expect(set.source.length).toBeGreaterThan(10)
      expect(set.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(set.weights.experts + set.weights.public).toBe(100)
      expect(set.rubric.reduce((s, c) => s + c.max, 0)).toBe(100)
    }
    expect(rules.weights).toEqual({ experts: 50, public: 50 })
    expect(rules.eligibility).toEqual([{ figure: 'monthsTrading', min: 12 }, { figure: 'employees', min: 3 }])
  })

  it('code lists are Prisma\'s enums in the same order', () => {
    expect(AWARD_PHASES).toEqual(Object.values(Db.AwardPhase))
    expect(NOMINATION_STATUSES).toEqual(Object.values(Db.NominationStatus))
    expect(AWARD_VOTE_STATUSES).toEqual(Object.values(Db.AwardVoteStatus))
  })
})

describe('eligibility against recorded figures', () => {
  const outcomes = (openedOn: string, employees: number) => caseOutcomes({ openedOn, openingEmployees: employees, checkIns: [], loansDisbursed: [], trainingProgrammes: [] }, '2026-12-01')

  it('passes when every rule is met, names the failing rule otherwise', () => {
    const ok = checkEligibility(rules.eligibility, outcomes('2025-11-15', 4))
    expect(ok).toMatchObject({ verified: true, eligible: true })
    const young = checkEligibility(rules.eligibility, outcomes('2026-03-01', 5))
    expect(young.eligible).toBe(false)
    expect(young.rules.find(r => r.figure === 'monthsTrading')).toMatchObject({ min: 12, value: 9, met: false })
    expect(young.rules.find(r => r.figure === 'employees')).toMatchObject({ met: true })
  })

  it('without a case nothing is checked: unverified, not refused', () => {
    expect(checkEligibility(rules.eligibility, null)).toMatchObject({ verified: false, eligible: null })
  })
})

describe('vote holding', () => {
  const opened = at('2026-12-01T00:00:00Z')
  const base = { accountCreatedAt: at('2026-01-01T00:00:00Z'), votingOpenedAt: opened, usedBefore: true, recentFromAddress: 0 }

  it('counts an ordinary vote', () => {
    expect(holdReasons(base, rules.holding)).toEqual([])
  })
  it('holds an account created after voting opened (and not also as unused)', () => {
    expect(holdReasons({ ...base, accountCreatedAt: at('2026-12-02T00:00:00Z'), usedBefore: false }, rules.holding)).toEqual(['new_account'])
  })
  it('holds an account never used before voting opened', () => {
    expect(holdReasons({ ...base, usedBefore: false }, rules.holding)).toEqual(['unused_account'])
  })
  it('holds the burst: from the burstSize-th vote from one address within the window', () => {
    const size = rules.holding.burstSize
    expect(holdReasons({ ...base, recentFromAddress: size - 2 }, rules.holding)).toEqual([])
    expect(holdReasons({ ...base, recentFromAddress: size - 1 }, rules.holding)).toEqual(['burst'])
    expect(holdReasons({ ...base, recentFromAddress: size + 10, usedBefore: false }, rules.holding)).toEqual(['burst', 'unused_account'])
  })
  it('a round may switch the account rules off', () => {
    expect(holdReasons({ ...base, usedBefore: false, accountCreatedAt: at('2026-12-05T00:00:00Z') }, { ...rules.holding, holdNewAccounts: false, holdUnusedAccounts: false })).toEqual([])
  })
})

describe('scores', () => {
  it('normalises a review to 0–100 of the rubric and refuses points out of range or unknown criteria', () => {
    expect(reviewPercent({ growth: 30, jobs: 30, innovation: 20, community: 20 }, rules.rubric)).toBe(100)
    expect(reviewPercent({ growth: 15, jobs: 15, innovation: 10, community: 10 }, rules.rubric)).toBe(50)
    expect(invalidScores({ growth: 31, jobs: 10, innovation: 1.5, extra: 1 }, rules.rubric).sort()).toEqual(['community', 'extra', 'growth', 'innovation'])
    expect(invalidScores({ growth: 0, jobs: 30, innovation: 20, community: 20 }, rules.rubric)).toEqual([])
    expect(expertAverage([80, 60])).toBe(70)
    expect(expertAverage([])).toBe(0)
  })

  const t0 = at('2026-10-01T00:00:00Z')
  const later = at('2026-10-02T00:00:00Z')

  it('weights experts and the public (public normalised to the category leader) and picks the winners per category', () => {
    const out = scoreNominees([
      { nominationId: 'a', category: 'pioneer', expertScore: 90, votes: 50, nominatedAt: t0 },
      { nominationId: 'b', category: 'pioneer', expertScore: 70, votes: 100, nominatedAt: t0 },
      { nominationId: 'c', category: 'pioneer', expertScore: 60, votes: 10, nominatedAt: t0 },
      { nominationId: 'd', category: 'star', expertScore: 50, votes: 0, nominatedAt: t0 },
    ], { experts: 50, public: 50 }, { pioneer: 1, star: 1 })
    const by = Object.fromEntries(out.map(s => [s.nominationId, s]))
    expect(by.b).toMatchObject({ publicScore: 100, finalScore: 85, rank: 1, winner: true })
    expect(by.a).toMatchObject({ publicScore: 50, finalScore: 70, rank: 2, winner: false })
    expect(by.c).toMatchObject({ publicScore: 10, finalScore: 35, rank: 3 })
    // no votes in a category: public score 0 for everyone, experts decide
    expect(by.d).toMatchObject({ publicScore: 0, finalScore: 25, winner: true })
  })

  it('changes with the weights', () => {
    const items = [
      { nominationId: 'a', category: 'x', expertScore: 90, votes: 50, nominatedAt: t0 },
      { nominationId: 'b', category: 'x', expertScore: 70, votes: 100, nominatedAt: t0 },
    ]
    expect(scoreNominees(items, { experts: 100, public: 0 }, { x: 1 }).find(s => s.winner)!.nominationId).toBe('a')
    expect(scoreNominees(items, { experts: 0, public: 100 }, { x: 1 }).find(s => s.winner)!.nominationId).toBe('b')
  })

  it('breaks ties by expert score, then votes, then the earlier nomination', () => {
    // equal finals: a 80 experts/60 public vs b 60/80 → a by expert score
    const tie1 = scoreNominees([
      { nominationId: 'b', category: 'x', expertScore: 60, votes: 100, nominatedAt: t0 },
      { nominationId: 'a', category: 'x', expertScore: 100, votes: 60, nominatedAt: t0 },
    ], { experts: 50, public: 50 }, { x: 1 })
    expect(tie1[0]!.finalScore).toBe(tie1[1]!.finalScore)
    expect(tie1[0]!.nominationId).toBe('a')
    // equal finals and experts, experts-only weights: more votes wins
    const tie2 = scoreNominees([
      { nominationId: 'p', category: 'x', expertScore: 80, votes: 3, nominatedAt: t0 },
      { nominationId: 'q', category: 'x', expertScore: 80, votes: 7, nominatedAt: later },
    ], { experts: 100, public: 0 }, { x: 1 })
    expect(tie2.map(s => s.nominationId)).toEqual(['q', 'p'])
    // everything equal: the earlier nomination
    expect(compareScored({ finalScore: 50, expertScore: 50, votes: 5, nominatedAt: later }, { finalScore: 50, expertScore: 50, votes: 5, nominatedAt: t0 })).toBeGreaterThan(0)
  })

  it('shortlists the best expert scores, earlier nomination first on a tie', () => {
    const list = shortlist([
      { id: 'a', expertScore: 70, nominatedAt: later },
      { id: 'b', expertScore: 90, nominatedAt: later },
      { id: 'c', expertScore: 70, nominatedAt: t0 },
    ], 2)
    expect(list.map(x => x.id)).toEqual(['b', 'c'])
  })
})

describe('the round lifecycle', () => {
  it('moves one phase at a time, by staff or the clock; people act only in their phase', () => {
    expect(AWARD_PHASES.map(p => nextPhase(p))).toEqual(['NOMINATING', 'REVIEW', 'NOTICE', 'VOTING', 'PUBLISHED', null])
    for (const [from, action] of Object.entries(ADVANCE)) {
      const rule = roundLifecycle.find(action!, from as never, 'staff', { openObjections: 0 })
      expect(rule?.to).toBe(nextPhase(from as never))
      expect(roundLifecycle.refusal(action!, from as never, 'person', { openObjections: 0 })).toBe('forbidden')
    }
    expect(roundLifecycle.refusal('vote', 'NOTICE', 'person', { openObjections: 0 })).toBe('invalid_transition')
    expect(roundLifecycle.refusal('vote', 'VOTING', 'person', { openObjections: 0 })).toBeNull()
    expect(roundLifecycle.refusal('nominate', 'NOMINATING', 'person', { openObjections: 0 })).toBeNull()
    expect(roundLifecycle.refusal('object', 'VOTING', 'person', { openObjections: 0 })).toBe('invalid_transition')
  })

  it('does not start voting while an objection is open', () => {
    expect(roundLifecycle.refusal('start-voting', 'NOTICE', 'staff', { openObjections: 1 })).toBe('invalid_transition')
    expect(roundLifecycle.refusal('start-voting', 'NOTICE', 'system', { openObjections: 0 })).toBeNull()
  })

  it('a nomination is confirmed into NOMINATED or INELIGIBLE by the figures; only its people withdraw it', () => {
    expect(nominationLifecycle.target(nominationLifecycle.find('confirm', 'AWAITING_CONFIRMATION', 'nominee', { eligible: true })!, 'AWAITING_CONFIRMATION')).toBe('NOMINATED')
    expect(nominationLifecycle.target(nominationLifecycle.find('confirm', 'AWAITING_CONFIRMATION', 'nominee', { eligible: false })!, 'AWAITING_CONFIRMATION')).toBe('INELIGIBLE')
    expect(nominationLifecycle.refusal('confirm', 'AWAITING_CONFIRMATION', 'nominator', { eligible: true })).toBe('forbidden')
    expect(nominationLifecycle.refusal('withdraw', 'SHORTLISTED', 'nominee', { eligible: true })).toBe('invalid_transition')
  })

  it('each phase ends at its window (the notice no earlier than voting opens); the count is published at Beijing midnight', () => {
    const w = { nominationOpensAt: at('2026-01-01T00:00:00Z'), nominationClosesAt: at('2026-02-01T00:00:00Z'), reviewClosesAt: at('2026-03-01T00:00:00Z'), noticeEndsAt: at('2026-03-08T00:00:00Z'), votingOpensAt: at('2026-03-10T00:00:00Z'), votingClosesAt: at('2026-03-20T00:00:00Z') }
    expect(phaseEndsAt({ ...w, phase: 'DRAFT' })).toBeNull()
    expect(phaseEndsAt({ ...w, phase: 'NOMINATING' })).toEqual(w.nominationClosesAt)
    expect(phaseEndsAt({ ...w, phase: 'NOTICE' })).toEqual(w.votingOpensAt)
    expect(phaseEndsAt({ ...w, phase: 'VOTING' })).toEqual(w.votingClosesAt)
    expect(nextBeijingMidnight(at('2026-12-01T15:59:00Z')).toISOString()).toBe('2026-12-01T16:00:00.000Z')
    expect(nextBeijingMidnight(at('2026-12-01T16:00:00Z')).toISOString()).toBe('2026-12-02T16:00:00.000Z')
  })
})

describe('award mails', () => {
  it('exist in both languages for every step and put no address or number in the link', () => {
    for (const kind of AWARD_MAIL_KINDS) {
      expect(zhAwards.awards.mail[kind].subject).toBeTruthy()
      expect(enAwards.awards.mail[kind].lead).toBeTruthy()
      const vars = { round: '2026 创业先锋', category: '创业先锋', nominee: '王芳', nominator: '李雷', until: '2026-12-08 10:00', decision: '异议不成立' }
      const m = renderMail('award', 'zh-CN', { kind, name: '王芳', vars: { 'zh-CN': vars, 'en': vars }, url: 'http://localhost/awards/nominations/abc' })
      expect(m.subject).not.toMatch(/\{\w+\}/)
      expect(m.text).not.toMatch(/\{\w+\}/)
    }
  })
})
