import { describe, expect, it } from 'vitest'
import { checkInAnswerSchema } from '#shared/schemas/check-in'
import { CHECK_IN_STATUSES, HELP_KINDS, REVENUE_BAND_CODES, checkInDates, checkInSchedule, checkInState, survivalByCohort } from '#shared/utils/follow-up'
import { addMonths } from '#shared/utils/zoned-time'
import type { SurvivalCheckIn, SurvivalOpening } from '#shared/utils/follow-up'
import zhCases from '../../i18n/locales/zh-CN.cases.json'
import enCases from '../../i18n/locales/en.cases.json'

describe('check-in schedule', () => {
  it('asks at 3, 6, 12, 24 and 36 months, on the same day of the month', () => {
    expect(checkInSchedule('2025-03-15').map(c => [c.monthsAfter, c.dueOn])).toEqual([
      [3, '2025-06-15'], [6, '2025-09-15'], [12, '2026-03-15'], [24, '2027-03-15'], [36, '2028-03-15'],
    ])
  })

  it('falls on the last day of a shorter month, and counts every check-in from the opening, so it does not drift', () => {
    expect(checkInSchedule('2024-01-31').map(c => c.dueOn)).toEqual(['2024-04-30', '2024-07-31', '2025-01-31', '2026-01-31', '2027-01-31'])
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29') // a leap year's February
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28')
    expect(addMonths('2024-12-31', 2)).toBe('2025-02-28') // across a year end
  })

  it('moves 29 February to 28 February in a common year and keeps it in a leap year', () => {
    expect(checkInSchedule('2024-02-29').map(c => c.dueOn)).toEqual(['2024-05-29', '2024-08-29', '2025-02-28', '2026-02-28', '2027-02-28'])
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29')
  })

  it('reminds 7 days after the due day, and counts the check-in missed from the 31st day after it', () => {
    const due = checkInDates('2024-01-31', 3)
    expect(due).toEqual({ monthsAfter: 3, dueOn: '2024-04-30', opensOn: '2024-04-16', remindOn: '2024-05-07', closesOn: '2024-05-30' })
    expect(checkInState(due, '2024-04-15')).toBe('UPCOMING')
    expect(checkInState(due, '2024-04-16')).toBe('OPEN')
    expect(checkInState(due, '2024-05-01')).toBe('OVERDUE')
    expect(checkInState(due, '2024-05-30')).toBe('OVERDUE')
    expect(checkInState(due, '2024-05-31')).toBe('MISSED')
    expect(checkInState(due, '2024-06-30', '2024-05-20')).toBe('ANSWERED')
  })
})

describe('check-in answer', () => {
  const ok = { status: 'TRADING', employees: 3, revenueBand: '10k-30k', helpNeeded: ['FINANCING'] }

  it('takes a trading business with its staff, band and help', () => {
    expect(checkInAnswerSchema.parse(ok)).toEqual({ ...ok, closedReason: null, helpOther: null })
  })

  it('needs a reason for a closure, and allows 0 people only then', () => {
    const closed = checkInAnswerSchema.safeParse({ status: 'CLOSED', employees: 0 })
    expect(closed.success).toBe(false)
    expect(closed.error?.issues.map(i => [i.path.join('.'), i.message])).toEqual([['closedReason', 'validation.reasonRequired']])
    expect(checkInAnswerSchema.parse({ status: 'CLOSED', employees: 0, closedReason: '客流不足，房租到期后没有续租', revenueBand: 'lt10k' }))
      .toMatchObject({ status: 'CLOSED', revenueBand: null, closedReason: '客流不足，房租到期后没有续租' })
    const nobody = checkInAnswerSchema.safeParse({ ...ok, employees: 0 })
    expect(nobody.error?.issues.map(i => i.message)).toEqual(['validation.employeesWithOwner'])
    expect(checkInAnswerSchema.safeParse({ ...ok, employees: 10_000 }).success).toBe(false)
  })

  it('needs a revenue band from a business that has not closed, and words for OTHER help', () => {
    expect(checkInAnswerSchema.safeParse({ ...ok, revenueBand: undefined }).error?.issues[0]?.path).toEqual(['revenueBand'])
    expect(checkInAnswerSchema.safeParse({ ...ok, revenueBand: '1-2万' }).success).toBe(false)
    expect(checkInAnswerSchema.safeParse({ ...ok, helpNeeded: ['OTHER'] }).error?.issues[0]?.path).toEqual(['helpOther'])
    expect(checkInAnswerSchema.safeParse({ ...ok, helpNeeded: ['MARKET', 'MARKET'] }).success).toBe(false)
  })
})

