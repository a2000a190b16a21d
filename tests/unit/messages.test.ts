import { describe, expect, it } from 'vitest'
import { resolveLocale, translate } from '#shared/i18n/messages'
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
})
