import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newContext, ready } from '../support/browser'
import { createProject, eventually } from '../support/projects'
import { Client } from '../support/http'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
  // a small library of our own: two cities, two investment levels
  const fixtures = [
    { title: '长春社区奶茶小店', city: 'changchun', investmentMin: 20_000, investmentMax: 28_000, tags: ['奶茶'] },
    { title: '长春汽车美容工作室', category: 'auto-services', city: 'changchun', investmentMin: 120_000, investmentMax: 160_000, riskLevel: 'MEDIUM' as const },
    { title: '延边朝鲜族打糕作坊', category: 'korean-food', city: 'yanbian', investmentMin: 40_000, investmentMax: 60_000, recommended: true },
  ]
  const api = new Client()
  for (const f of fixtures) {
    const p = await createProject(f)
    // other files add projects at the same time: wait for this one itself to be searchable
    await eventually(async () => (await api.get<{ items: { id: string }[] }>(`/api/projects?q=${encodeURIComponent(f.title)}`)).body.items.some(i => i.id === p.id), 15_000)
  }
})
afterAll(async () => {
  await browser?.close()
})

describe('project library', () => {
  it('filters by city and investment: the URL and the counts follow, and a link reproduces the view', async () => {
    const ctx = await newContext(browser)
    const page = await ctx.newPage()
    await page.goto('/projects')
    await page.getByRole('heading', { name: '创业项目库' }).waitFor()
    const count = page.getByTestId('project-count')
    const before = await count.textContent()
    await page.getByTestId('facet-city-changchun').check()
    await page.waitForURL(/city=changchun/)
    await expect.poll(() => count.textContent()).not.toBe(before)
    const changchunOnly = await count.textContent()
    await page.getByTestId('facet-investment-lt30k').check()
    await page.waitForURL(/investment=lt30k/)
    await expect.poll(() => count.textContent()).not.toBe(changchunOnly)
    const cards = page.getByTestId('project-card')
    await expect.poll(() => cards.count()).toBeGreaterThan(0)
    for (const title of await cards.getByRole('heading').allTextContents()) expect(title).toContain('长春')
    // the same link in a new tab shows the same view
    const url = page.url()
    const again = await ctx.newPage()
    await again.goto(url)
    expect(await again.getByTestId('project-count').textContent()).toBe(await count.textContent())
    expect(await again.getByTestId('facet-city-changchun').isChecked()).toBe(true)
    await ctx.close()
  })

  it('each filter click is a step in the browser history: Back and Forward walk through the filters, typing replaces the step', async () => {
    const ctx = await newContext(browser)
    const page = await ctx.newPage()
    await page.goto('/projects')
    await page.getByRole('heading', { name: '创业项目库' }).waitFor()
    const count = page.getByTestId('project-count')
    const city = page.getByTestId('facet-city-changchun')
    const investment = page.getByTestId('facet-investment-lt30k')
    const sort = page.getByLabel('排序')
    const all = await count.textContent()
    await city.check()
    await page.waitForURL(/city=changchun/)
    await expect.poll(() => count.textContent()).not.toBe(all)
    const changchunOnly = await count.textContent()
    await investment.check()
    await page.waitForURL(/investment=lt30k/)
    await expect.poll(() => count.textContent()).not.toBe(changchunOnly)
    const both = await count.textContent()
    await sort.selectOption('newest')
    await page.waitForURL(/sort=newest/)
    // Back: the step before, on the same page, its boxes and counts as they were
    await page.goBack()
    await page.waitForURL(url => url.pathname === '/projects' && !url.searchParams.has('sort') && url.searchParams.get('investment') === 'lt30k')
    await expect.poll(() => sort.inputValue()).toBe('relevance')
    await page.goBack()
    await page.waitForURL(url => url.pathname === '/projects' && url.searchParams.get('city') === 'changchun' && !url.searchParams.has('investment'))
    await expect.poll(() => investment.isChecked()).toBe(false)
    expect(await city.isChecked()).toBe(true)
    // the list follows (other files add projects meanwhile: compared with the step it left)
    await expect.poll(() => count.textContent()).not.toBe(both)
    await page.goBack()
    await page.waitForURL(url => url.pathname === '/projects' && url.search === '')
    await expect.poll(() => city.isChecked()).toBe(false)
    await expect.poll(() => count.textContent()).not.toBe(changchunOnly)
    // Forward again
    await page.goForward()
    await page.waitForURL(/city=changchun/)
    await expect.poll(() => city.isChecked()).toBe(true)
    await page.goForward()
    await page.waitForURL(/investment=lt30k/)
    await expect.poll(() => investment.isChecked()).toBe(true)
    await expect.poll(() => count.textContent()).not.toBe(changchunOnly)
    // typing replaces the current step rather than adding one a word
    const box = page.getByLabel('搜索项目', { exact: true })
    await box.fill('奶茶')
    await page.waitForURL(/q=/)
    await page.goBack()
    await page.waitForURL(url => url.searchParams.get('city') === 'changchun' && !url.searchParams.has('investment') && !url.searchParams.has('q'))
    await expect.poll(() => box.inputValue()).toBe('')
    await ctx.close()
  })

  it('results follow what the person types, and a project page shows its facts', async () => {
    const ctx = await newContext(browser)
    const page = await ctx.newPage()
    await page.goto('/projects')
    await ready(page)
    await page.getByLabel('搜索项目', { exact: true }).fill('打糕')
    await page.waitForURL(/q=/)
    const card = page.getByTestId('project-card').filter({ hasText: '延边朝鲜族打糕作坊' })
    await card.waitFor()
    expect(await card.getByText('推介').isVisible()).toBe(true)
    await card.getByRole('link', { name: '延边朝鲜族打糕作坊' }).click()
    await page.getByRole('heading', { level: 1, name: '延边朝鲜族打糕作坊' }).waitFor()
    await page.getByText('投资额').first().waitFor()
    await page.getByRole('heading', { name: '专家评估' }).waitFor()
    await ctx.close()
  })

  it('the header search suggests projects as the person types', async () => {
    const ctx = await newContext(browser)
    const page = await ctx.newPage()
    await page.goto('/')
    await ready(page)
    await page.getByRole('combobox', { name: '搜索项目、政策和指南' }).pressSequentially('汽车美容', { delay: 30 })
    const suggestions = page.getByTestId('search-suggestions')
    await suggestions.getByRole('option', { name: /长春汽车美容工作室/ }).click()
    await page.getByRole('heading', { level: 1, name: '长春汽车美容工作室' }).waitFor()
    await ctx.close()
  })

  it('the English page translates the facets', async () => {
    const ctx = await newContext(browser)
    const page = await ctx.newPage()
    await page.goto('/en/projects?risk=MEDIUM')
    await page.getByRole('heading', { name: 'Project library' }).waitFor()
    expect(await page.getByTestId('facet-risk-MEDIUM').isChecked()).toBe(true)
    await page.getByText('Medium risk').first().waitFor()
    await ctx.close()
  })
})
