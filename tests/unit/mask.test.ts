import { describe, expect, it } from 'vitest'
import { maskEmail, maskIdNumber, maskPhone, scrubPersonalData } from '#shared/utils/mask'

describe('masking personal data', () => {
  it('masks phones, ID numbers and emails', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskIdNumber('220102199001011234')).toBe('2201**********1234')
    expect(maskEmail('wang.xiao@example.cn')).toBe('w***@example.cn')
  })

  it('scrubs them out of free text (used by the logger)', () => {
    const out = scrubPersonalData('用户 13812345678 身份证 22010219900101123X 邮箱 a.b@c.cn 登录失败')
    expect(out).not.toMatch(/13812345678|22010219900101123X|a\.b@c\.cn/)
    expect(out).toContain('138****5678')
  })
})
