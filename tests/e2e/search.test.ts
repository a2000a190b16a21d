import type { Browser, Page, Request, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible } from '../support/a11y'
import { launchBrowser, newContext, ready } from '../support/browser'
import { baseUrl, Client } from '../support/http'
import { createProject, eventually } from '../support/projects'

/**
 * The header search as a WAI-ARIA combobox: the keyboard moves through the suggestions, Enter
 * opens one or searches, Escape and a click elsewhere close the list; a suggestion asked for
 * before the search was sent never covers the results page.
 */
let browser: Browser
const titles = ['松花湖渔家农家乐', '净月潭森林农家乐']
beforeAll(async () => {
  browser = await launchBrowser()
  const api = new Client()
  // in Jilin city, so the project library's tests counting Changchun beside this file are not moved
  for (const title of titles) {
    const p = await createProject({ title, tags: ['农家乐'], city: 'jilin' })
    await eventually(async () => (await api.get<{ items: { id: string }[] }>(`/api/projects?q=${encodeURIComponent(title)}`)).body.items.some(i => i.id === p.id), 15_000)
  }
})
afterAll(async () => {
  await browser?.close()
})

/** A suggestion request of the header box (the results page asks with a page number). */
const isSuggestion = (r: Request) => {
  const url = new URL(r.url())
  return url.pathname === '/api/search' && !url.searchParams.has('page')
}
const combobox = (page: Page, name = '搜索项目、政策和指南') => page.getByRole('combobox', { name })
/** Two frames: whatever an answer that arrived sets off has been rendered by then (a page on a test clock ticks it). */
const frames = (page: Page) => page.evaluate(() => new Promise<void>(r => requestAnimationFrame(() => requestAnimationFrame(() => r()))))

