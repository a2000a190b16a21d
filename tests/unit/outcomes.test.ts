import { describe, expect, it } from 'vitest'
import { caseOutcomes, recordedFigures, wholeMonthsBetween } from '#shared/utils/outcomes'

const none = { openedOn: null, openingEmployees: null, checkIns: [], loansDisbursed: [], trainingProgrammes: [] }

describe('recorded outcomes of a case', () => {
  it('counts whole months, the end of a short month included', () => {
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(0)
    expect(wholeMonthsBetween('2026-01-31', '2026-03-01')).toBe(1)
    expect(wholeMonthsBetween('2025-03-15', '2026-03-15')).toBe(12)
    expect(wholeMonthsBetween('2026-03-15', '2026-03-01')).toBe(0)
  })

  it('records nothing for a case that has not opened', () => {
    const o = caseOutcomes(none, '2026-12-01')
    expect(o).toMatchObject({ openedOn: null, monthsTrading: null, employees: null, employeesAsOf: null, loanFen: null })
    expect(recordedFigures(o)).toEqual([])
  })

  it('takes people employed from the last check-in that says, else from the opening', () => {
    const opened = { ...none, openedOn: '2025-06-10', openingEmployees: 2 }
    expect(caseOutcomes(opened, '2026-12-01')).toMatchObject({ openedOn: '2025-06', monthsTrading: 17, employees: 2, employeesAsOf: 'opening', lastCheckInOn: null })
    const checked = caseOutcomes({ ...opened, checkIns: [
      { answeredOn: '2026-06-12', trading: 'TRADING', employees: 6 },
      { answeredOn: '2025-09-12', trading: 'TRADING', employees: 4 },
      { answeredOn: '2026-11-20', trading: 'TRADING', employees: null },
    ] }, '2026-12-01')
    expect(checked).toMatchObject({ employees: 6, employeesAsOf: 'check_in', lastCheckInOn: '2026-11-20', trading: 'TRADING' })
  })

  it('stops counting months at the check-in that reported the business closed', () => {
    const o = caseOutcomes({ ...none, openedOn: '2025-01-05', checkIns: [{ answeredOn: '2025-07-04', trading: 'CLOSED', employees: 0 }] }, '2026-12-01')
    expect(o.monthsTrading).toBe(5)
    expect(o.trading).toBe('CLOSED')
  })

  it('sums loans paid out and lists each training programme once', () => {
    const o = caseOutcomes({ ...none, openedOn: '2026-01-01', loansDisbursed: [20_000_000, 0, 5_000_000], trainingProgrammes: ['SYB', 'GYB', 'SYB'] }, '2026-12-01')
    expect(o.loanFen).toBe(25_000_000)
    expect(o.trainingProgrammes).toEqual(['GYB', 'SYB'])
    expect(recordedFigures(o)).toEqual(['openedOn', 'monthsTrading', 'loan', 'training'])
  })

  it('ignores an opening recorded for a future day', () => {
    expect(caseOutcomes({ ...none, openedOn: '2027-01-01', openingEmployees: 3 }, '2026-12-01').monthsTrading).toBeNull()
  })
})
