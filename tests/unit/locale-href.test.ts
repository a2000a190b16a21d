import { describe, expect, it } from 'vitest'
import { localeHref } from '../../shared/utils/locale-href'

describe('localeHref (localePath for paths, prefix_except_default)', () => {
  it('leaves the default language\'s paths alone and prefixes the others', () => {
    expect(localeHref('/projects', 'zh-CN', 'zh-CN')).toBe('/projects')
    expect(localeHref('/projects', 'en', 'zh-CN')).toBe('/en/projects')
    expect(localeHref('/', 'en', 'zh-CN')).toBe('/en')
    expect(localeHref('/', 'zh-CN', 'zh-CN')).toBe('/')
    expect(localeHref('/?q=1', 'en', 'zh-CN')).toBe('/en?q=1')
    expect(localeHref('/projects/abc?tab=2#reviews', 'en', 'zh-CN')).toBe('/en/projects/abc?tab=2#reviews')
  })

  it('builds the query of a path object so that it reads back as given', () => {
    const next = new URL(localeHref({ path: '/login', query: { next: '/cases/1?x=2&y=3' } }, 'en', 'zh-CN'), 'http://x')
    expect(next.pathname).toBe('/en/login')
    expect(next.searchParams.get('next')).toBe('/cases/1?x=2&y=3')
    expect(localeHref({ path: '/mentors', query: { stage: 'PLAN', city: undefined } }, 'zh-CN', 'zh-CN')).toBe('/mentors?stage=PLAN')
    expect(localeHref({ path: '/policies', query: { tag: '税收 优惠' }, hash: '#list' }, 'zh-CN', 'zh-CN')).toBe('/policies?tag=%E7%A8%8E%E6%94%B6+%E4%BC%98%E6%83%A0#list')
  })
})
