import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractText, getDocumentProxy } from 'unpdf'
import { expectAccessible } from '../support/a11y'
import { launchBrowser, signedInContext } from '../support/browser'
import { createUser, token } from '../support/mentors'
import type { TestUser } from '../support/mentors'
import { milkTeaPlan } from '../support/plans'

/**
 * The parts of the plan editor and the risk assessment beyond the main case journey
 * (cases.test.ts): the competitors of 市场评估 and the cash flow's own inputs typed in keyboard
 * grids, kept after a reload and printed in the PDF; the print view; a retaken assessment that
 * starts from the previous answers.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')
async function typeInto(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}
const saved = (page: Page) => expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 20_000 }).toContain('所有修改已保存')

/** A case of a new person with the milk-tea plan saved (the risk stage can start). */
async function caseWithPlan(): Promise<{ owner: TestUser, id: string }> {
  const owner = await createUser()
  const created = await owner.client.post<{ id: string }>('/api/cases', { idea: { title: `街口奶茶店${token().slice(0, 4)}`, category: 'food-snacks', city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })
  expect(created.status).toBe(201)
  expect((await owner.client.request('PUT', `/api/cases/${created.body.id}/plan`, { baseVersion: 0, plan: milkTeaPlan() })).status).toBe(200)
  return { owner, id: created.body.id }
}

describe('the plan editor: competitors and the cash flow\'s own inputs', () => {
  it('are typed in keyboard grids (rows added and removed), saved by themselves, kept after a reload and printed in the PDF', async () => {
    const { owner, id } = await caseWithPlan()
    const ctx = await signedInContext(browser, owner.client)
    const page = await ctx.newPage()
    await page.goto(`/cases/${id}/plan`)
    await page.getByRole('heading', { level: 1, name: '创业计划书' }).waitFor()
    const market = page.getByTestId('section-market')

    // two competitors; the second is removed again
    await market.getByTestId('add-competitor').click()
    await market.getByRole('textbox', { name: '竞争对手（第 1 行）' }).fill('街角茶饮')
    await market.getByTestId('add-competitor').click()
    await market.getByRole('textbox', { name: '竞争对手（第 2 行）' }).fill('临时摊位')
    await market.getByRole('button', { name: '删除“临时摊位”这一行' }).click()
    expect(await market.getByRole('textbox', { name: '竞争对手（第 2 行）' }).count()).toBe(0)

    // strengths → score → weaknesses → score with the arrow keys; a score outside 1–5 is named next to it
    await market.getByRole('textbox', { name: '街角茶饮 主要优势' }).focus()
    await typeInto(page, '开业十年，熟客多')
    await page.keyboard.press('ArrowRight')
    expect(await focusedId(page)).toBe('cell-market-competitors-0-strengthScore')
    await typeInto(page, '4')
    await page.keyboard.press('ArrowRight')
    expect(await focusedId(page)).toBe('cell-market-competitors-0-weaknesses')
    await typeInto(page, '价格偏高，没有外卖')
    await page.keyboard.press('ArrowRight')
    expect(await focusedId(page)).toBe('cell-market-competitors-0-weaknessScore')
    await typeInto(page, '0')
    await market.getByText('不能小于 1。').waitFor()
    await typeInto(page, '7')
    await market.getByText('不能大于 5。').waitFor()
    await typeInto(page, '2')
    expect(await market.getByText('不能大于 5。').count()).toBe(0)

    // the cash flow's inputs: cash before opening, credit sales, other income in month 5
    const cashflow = page.getByTestId('section-cashflow')
    await cashflow.getByRole('textbox', { name: '开业前已有的现金（启动资金以外） 金额（元）' }).focus()
    await typeInto(page, '2000')
    await expect.poll(() => page.locator('#cell-cashflow-opening-1').textContent()).toContain('2,000.00')
    await cashflow.getByLabel('赊销比例（%）').fill('20')
    const otherIncome5 = cashflow.getByRole('textbox', { name: '其他现金流入（如补贴） 第5月' })
    expect(await otherIncome5.getAttribute('id')).toBe('cell-cashflowInput-otherIncome-5')
    // one element for each id: the input and the computed cell of the same month are told apart
    expect(await page.locator('#cell-cashflow-otherIncome-5').count()).toBe(1)
    await otherIncome5.focus()
    await typeInto(page, '500')
    await expect.poll(() => page.locator('#cell-cashflow-otherIncome-5').textContent()).toContain('500.00')
    // arrow up: from other income to the owner investment of the same month
    await page.keyboard.press('ArrowUp')
    expect(await focusedId(page)).toBe('cell-cashflowInput-additionalOwnerInvestment-5')
    await typeInto(page, '800')
    await expect.poll(() => page.locator('#cell-cashflow-ownerInvestment-5').textContent()).toContain('800.00')
    await saved(page)
    await expectAccessible(page)

    await page.reload()
    const m = page.getByTestId('section-market')
    expect(await m.getByRole('textbox', { name: '竞争对手（第 1 行）' }).inputValue()).toBe('街角茶饮')
    expect(await m.getByRole('textbox', { name: '街角茶饮 主要优势' }).inputValue()).toBe('开业十年，熟客多')
    expect(await m.getByRole('textbox', { name: '街角茶饮 劣势评分（1–5）' }).inputValue()).toBe('2')
    const c = page.getByTestId('section-cashflow')
    expect(await c.getByRole('textbox', { name: '开业前已有的现金（启动资金以外） 金额（元）' }).inputValue()).toBe('2000')
    expect(await c.getByLabel('赊销比例（%）').inputValue()).toBe('20')
    expect(await c.getByRole('textbox', { name: '其他现金流入（如补贴） 第5月' }).inputValue()).toBe('500')
    expect(await c.getByRole('textbox', { name: '追加业主投资 第5月' }).inputValue()).toBe('800')

    // the PDF has them
    const pdf = await ctx.request.get(`/api/cases/${id}/plan.pdf`)
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true })
    const flat = text.replace(/\s+/g, '')
    expect(flat).toContain('街角茶饮')
    expect(flat).toContain('价格偏高，没有外卖')
    expect(flat).toContain('赊销比例20%')
    await ctx.close()
  })

  it('the print view shows the plan\'s sections and tables without the editor\'s controls', async () => {
    const { owner, id } = await caseWithPlan()
    const ctx = await signedInContext(browser, owner.client)
    const page = await ctx.newPage()
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0
      window.print = () => {
        (window as unknown as { printed: number }).printed++
      }
    })
    await page.goto(`/cases/${id}/plan`)
    await page.getByRole('heading', { level: 1, name: '创业计划书' }).waitFor()
    await page.getByRole('button', { name: '打印', exact: true }).click()
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)

    await page.emulateMedia({ media: 'print' })
    for (const title of ['一、企业概况', '三、市场评估', '七、流动资金(月)', '十、现金流量计划']) {
      expect(await page.getByRole('heading', { level: 2, name: title }).isVisible(), title).toBe(true)
    }
    expect(await page.locator('#grid-cashflow').isVisible()).toBe(true)
    expect(await page.locator('#grid-startup').isVisible()).toBe(true)
    // what only editing needs is not printed: the toolbar, the versions, adding and removing rows, the site's header
    expect(await page.getByTestId('download-pdf').isVisible()).toBe(false)
    expect(await page.getByTestId('add-product').isVisible()).toBe(false)
    expect(await page.getByTestId('add-competitor').isVisible()).toBe(false)
    expect(await page.locator('.row-name button').first().isVisible()).toBe(false)
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
    expect(await page.getByTestId('add-product').isVisible()).toBe(true)
    expect(await page.locator('.row-name button').first().isVisible()).toBe(true)
    await ctx.close()
  })
})