describe('survival by cohort', () => {
  // Hand-made: what each case answered at each check-in (null = missed).
  const openings: SurvivalOpening[] = [
    // 长春, opened in January 2024
    { caseId: 'case-a1', city: 'changchun', openedOn: '2024-01-10' },
    { caseId: 'case-a2', city: 'changchun', openedOn: '2024-01-31' },
    { caseId: 'case-a3', city: 'changchun', openedOn: '2024-01-15' },
    { caseId: 'case-a4', city: 'changchun', openedOn: '2024-01-20' },
    { caseId: 'case-a5', city: 'changchun', openedOn: '2024-01-05' },
    // 长春, February 2024: its own cohort, never mixed with January
    { caseId: 'case-b1', city: 'changchun', openedOn: '2024-02-29' },
    // 长春, February 2025: the 6-month check-in of f2 is still open on the day of the figures
    { caseId: 'case-f1', city: 'changchun', openedOn: '2025-02-01' },
    { caseId: 'case-f2', city: 'changchun', openedOn: '2025-02-28' },
    // 吉林, January 2024: the same month as the first cohort, another city
    { caseId: 'case-d1', city: 'jilin', openedOn: '2024-01-12' },
    // no city, June 2021: far enough back for the 36-month point
    { caseId: 'case-e1', city: null, openedOn: '2021-06-15' },
    { caseId: 'case-e2', city: null, openedOn: '2021-06-30' },
  ]
  const c = (caseId: string, monthsAfter: number, status: SurvivalCheckIn['status'], employees: number | null): SurvivalCheckIn => ({ caseId, monthsAfter, status, employees })
  const checkIns: SurvivalCheckIn[] = [
    c('case-a1', 3, 'TRADING', 2), c('case-a1', 6, 'TRADING', 3), c('case-a1', 12, 'TRADING', 4),
    c('case-a2', 6, 'TRADING', 2), c('case-a2', 12, 'CLOSED', 0),
    c('case-a3', 6, 'CLOSED', 0), // closed: no later check-ins are asked
    c('case-a4', 6, null, null), c('case-a4', 12, 'PAUSED', 1),
    c('case-a5', 6, 'TRADING', 1), c('case-a5', 12, null, null),
    c('case-b1', 6, 'TRADING', 2), c('case-b1', 12, 'TRADING', 3),
    c('case-f1', 6, 'TRADING', 1),
    c('case-d1', 6, 'TRADING', 1), c('case-d1', 12, null, null),
    c('case-e1', 6, 'TRADING', 1), c('case-e1', 12, 'TRADING', 2), c('case-e1', 36, 'TRADING', 5),
    c('case-e2', 6, 'TRADING', 1), c('case-e2', 12, 'CLOSED', 0),
    c('case-unknown', 6, 'TRADING', 9), // no opening: ignored
  ]
  const rows = survivalByCohort(openings, checkIns, '2025-09-01')
  const row = (city: string | null, cohort: string) => rows.find(r => r.city === city && r.cohort === cohort)!

  it('has one row per city and opening month, ordered by city then month, without a case id', () => {
    expect(rows.map(r => [r.city, r.cohort, r.opened])).toEqual([
      ['changchun', '2024-01', 5], ['changchun', '2024-02', 1], ['changchun', '2025-02', 2], ['jilin', '2024-01', 1], [null, '2021-06', 2],
    ])
    expect(JSON.stringify(rows)).not.toContain('case-')
  })

  it('6 months, 长春 January 2024: a4 missed it, so 3 of the 4 known are trading (75 %), 6 people', () => {
    // a1 trading (3), a2 trading (2), a3 closed (0), a5 trading (1); a4 unknown
    expect(row('changchun', '2024-01').points[6]).toEqual({ known: 4, trading: 3, paused: 0, closed: 1, unknown: 1, share: 0.75, jobs: 6 })
  })

  it('12 months: a3\'s closure stands, a5 missed it, so 1 of 4 is trading (25 %), 5 people', () => {
    // a1 trading (4), a2 closed, a3 closed at 6 months (not asked again), a4 paused (1); a5 unknown
    expect(row('changchun', '2024-01').points[12]).toEqual({ known: 4, trading: 1, paused: 1, closed: 2, unknown: 1, share: 0.25, jobs: 5 })
  })

  it('a point the cohort has not reached is null, also when only some of its businesses are past it', () => {
    expect(row('changchun', '2024-01').points[36]).toBeNull()
    // f1's 6-month check-in closed on 2025-08-31, but f2's is open until 2025-09-27
    expect(row('changchun', '2025-02').points).toEqual({ 6: null, 12: null, 36: null })
    // 29 Feb 2024 + 12 months is 28 Feb 2025; its answers are taken until 30 Mar 2025
    expect(row('changchun', '2024-02').points[12]).toEqual({ known: 1, trading: 1, paused: 0, closed: 0, unknown: 0, share: 1, jobs: 3 })
  })

  it('a cohort whose only check-in was missed has no share rather than a guessed one', () => {
    expect(row('jilin', '2024-01').points[12]).toEqual({ known: 0, trading: 0, paused: 0, closed: 0, unknown: 1, share: null, jobs: 0 })
  })

  it('36 months: e2 closed at 12 months and counts closed, e1 still trades with 5 people (50 %)', () => {
    expect(row(null, '2021-06').points[36]).toEqual({ known: 2, trading: 1, paused: 0, closed: 1, unknown: 0, share: 0.5, jobs: 5 })
  })

  it('a later answer overrides an earlier closure (reopened), and a missing row counts as missed', () => {
    const r = survivalByCohort(
      [{ caseId: 'x', city: 'siping', openedOn: '2020-05-01' }],
      [c('x', 6, 'CLOSED', 0), c('x', 12, 'TRADING', 2)],
      '2025-01-01',
    )[0]!
    expect(r.points[12]?.trading).toBe(1)
    expect(r.points[36]).toMatchObject({ known: 0, unknown: 1, share: null })
  })
})

describe('the one-stop case\'s UI strings (i18n/locales/*.cases.json)', () => {
  function keys(o: object, prefix = ''): string[] {
    return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
  }

  it('have the same keys in Chinese and English under one top-level key, none empty', () => {
    expect(Object.keys(zhCases)).toEqual(['cases'])
    expect(keys(enCases).sort()).toEqual(keys(zhCases).sort())
    for (const file of [zhCases, enCases]) expect(keys(file).filter(k => !k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], file))).toEqual([])
  })

  it('name every check-in status, state, revenue band and kind of help', () => {
    for (const c of [zhCases.cases, enCases.cases]) {
      expect(Object.keys(c.checkInStatus)).toEqual([...CHECK_IN_STATUSES])
      expect(Object.keys(c.revenueBand)).toEqual([...REVENUE_BAND_CODES])
      expect(Object.keys(c.helpKind)).toEqual([...HELP_KINDS])
      expect(Object.keys(c.checkInState).sort()).toEqual(['ANSWERED', 'MISSED', 'OPEN', 'OVERDUE', 'UPCOMING'])
    }
  })
})
