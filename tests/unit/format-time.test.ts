import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from '../../shared/utils/format-time'
import { fillMessage } from '../../shared/i18n/format'
import zh from '../../i18n/locales/zh-CN.mentors.json'
import en from '../../i18n/locales/en.mentors.json'

const at = '2026-12-08T22:36:00Z'
const count = (text: string, part: string) => text.split(part).length - 1

describe('dates and times in Beijing time (shared/utils/format-time.ts)', () => {
  it('writes the Beijing calendar day and clock, whatever the instant\'s own zone', () => {
    expect(formatDate(at, 'zh-CN')).toBe('2026年12月9日')
    expect(formatDate(at, 'en')).toBe('9 Dec 2026')
  })

  it('names the zone in English and leaves it to the sentence in Chinese', () => {
    expect(formatDateTime(at, 'en')).toBe('9 Dec 2026, 06:36 Beijing time')
    expect(formatDateTime(at, 'zh-CN')).toBe('2026年12月9日 06:36')
  })

  it('a booking\'s deadline names the zone once in both languages', () => {
    for (const key of ['expires', 'expiresMentor'] as const) {
      const english = fillMessage(en.booking[key], { time: formatDateTime(at, 'en') })
      const chinese = fillMessage(zh.booking[key], { time: formatDateTime(at, 'zh-CN') })
      expect(count(english, 'Beijing time'), english).toBe(1)
      expect(count(chinese, '北京时间'), chinese).toBe(1)
    }
    expect(fillMessage(en.booking.expires, { time: formatDateTime(at, 'en') })).toBe('The mentor has until 9 Dec 2026, 06:36 Beijing time to confirm; after that the request expires.')
  })
})