describe('header search combobox', () => {
  it('the arrow keys move through the suggestions, Escape closes them and keeps the words, Enter opens the highlighted one', async () => {
    const page = await (await newContext(browser)).newPage()
    await page.goto('/')
    await ready(page)
    const box = combobox(page)
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    await box.pressSequentially('农家乐', { delay: 30 })
    const list = page.getByRole('listbox', { name: '搜索建议' })
    await list.waitFor()
    expect(await box.getAttribute('aria-expanded')).toBe('true')
    expect(await box.getAttribute('aria-controls')).toBe(await list.getAttribute('id'))
    const options = list.getByRole('option')
    const n = await options.count()
    expect(n).toBeGreaterThanOrEqual(2)
    // the count is announced politely
    const status = page.getByTestId('search-suggestions-status')
    expect(await status.getAttribute('aria-live')).toBe('polite')
    await expect.poll(() => status.textContent()).toContain(`有 ${n} 条搜索建议`)
    // nothing highlighted yet; ArrowDown highlights the first, focus stays in the box
    expect(await box.getAttribute('aria-activedescendant')).toBeNull()
    const highlighted = async () => {
      const id = await box.getAttribute('aria-activedescendant')
      const selected = await options.evaluateAll(els => els.map((e, i) => (e.getAttribute('aria-selected') === 'true' ? i : -1)).filter(i => i >= 0))
      return { id, selected }
    }
    await box.press('ArrowDown')
    expect(await highlighted()).toEqual({ id: await options.nth(0).getAttribute('id'), selected: [0] })
    expect(await box.evaluate(el => el === document.activeElement)).toBe(true)
    // the highlight is visible (outlined), not only announced
    const outline = (i: number) => options.nth(i).evaluate(el => getComputedStyle(el).outlineStyle)
    expect(await outline(0)).toBe('solid')
    expect(await outline(1)).toBe('none')
    await box.press('ArrowDown')
    expect(await highlighted()).toEqual({ id: await options.nth(1).getAttribute('id'), selected: [1] })
    await box.press('ArrowUp')
    await box.press('ArrowUp')
    // up from the first goes round to the last
    expect((await highlighted()).selected).toEqual([n - 1])
    // Escape closes the list and keeps the words
    await box.press('Escape')
    expect(await list.isVisible()).toBe(false)
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    expect(await box.getAttribute('aria-activedescendant')).toBeNull()
    expect(await box.inputValue()).toBe('农家乐')
    // ArrowDown opens it again on the first; Enter opens that suggestion
    await box.press('ArrowDown')
    await list.waitFor()
    expect((await highlighted()).selected).toEqual([0])
    const first = (await options.nth(0).textContent())!
    const title = first.replace(/^\s*\S+\s+/, '').trim()
    await box.press('Enter')
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    expect(new URL(page.url()).pathname).not.toBe('/search')
    expect(await list.isVisible()).toBe(false)
  })

  it('a click elsewhere or Tab closes the list', async () => {
    const page = await (await newContext(browser)).newPage()
    await page.goto('/')
    await ready(page)
    const box = combobox(page)
    await box.pressSequentially('农家乐', { delay: 30 })
    const list = page.getByRole('listbox', { name: '搜索建议' })
    await list.waitFor()
    // somewhere the list does not cover: the page's footer
    await page.getByRole('contentinfo').click()
    expect(await list.isVisible()).toBe(false)
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    await box.focus()
    await box.press('ArrowDown')
    await list.waitFor()
    await box.press('Tab')
    expect(await list.isVisible()).toBe(false)
    expect(await box.inputValue()).toBe('农家乐')
  })

  it('Enter right after typing searches, and no suggestion is asked for or shown over the results', async () => {
    const page = await (await newContext(browser)).newPage()
    // the page's timers run on a clock the test can move on: a suggestion still waiting to be asked for at Enter would be asked when it is
    await page.clock.install()
    await page.goto('/')
    await ready(page)
    const box = combobox(page)
    // "right after": the clock stands still from the typing to the Enter (a slow machine must not let the wait before asking pass in between)
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000))
    const late: string[] = []
    page.on('request', r => isSuggestion(r) && late.push(r.url()))
    await box.fill('农家乐')
    await box.press('Enter')
    await page.clock.resume()
    await page.waitForURL(/\/search\?q=/)
    await page.getByRole('heading', { level: 1, name: '站内搜索' }).waitFor()
    await page.locator('mark').first().waitFor()
    await page.clock.runFor(2_000)
    // a request the page sends after those timers comes after any they sent
    await page.evaluate(() => fetch('/api/health/live').then(r => r.status))
    await frames(page)
    expect(late).toEqual([])
    expect(await page.getByTestId('search-suggestions').isVisible()).toBe(false)
    expect(await box.getAttribute('aria-expanded')).toBe('false')
  })

  it('a suggestion request under way when the search is sent is cancelled: its late answer does not open the list', async () => {
    const page = await (await newContext(browser)).newPage()
    await page.goto('/')
    await ready(page)
    // hold the header's suggestion answers until the results page is shown
    const held: Route[] = []
    await page.route(url => url.pathname === '/api/search' && !url.searchParams.has('page'), (route) => {
      held.push(route)
    })
    const settled: string[] = []
    page.on('requestfinished', r => isSuggestion(r) && settled.push('finished'))
    page.on('requestfailed', r => isSuggestion(r) && settled.push('failed'))
    const box = combobox(page)
    await Promise.all([page.waitForRequest(isSuggestion), box.pressSequentially('农家乐', { delay: 30 })])
    await box.press('Enter')
    await page.waitForURL(/\/search\?q=/)
    await page.locator('mark').first().waitFor()
    // now let the answers through (a cancelled one cannot be)
    for (const route of held) await route.continue().catch(() => {})
    await expect.poll(() => settled.length).toBe(held.length)
    await frames(page)
    expect(settled.every(s => s === 'failed')).toBe(true)
    expect(await page.getByTestId('search-suggestions').isVisible()).toBe(false)
    expect(await box.getAttribute('aria-expanded')).toBe('false')
  })

  it('the English page announces the suggestions in English', async () => {
    const page = await (await newContext(browser)).newPage()
    await page.goto('/en')
    await ready(page)
    const box = combobox(page, 'Search projects, policies and guides')
    await box.pressSequentially('农家乐', { delay: 30 })
    const list = page.getByRole('listbox', { name: 'Suggestions' })
    await list.waitFor()
    const n = await list.getByRole('option').count()
    await expect.poll(() => page.getByTestId('search-suggestions-status').textContent()).toContain(`${n} suggestions; use the up and down arrow keys`)
  })

  it('open, with a suggestion highlighted, it passes axe and fits a 360 px phone in elder mode', async () => {
    const ctx = await newContext(browser, { width: 360 })
    await ctx.addCookies([{ name: 'sh_elder', value: '1', url: baseUrl() }])
    const page = await ctx.newPage()
    await page.goto('/')
    await ready(page)
    const box = combobox(page)
    await box.pressSequentially('农家乐', { delay: 30 })
    const list = page.getByRole('listbox', { name: '搜索建议' })
    await list.waitFor()
    await box.press('ArrowDown')
    await expectAccessible(page, { label: 'header suggestions, 360 elder' })
    const right = await list.evaluate(el => el.getBoundingClientRect().right)
    expect(right).toBeLessThanOrEqual(360)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await ctx.close()
  })
})
