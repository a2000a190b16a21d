import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PRIVATE_MIDDLEWARE, passesGuards, routeGuards, shellAllowed } from '../../shared/utils/private-routes'

const dir = new URL('../../middleware/', import.meta.url)

describe('private routes (the pages rendered as a shell for a signed-in visitor)', () => {
  it('names every route middleware that guards a page, with the roles it passes to the guard', () => {
    const guards = Object.fromEntries(readdirSync(dir)
      .filter(f => f.endsWith('.ts'))
      .map(f => [f.replace(/\.ts$/, ''), readFileSync(new URL(f, dir), 'utf8')] as const)
      .filter(([, source]) => source.includes('guardRoute('))
      .map(([name, source]) => [name, /guardRoute\(to, PRIVATE_MIDDLEWARE\.(\w+)\)/.exec(source)?.[1]]))
    expect(Object.keys(guards).sort()).toEqual(Object.keys(PRIVATE_MIDDLEWARE).sort())
    // each middleware guards with its own entry of the table
    for (const [name, entry] of Object.entries(guards)) expect(entry).toBe(name)
    expect(guards).not.toHaveProperty('guest')
  })

  it('reads a route\'s guards from any of its records, one name or a list', () => {
    expect(routeGuards({ matched: [{ meta: { middleware: 'auth' } }] })).toEqual([[]])
    expect(routeGuards({ matched: [{ meta: {} }, { meta: { middleware: ['guest', 'staff'] } }] })).toEqual([['STAFF', 'ADMIN']])
    expect(routeGuards({ matched: [{ meta: { middleware: 'guest' } }] })).toBeNull()
    expect(routeGuards({ matched: [{ meta: { middleware: () => undefined } }] })).toBeNull()
    expect(routeGuards({ matched: [{ meta: { middleware: 'constructor' } }] })).toBeNull()
    expect(routeGuards({ matched: [] })).toBeNull()
  })

  it('renders a private page as a shell unless one of its records says shell: false', () => {
    expect(shellAllowed({ matched: [{ meta: { middleware: 'auth' } }] })).toBe(true)
    expect(shellAllowed({ matched: [{ meta: { middleware: 'auth', shell: false } }] })).toBe(false)
    expect(shellAllowed({ matched: [{ meta: {} }, { meta: { middleware: 'auth', shell: false } }] })).toBe(false)
  })

  it('lets a user through when every guard has one of their roles or asks for none', () => {
    expect(passesGuards([], [[]])).toBe(true)
    expect(passesGuards(['ENTREPRENEUR'], [[], ['STAFF', 'ADMIN']])).toBe(false)
    expect(passesGuards(['ADMIN'], [[], ['STAFF', 'ADMIN']])).toBe(true)
    expect(passesGuards(['STAFF'], [['STAFF', 'ADMIN'], ['BANK']])).toBe(false)
  })
})
