import { describe, expect, it } from 'vitest'
import { LOAN_RULE_SETS } from '#shared/data/loan-rules'
import { INTEREST_CONVENTION, quarterDays, quarterSubsidy, repaymentSchedule, scheduleTotals } from '#shared/utils/loans'
import type { QuarterSubsidyInput } from '#shared/utils/loans'

const rules = LOAN_RULE_SETS[0]!
const YUAN = 100
/** ¥300,000 at 4.50 % (LPR 3.00 % + 150 bp), paid out on 20 May 2026 for 36 months */
const loan = { principal: 300_000 * YUAN, annualRateBp: 450, disbursedOn: '2026-05-20', termMonths: 36 }
const q3 = (over: Partial<QuarterSubsidyInput> = {}) => quarterSubsidy({ loan, repayments: [], overduePeriods: [], quarter: '2026Q3', rules, ...over })

describe('the interest subsidy of a quarter', () => {
  it('uses actual days / 360 on the daily balance (the convention is stated once)', () => {
    expect(INTEREST_CONVENTION).toEqual({ monthsInYear: 12, daysInYear: 360, dayCount: 'ACT/360' })
    expect(quarterDays('2026Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' })
    expect(quarterDays('2026Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' })
    expect(() => quarterDays('2026Q5')).toThrow()
  })

  it('pays half the interest of a whole quarter used', () => {
    // 92 days × ¥300,000 × 4.50 % / 360 = ¥3,450.00; half: ¥1,725.00
    expect(q3()).toEqual({ days: 92, subsidisedInterest: 345_000, subsidy: 172_500, excludedDays: 0, reasons: [] })
  })

  it('counts an early repayment and an overdue month by hand', () => {
    // 1 Jul – 14 Aug: 45 days on ¥300,000; ¥100,000 repaid on 15 Aug (that day earns no more on it)
    // 15 – 31 Aug: 17 days on ¥200,000; September: 30 days overdue, no subsidy
    // interest = (30,000,000 × 45 + 20,000,000 × 17) fen·days × 450 bp / (10,000 × 360)
    //          = 1,690,000,000 × 450 / 3,600,000 = 211,250 fen (¥2,112.50); subsidy 50 % = 105,625 fen (¥1,056.25)
    const r = q3({
      repayments: [{ paidOn: '2026-08-15', principal: 100_000 * YUAN, interest: 112_500 }],
      overduePeriods: [{ from: '2026-09-01', to: '2026-09-30' }],
    })
    expect(r).toMatchObject({ days: 62, subsidisedInterest: 211_250, subsidy: 105_625, excludedDays: 30 })
    expect(r.reasons).toEqual([{ code: 'OVERDUE', days: 30, text: { 'zh-CN': '逾期期间不予贴息（30 天）', 'en': 'No subsidy while overdue (30 days)' } }])
  })

  it('stops at an early full repayment: only the days used', () => {
    // repaid in full on 15 Aug: 45 days × ¥300,000 × 4.50 % / 360 = ¥1,687.50; subsidy ¥843.75
    const r = q3({ repayments: [{ paidOn: '2026-08-15', principal: 300_000 * YUAN, interest: 0 }] })
    expect(r).toMatchObject({ days: 45, subsidisedInterest: 168_750, subsidy: 84_375, excludedDays: 0 })
    expect(r.reasons).toEqual([{ code: 'REPAID', days: 47, text: { 'zh-CN': '2026年8月15日已还清，此后不再贴息（47 天）', 'en': 'Repaid on 15 Aug 2026; no subsidy after (47 days)' } }])
  })

  it('starts on the day of payout', () => {
    // paid out 20 Aug: 12 days of August + 30 of September = 42 days → ¥1,575.00, subsidy ¥787.50
    const r = q3({ loan: { ...loan, disbursedOn: '2026-08-20' } })
    expect(r).toMatchObject({ days: 42, subsidisedInterest: 157_500, subsidy: 78_750 })
    expect(r.reasons.map(x => [x.code, x.days])).toEqual([['NOT_DISBURSED', 50]])
  })

  it('an overdue period that is still running excludes the rest of the quarter', () => {
    // 1 Jul – 9 Sep: 71 days used → 30,000,000 × 71 × 450 / 3,600,000 = 266,250 fen
    expect(q3({ overduePeriods: [{ from: '2026-09-10', to: null }] })).toMatchObject({ days: 71, subsidisedInterest: 266_250, subsidy: 133_125, excludedDays: 21 })
  })

  it('pays nothing during an extension (展期) or after maturity without one', () => {
    const old = { ...loan, disbursedOn: '2023-07-01' } // matures 1 Jul 2026
    // the quarter before maturity is whole: 91 days → 341,250 fen, subsidy 170,625
    expect(quarterSubsidy({ loan: old, repayments: [], overduePeriods: [], quarter: '2026Q2', rules })).toMatchObject({ days: 91, subsidisedInterest: 341_250, subsidy: 170_625 })
    const extended = quarterSubsidy({ loan: old, repayments: [], overduePeriods: [], extension: { from: '2026-07-01', to: '2027-06-30' }, quarter: '2026Q3', rules })
    expect(extended).toMatchObject({ days: 0, subsidisedInterest: 0, subsidy: 0, excludedDays: 92 })
    expect(extended.reasons.map(x => x.code)).toEqual(['EXTENSION'])
    const lapsed = quarterSubsidy({ loan: old, repayments: [], overduePeriods: [], quarter: '2026Q3', rules })
    expect(lapsed.reasons.map(x => [x.code, x.days])).toEqual([['AFTER_MATURITY', 92]])
  })

  it('rounds half a fen up, once per figure', () => {
    // ¥40.00 for one day: 4,000 × 450 / 3,600,000 = 0.5 fen → 1 fen; half of 1 fen = 0.5 → 1 fen
    const tiny = q3({ loan: { principal: 4_000, annualRateBp: 450, disbursedOn: '2026-09-30', termMonths: 12 } })
    expect(tiny).toMatchObject({ days: 1, subsidisedInterest: 1, subsidy: 1 })
  })
})

