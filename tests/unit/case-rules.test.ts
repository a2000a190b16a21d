import { describe, expect, it } from 'vitest'
import { parseYuan, yuanInput } from '../../shared/utils/money'
import { stageActions } from '../../server/services/cases/rules'

const noPlan = { planHasCosts: false, openingRecorded: false }
const withPlan = { planHasCosts: true, openingRecorded: false }

describe('what a stage offers its owner on the task list', () => {
  it('the project stage is marked done by hand; the plan, risk and opening stages are completed by their own step', () => {
    expect(stageActions('PROJECT', 'IN_PROGRESS', noPlan)).toEqual(['complete'])
    expect(stageActions('PLAN', 'NOT_STARTED', noPlan)).toEqual([])
    expect(stageActions('OPENING', 'IN_PROGRESS', noPlan)).toEqual([])
    expect(stageActions('FOLLOW_UP', 'NOT_STARTED', { planHasCosts: true, openingRecorded: true })).toEqual([])
  })

  it('risk and financing can be skipped once the plan has costs, not before; financing can also be marked done', () => {
    expect(stageActions('RISK', 'NOT_STARTED', noPlan)).toEqual([])
    expect(stageActions('RISK', 'NOT_STARTED', withPlan)).toEqual(['skip'])
    expect(stageActions('FINANCING', 'NOT_STARTED', noPlan)).toEqual([])
    expect(stageActions('FINANCING', 'IN_PROGRESS', withPlan)).toEqual(['complete', 'skip'])
  })

  it('a done or skipped stage can be taken up again', () => {
    expect(stageActions('RISK', 'SKIPPED', noPlan)).toEqual(['reopen'])
    expect(stageActions('PROJECT', 'COMPLETED', noPlan)).toEqual(['reopen'])
  })
})

describe('yuan typed into a plan cell', () => {
  it('reads yuan as integer fen without floating point', () => {
    expect(parseYuan('')).toBe(0)
    expect(parseYuan('1200')).toBe(120_000)
    expect(parseYuan('1,234.5')).toBe(123_450)
    expect(parseYuan('¥ 0.07')).toBe(7)
    expect(parseYuan('.5')).toBe(50)
    expect(parseYuan('１２００')).toBe(120_000)
    expect(parseYuan('19.99')).toBe(1999)
  })

  it('refuses what is not an amount', () => {
    for (const bad of ['abc', '-5', '1.234', '1.2.3', '12a']) expect(parseYuan(bad), bad).toBeNull()
  })

  it('writes fen back as the text of the input', () => {
    expect(yuanInput(120_000)).toBe('1200')
    expect(yuanInput(1999)).toBe('19.99')
    expect(yuanInput(50)).toBe('0.50')
    expect(parseYuan(yuanInput(123_456))).toBe(123_456)
  })
})
