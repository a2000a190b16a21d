import { describe, expect, it } from 'vitest'
import { afterSignInHref, localeHref, localeOfHref, stripLocale, switchLocaleHref } from '../../shared/utils/locale-href'

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

describe('the language of an address, and the same address in another language', () => {
  const codes = ['zh-CN', 'en']
  it('reads the language from the prefix alone', () => {
    expect(localeOfHref('/en', codes, 'zh-CN')).toBe('en')
    expect(localeOfHref('/en/projects?q=1', codes, 'zh-CN')).toBe('en')
    expect(localeOfHref('/en?q=1', codes, 'zh-CN')).toBe('en')
    expect(localeOfHref('/en#top', codes, 'zh-CN')).toBe('en')
    // a path that merely starts with the letters is the default language's
    expect(localeOfHref('/enrolments', codes, 'zh-CN')).toBe('zh-CN')
    expect(localeOfHref('/projects', codes, 'zh-CN')).toBe('zh-CN')
    expect(localeOfHref('/', codes, 'zh-CN')).toBe('zh-CN')
  })

  it('strips the prefix and puts another on, keeping the query and the hash', () => {
    expect(stripLocale('/en', codes, 'zh-CN')).toBe('/')
    expect(stripLocale('/en?q=1', codes, 'zh-CN')).toBe('/?q=1')
    expect(stripLocale('/en/projects/a?x=1#b', codes, 'zh-CN')).toBe('/projects/a?x=1#b')
    expect(stripLocale('/enrolments', codes, 'zh-CN')).toBe('/enrolments')
    expect(switchLocaleHref('/en/projects?city=changchun', 'zh-CN', 'zh-CN', codes)).toBe('/projects?city=changchun')
    expect(switchLocaleHref('/projects?city=changchun', 'en', 'zh-CN', codes)).toBe('/en/projects?city=changchun')
    expect(switchLocaleHref('/', 'en', 'zh-CN', codes)).toBe('/en')
    expect(switchLocaleHref('/en', 'zh-CN', 'zh-CN', codes)).toBe('/')
    expect(switchLocaleHref('/en/login', 'en', 'zh-CN', codes)).toBe('/en/login')
  })
})

describe('where signing in continues', () => {
  it('goes home in the sign-in page\'s language without a page to return to', () => {
    expect(afterSignInHref(undefined, 'en', 'zh-CN')).toBe('/en')
    expect(afterSignInHref(undefined, 'zh-CN', 'zh-CN')).toBe('/')
    expect(afterSignInHref(['/a', '/b'], 'en', 'zh-CN')).toBe('/en')
  })

  it('returns to the page that asked, and only to a page of this site', () => {
    expect(afterSignInHref('/en/cases/1?tab=plan', 'en', 'zh-CN')).toBe('/en/cases/1?tab=plan')
    expect(afterSignInHref('/loans/apply', 'en', 'zh-CN')).toBe('/loans/apply')
    expect(afterSignInHref('//evil.example/en', 'en', 'zh-CN')).toBe('/en')
    expect(afterSignInHref('/\\evil.example', 'en', 'zh-CN')).toBe('/en')
    expect(afterSignInHref('https://evil.example', 'zh-CN', 'zh-CN')).toBe('/')
  })
})
