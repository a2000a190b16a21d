import { describe, expect, it } from 'vitest'
import { pinyinTerms, queryAsPinyin } from '../../server/search/pinyin'

describe('pinyin search terms', () => {
  it('a Chinese run gives its syllables and initials for every stretch of one to four characters', () => {
    expect(pinyinTerms(['奶茶店'])).toEqual(['nai', 'naicha', 'nc', 'naichadian', 'ncd', 'cha', 'chadian', 'cd', 'dian'])
    expect(pinyinTerms(['WiFi 长春'])).toEqual(['chang', 'changchun', 'cc', 'chun'])
  })

  it('several texts give each term once, in the order of the texts', () => {
    expect(pinyinTerms(['奶茶', '茶叶'])).toEqual(['nai', 'naicha', 'nc', 'cha', 'chaye', 'cy', 'ye'])
  })

  it('a remembered text gives the same terms again, and what a caller does to its answer changes nothing', () => {
    const first = pinyinTerms(['人参'])
    first.push('tampered')
    first.length = 0
    expect(pinyinTerms(['人参'])).toEqual(['ren', 'renshen', 'rs', 'shen'])
    expect(pinyinTerms(['人参', '人参'])).toEqual(['ren', 'renshen', 'rs', 'shen'])
  })

  it('a query keeps its Latin and writes its Chinese as pinyin', () => {
    expect(queryAsPinyin('奶查 wifi')).toBe('naicha wifi')
    expect(queryAsPinyin('milk tea')).toBeNull()
  })
})
