import { describe, expect, it } from 'vitest'
import { pinyinTerms, queryAsPinyin } from '../../server/search/pinyin'

describe('pinyin search terms', () => {
  it('a Chinese run gives its syllables and initials for every stretch of whole words up to four characters', () => {
    // 奶茶|店
    expect(pinyinTerms(['奶茶店'])).toEqual(['naicha', 'nc', 'naichadian', 'ncd', 'dian'])
    expect(pinyinTerms(['WiFi 长春'])).toEqual(['changchun', 'cc'])
  })

  it('a stretch that cuts a word in two is left out; a word longer than four characters is kept whole', () => {
    const terms = pinyinTerms(['长春净月潭滑雪装备租赁店'])
    expect(terms).toEqual(expect.arrayContaining(['changchun', 'jingyuetan', 'huaxue', 'huaxuezhuangbei', 'hxzb', 'zulindian', 'zld']))
    // 长春|净 and 滑雪|装 cut a word
    expect(terms).not.toContain('chunjing')
    expect(terms).not.toContain('xuezhuang')
    expect(terms).not.toContain('chun')
    // one word of five characters in ICU's dictionary
    expect(pinyinTerms(['亚里士多德'])).toEqual(['yalishiduode', 'ylsdd'])
  })

  it('several texts give each term once, in the order of the texts', () => {
    expect(pinyinTerms(['奶茶', '茶叶'])).toEqual(['naicha', 'nc', 'chaye', 'cy'])
  })

  it('a remembered text gives the same terms again, and what a caller does to its answer changes nothing', () => {
    const first = pinyinTerms(['人参'])
    first.push('tampered')
    first.length = 0
    expect(pinyinTerms(['人参'])).toEqual(['renshen', 'rs'])
    expect(pinyinTerms(['人参', '人参'])).toEqual(['renshen', 'rs'])
  })

  it('a query keeps its Latin and writes its Chinese as pinyin', () => {
    expect(queryAsPinyin('奶查 wifi')).toBe('naicha wifi')
    expect(queryAsPinyin('milk tea')).toBeNull()
  })
})
