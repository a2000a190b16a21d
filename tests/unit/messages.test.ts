import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { issueMessage, resolveLocale, translate } from '#shared/i18n/messages'
import { boolParam, oneOf } from '#shared/schemas/common'
import zhShell from '../../i18n/locales/zh-CN.json'
import enShell from '../../i18n/locales/en.json'
import zhMentors from '../../i18n/locales/zh-CN.mentors.json'
import enMentors from '../../i18n/locales/en.mentors.json'
import zhDesk from '../../i18n/locales/zh-CN.mentor-desk.json'
import enDesk from '../../i18n/locales/en.mentor-desk.json'
import zhLoans from '../../i18n/locales/zh-CN.loans.json'
import enLoans from '../../i18n/locales/en.loans.json'

// each locale is split into files by area (nuxt.config.ts); together they must match key for key
const zh = { ...zhShell, ...zhMentors, ...zhDesk, ...zhLoans } as Record<string, unknown>
const en = { ...enShell, ...enMentors, ...enDesk, ...enLoans } as Record<string, unknown>

function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('translations', () => {
  it('the UI has the same keys in Chinese and English, none empty except deliberate ones', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort())
  })

  it('no two locale files of one language define the same top-level key (a later file would hide the earlier)', () => {
    for (const files of [[zhShell, zhMentors, zhDesk, zhLoans], [enShell, enMentors, enDesk, enLoans]]) {
      const all = files.flatMap(f => Object.keys(f))
      expect(all.length).toBe(new Set(all).size)
    }
  })

  it('picks the language from the header, Chinese by default', () => {
    expect(resolveLocale(undefined)).toBe('zh-CN')
    expect(resolveLocale('en-US,en;q=0.9')).toBe('en')
    expect(resolveLocale('zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh-CN')
    expect(resolveLocale('fr-FR')).toBe('zh-CN')
  })

  it('fills parameters', () => {
    expect(translate('en', 'error.rate_limited', { minutes: 15 })).toBe('Too many attempts. Please try again in 15 minutes.')
    expect(translate('zh-CN', 'error.rate_limited', { minutes: 3 })).toContain('3 分钟')
  })

  it('a value outside a fixed list is answered with the list; a long list, a custom message and other rules are not', () => {
    const issue = (schema: z.ZodType, value: unknown) => {
      const r = schema.safeParse(value)
      if (r.success) throw new Error('expected an issue')
      return r.error.issues[0]!
    }
    expect(issueMessage('zh-CN', issue(boolParam, 'maybe'))).toBe('此项只能是以下之一：0, 1, true, false。')
    expect(issueMessage('en', issue(boolParam, 'maybe'))).toBe('This must be one of: 0, 1, true, false.')
    const many = Array.from({ length: 13 }, (_, i) => `v${i}`) as [string, ...string[]]
    expect(issueMessage('en', issue(z.enum(many, { error: 'validation.invalid' }), 'x'))).toBe('This value is not valid.')
    expect(issueMessage('en', issue(z.enum(['A', 'B'], { error: 'validation.required' }), 'x'))).toBe(translate('en', 'validation.required'))
    expect(issueMessage('en', issue(z.uuid('validation.invalid'), 'x'))).toBe('This value is not valid.')
    // a choice not made is a required field, not a list of codes (a form's select left on its placeholder)
    const form = z.object({ legalForm: oneOf(['INDIVIDUAL_BUSINESS', 'LIMITED_COMPANY']) })
    expect(issueMessage('zh-CN', issue(form, {}))).toBe('此项为必填项。')
    expect(issueMessage('zh-CN', issue(form, { legalForm: null }))).toBe('此项为必填项。')
    expect(issueMessage('en', issue(form, { legalForm: 'SHOP' }))).toBe('This must be one of: INDIVIDUAL_BUSINESS, LIMITED_COMPANY.')
  })
})
