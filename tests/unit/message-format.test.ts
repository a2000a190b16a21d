import { describe, expect, it } from 'vitest'
import { compileMessage, fillMessage, formatMessage, lookupMessage, pluralIndex } from '../../shared/i18n/format'
import { localiseRoutes } from '../../modules/i18n'
import zh from '../../i18n/locales/zh-CN.json'
import en from '../../i18n/locales/en.json'

describe('the message format (shared/i18n/format.ts)', () => {
  it('fills named values, spaces inside the braces allowed', () => {
    const m = compileMessage('© {year} {name}，{ who }')
    expect(formatMessage(m, { year: 2026, name: '创业一站通', who: '您' })).toBe('© 2026 创业一站通，您')
  })

  it('prints a value that was not given as nothing on pages, as its placeholder in server texts', () => {
    expect(formatMessage(compileMessage('Signed in as {name}'), {})).toBe('Signed in as ')
    expect(fillMessage('剩余 {n} 个名额，{missing}', { n: 3 })).toBe('剩余 3 个名额，{missing}')
  })

  it('chooses plural forms the way the locale files were written for', () => {
    const two = compileMessage('{n} place left | {n} places left')
    expect(formatMessage(two, {}, 1)).toBe('1 place left')
    expect(formatMessage(two, { n: 1 }, 1)).toBe('1 place left')
    expect(formatMessage(two, { n: 0 }, 0)).toBe('0 places left')
    expect(formatMessage(two, { n: 5 }, 5)).toBe('5 places left')
    const three = compileMessage('No case matches. | {n} case | {n} cases')
    expect(formatMessage(three, { n: 0 }, 0)).toBe('No case matches.')
    expect(formatMessage(three, { n: 1 }, 1)).toBe('1 case')
    expect(formatMessage(three, { n: 7 }, 7)).toBe('7 cases')
    // without a count, the value n decides (a count forgotten in a call still reads right)
    expect(formatMessage(three, { n: 7 })).toBe('7 cases')
    expect([pluralIndex(1, 5), pluralIndex(2, -1), pluralIndex(3, 2), pluralIndex(3, 40)]).toEqual([0, 0, 2, 2])
  })

  it('counts people and months in the plural forms English needs, and Chinese does not', () => {
    const say = (tree: unknown, key: string, n: number) => formatMessage(compileMessage(lookupMessage(tree, key)!), { n }, n)
    expect([1, 2].map(n => say(en, 'project.jobs', n))).toEqual(['1 person', '2 people'])
    expect([1, 18].map(n => say(en, 'project.months', n))).toEqual(['1 month', '18 months'])
    expect([1, 2].map(n => say(zh, 'project.jobs', n))).toEqual(['1 人', '2 人'])
  })

  it('joins translated texts with each language\'s own punctuation', () => {
    const join = (tree: unknown, label: string, items: string[], aside: string) => {
      const m = (key: string, params = {}) => formatMessage(compileMessage(lookupMessage(tree, `common.${key}`)!), params)
      return `${label}${m('colon')}${items.join(m('semicolon'))}${m('aside', { text: aside })}`
    }
    expect(join(en, 'What to bring', ['ID card', 'Lease'], 'originals')).toBe('What to bring: ID card; Lease (originals)')
    expect(join(zh, '需要准备', ['身份证', '租赁合同'], '原件')).toBe('需要准备：身份证；租赁合同（原件）')
  })

  it('finds a message by its dotted key in a language\'s messages', () => {
    expect(lookupMessage(zh, 'site.name')).toBe('创业一站通')
    expect(lookupMessage(zh, 'site')).toBeUndefined()
    expect(lookupMessage(zh, 'site.nothing.here')).toBeUndefined()
  })
})

describe('a route per page and language (modules/i18n)', () => {
  it('keeps the default language\'s paths, prefixes the others, and names each route by its language', () => {
    const pages = [
      { name: 'index', path: '/' },
      { name: 'projects-slug', path: '/projects/:slug()', file: 'x.vue' },
      { path: '/cases/:id()', file: 'y.vue', children: [{ name: 'cases-id-plan', path: 'plan', file: 'z.vue' }] },
    ]
    const routes = localiseRoutes(pages, 'zh-CN', ['zh-CN', 'en'])
    expect(routes.map(r => [r.name, r.path])).toEqual([
      ['index___zh-CN', '/'],
      ['projects-slug___zh-CN', '/projects/:slug()'],
      [undefined, '/cases/:id()'],
      ['index___en', '/en'],
      ['projects-slug___en', '/en/projects/:slug()'],
      [undefined, '/en/cases/:id()'],
    ])
    // children keep their relative paths and take their language's name
    expect(routes[5]!.children).toEqual([{ name: 'cases-id-plan___en', path: 'plan', file: 'z.vue' }])
    expect(pages[1]).toEqual({ name: 'projects-slug', path: '/projects/:slug()', file: 'x.vue' })
  })
})
