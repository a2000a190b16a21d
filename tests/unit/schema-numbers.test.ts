import { describe, expect, it } from 'vitest'
import { int } from '../../shared/schemas/common'
import { loanDraftSchema } from '../../shared/schemas/loan'

const message = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message

describe('number fields', () => {
  it('left empty, they are required (as forms send an empty field: undefined, null, "" or NaN)', () => {
    for (const empty of [undefined, null, '', Number.NaN]) expect(message(int(0, 10).safeParse(empty))).toBe('validation.required')
  })

  it('given something that is not a number, or not a whole one, they say so; out of range, they name the limit', () => {
    expect(message(int(0, 10).safeParse('abc'))).toBe('validation.invalid')
    expect(message(int(0, 10).safeParse(true))).toBe('validation.invalid')
    expect(message(int(0, 10).safeParse(1.5))).toBe('validation.invalid')
    expect(message(int(0, 10).safeParse(11))).toBe('validation.maxValue')
    expect(int(0, 10).safeParse(3).success).toBe(true)
  })

  it('a loan amount sent empty is asked for (it said "此项的格式不正确")', () => {
    const r = loanDraftSchema.safeParse({ amount: null })
    const amount = r.error?.issues.find(i => i.path.join('.') === 'amount')
    expect(amount?.message ?? 'no message for the amount').toBe('validation.required')
  })
})
