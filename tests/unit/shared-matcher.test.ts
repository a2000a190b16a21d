import type { RouteRecordRaw } from 'vue-router'
import { describe, expect, it } from 'vitest'
import { createRouterMatcher } from 'vue-router'
import { sharedMatcher } from '../../app/shared-matcher'

const page = () => Promise.resolve({})
const table: RouteRecordRaw[] = [
  { path: '/', name: 'index___zh', component: page, meta: { a: 1 } },
  { path: '/en', name: 'index___en', component: page },
  { path: '/projects', name: 'projects___zh', component: page },
  { path: '/projects/:slug', name: 'projects-slug___zh', component: page, meta: { layout: 'default' } },
  { path: '/en/projects/:slug', name: 'projects-slug___en', component: page },
  { path: '/docs/:parts+', name: 'docs___zh', component: page },
]
const start = { path: '/', name: 'index___zh', params: {}, matched: [], meta: {} }

describe('the server\'s shared route matcher', () => {
  it('resolves every path as vue-router\'s own matcher does', () => {
    const own = createRouterMatcher(table, {})
    const shared = sharedMatcher(table)
    for (const path of ['/', '/en', '/projects', '/projects/naicha', '/en/projects/naicha', '/docs/a/b', '/nowhere']) {
      for (let twice = 0; twice < 2; twice++) expect(shared.resolve({ path }, start)).toEqual(own.resolve({ path }, start))
    }
    expect(shared.resolve({ name: 'projects-slug___en', params: { slug: 'x' } }, start)).toEqual(own.resolve({ name: 'projects-slug___en', params: { slug: 'x' } }, start))
  })

  it('gives every request its own copy of a remembered answer', () => {
    const shared = sharedMatcher(table)
    const first = shared.resolve({ path: '/docs/a/b' }, start)
    ;(first.params.parts as string[]).push('changed')
    first.params.extra = 'x'
    first.meta.title = 'changed'
    first.matched.pop()
    const second = shared.resolve({ path: '/docs/a/b' }, start)
    expect(second.params).toEqual({ parts: ['a', 'b'] })
    expect(second.meta).toEqual({})
    expect(second.matched).toHaveLength(1)
    expect(shared.resolve({ path: '/projects/x' }, start).meta).toEqual({ layout: 'default' })
  })

  it('refuses to change: a route added for one request would reach every other', () => {
    const shared = sharedMatcher(table)
    expect(() => shared.addRoute({ path: '/x', component: page })).toThrow(/cannot change/)
    expect(() => shared.removeRoute('index___zh')).toThrow(/cannot change/)
    expect(() => shared.clearRoutes()).toThrow(/cannot change/)
    expect(shared.getRoutes()).toHaveLength(table.length)
  })

  it('answers right after forgetting (it remembers a bounded number of paths)', () => {
    const shared = sharedMatcher(table)
    for (let i = 0; i < 5000; i++) expect(shared.resolve({ path: `/projects/p${i}` }, start).params).toEqual({ slug: `p${i}` })
  })
})