describe('retaking the risk assessment', () => {
  it('starts from the previous answers; the change is a new assessment in the history, with what changed', async () => {
    const { owner, id } = await caseWithPlan()
    const ctx = await signedInContext(browser, owner.client)
    const page = await ctx.newPage()
    await page.goto(`/cases/${id}/risk`)
    const groups = page.locator('fieldset')
    // choose once the page is interactive (a choice made before would be reset by hydration)
    await expect.poll(() => page.getByTestId('risk-submit').isEnabled()).toBe(true)
    const count = await groups.count()
    expect(count).toBeGreaterThan(20)
    // "not sure" everywhere
    for (const g of await groups.all()) await g.locator('input[type="radio"]').nth(1).check()
    await page.getByTestId('risk-submit').click()
    const result = page.getByTestId('risk-result')
    await result.getByTestId('risk-band').waitFor()

    await page.getByTestId('risk-retake').click()
    await page.getByTestId('risk-retake-hint').waitFor()
    // every answer is there as given
    for (const g of await groups.all()) expect(await g.locator('input[type="radio"]').nth(1).isChecked()).toBe(true)
    await expectAccessible(page)
    // the person changes what changed: the first three questions get the first option
    for (const g of (await groups.all()).slice(0, 3)) await g.locator('input[type="radio"]').nth(0).check()
    await page.getByTestId('risk-submit').click()
    await result.getByTestId('risk-band').waitFor()
    await result.getByTestId('risk-change').waitFor()
    await page.getByRole('heading', { level: 3, name: '以前的评估' }).waitFor()
    expect(await page.locator('#history-title + ul li').count()).toBe(1)
    // the server keeps both, the answers of each as given
    const history = await owner.client.get<{ answers: Record<string, string> }[]>(`/api/cases/${id}/risk-assessment`)
    expect(history.body).toHaveLength(2)
    const changed = Object.keys(history.body[0]!.answers).filter(k => history.body[0]!.answers[k] !== history.body[1]!.answers[k])
    expect(changed).toHaveLength(3)
    await ctx.close()
  })
})