describe('repayment schedules add up exactly', () => {
  it('equal instalments: a small case by hand', () => {
    // ¥1,200.00 at 12 % a year (1 % a month) over 3 months: annuity 120,000 × 0.01 / (1 − 1.01^−3) = 40,802.65 → 40,803 fen
    const rows = repaymentSchedule({ principal: 120_000, annualRateBp: 1200, termMonths: 3, firstDueOn: '2026-01-31', method: 'EQUAL_INSTALMENTS' })
    expect(rows).toEqual([
      { n: 1, dueOn: '2026-01-31', principal: 39_603, interest: 1_200, total: 40_803, remaining: 80_397 },
      { n: 2, dueOn: '2026-02-28', principal: 39_999, interest: 804, total: 40_803, remaining: 40_398 }, // 803.97 → 804
      { n: 3, dueOn: '2026-03-31', principal: 40_398, interest: 404, total: 40_802, remaining: 0 }, // the last takes what is left
    ])
    expect(scheduleTotals(rows)).toEqual({ principal: 120_000, interest: 2_408, total: 122_408 })
  })

  it('interest only: a small case by hand', () => {
    const rows = repaymentSchedule({ principal: 120_000, annualRateBp: 1200, termMonths: 3, firstDueOn: '2026-01-31', method: 'INTEREST_ONLY' })
    expect(rows.map(r => [r.principal, r.interest, r.total, r.remaining])).toEqual([[0, 1_200, 1_200, 120_000], [0, 1_200, 1_200, 120_000], [120_000, 1_200, 121_200, 0]])
  })

  it('both methods over 36 months: principal repaid to the fen, totals are principal + interest', () => {
    for (const method of ['EQUAL_INSTALMENTS', 'INTEREST_ONLY'] as const) {
      const rows = repaymentSchedule({ principal: 300_000 * YUAN, annualRateBp: 450, termMonths: 36, firstDueOn: '2026-06-20', method })
      const t = scheduleTotals(rows)
      expect(rows).toHaveLength(36)
      expect(t.principal).toBe(300_000 * YUAN)
      expect(t.total).toBe(t.principal + t.interest)
      expect(rows.at(-1)!.remaining).toBe(0)
      for (const r of rows) expect(r.total).toBe(r.principal + r.interest)
      expect(rows.at(-1)!.dueOn).toBe('2029-05-20')
    }
    const equal = repaymentSchedule({ principal: 300_000 * YUAN, annualRateBp: 450, termMonths: 36, firstDueOn: '2026-06-20', method: 'EQUAL_INSTALMENTS' })
    expect(new Set(equal.slice(0, -1).map(r => r.total))).toEqual(new Set([892_408]))
    expect(Math.abs(equal.at(-1)!.total - 892_408)).toBeLessThan(36)
    // interest only: 30,000,000 × 450 / 120,000 = 112,500 fen a month
    expect(scheduleTotals(repaymentSchedule({ principal: 300_000 * YUAN, annualRateBp: 450, termMonths: 36, firstDueOn: '2026-06-20', method: 'INTEREST_ONLY' })).interest).toBe(36 * 112_500)
  })

  it('handles a zero rate and refuses amounts that are not whole fen', () => {
    const rows = repaymentSchedule({ principal: 100_000, annualRateBp: 0, termMonths: 3, firstDueOn: '2026-01-10', method: 'EQUAL_INSTALMENTS' })
    expect(rows.map(r => r.total)).toEqual([33_333, 33_333, 33_334])
    expect(() => repaymentSchedule({ principal: 100.5, annualRateBp: 450, termMonths: 3, firstDueOn: '2026-01-10', method: 'EQUAL_INSTALMENTS' })).toThrow()
  })
})
