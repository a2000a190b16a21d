import { describe, expect, it } from 'vitest'
import { resolveLocale, translate } from '#shared/i18n/messages'
import zh from '../../i18n/locales/zh-CN.json'
import en from '../../i18n/locales/en.json'

function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('translations', () => {
  it('the UI has the same keys in Chinese and English, none empty except deliberate ones', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort())
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
})
