import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractText, getDocumentProxy } from 'unpdf'
import { expectAccessible } from '../support/a11y'
import { launchBrowser, signedInContext } from '../support/browser'
import { createMentor, createUser, token } from '../support/mentors'
import type { TestUser } from '../support/mentors'
import { milkTeaPlan } from '../support/plans'

/**
 * The parts of the plan editor and the risk assessment beyond the main case journey
 * (cases.test.ts): the competitors of 市场评估 and the cash flow's own inputs typed in keyboard
 * grids, kept after a reload and printed in the PDF; the price table, the place and the tax
 * assumptions of 市场营销计划 and 测算假设, and how the adviser reads them; the print view; a retaken
 * assessment that starts from the previous answers.
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

/** A case of a new person with the milk-tea plan (or another) saved (the risk stage can start). */
async function caseWithPlan(plan = milkTeaPlan()): Promise<{ owner: TestUser, id: string }> {
  const owner = await createUser()
  const created = await owner.client.post<{ id: string }>('/api/cases', { idea: { title: `街口奶茶店${token().slice(0, 4)}`, category: 'food-snacks', city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })
  expect(created.status).toBe(201)
  expect((await owner.client.request('PUT', `/api/cases/${created.body.id}/plan`, { baseVersion: 0, plan })).status).toBe(200)
  return { owner, id: created.body.id }
}

/** The plan page of a case in a browser signed in as `user`, once its title shows. */
async function planPage(user: { client: TestUser['client'] }, id: string, opts: { width?: number } = {}) {
  const ctx = await signedInContext(browser, user.client, opts)
  const page = await ctx.newPage()
  await page.goto(`/cases/${id}/plan`)
  await page.getByRole('heading', { level: 1, name: '创业计划书' }).waitFor()
  return { ctx, page }
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

describe('the plan editor: prices, place and tax assumptions', () => {
  it('are typed with the keyboard, each bad value named next to its field, saved by themselves, kept after a reload and printed in the PDF', async () => {
    const { owner, id } = await caseWithPlan()
    const { ctx, page } = await planPage(owner, id)
    const marketing = page.getByTestId('section-marketing')

    // 价格: the cost price, then Tab to the sale price, typed with a letter first; the competitors' price
    await marketing.getByRole('textbox', { name: '成本价（元）' }).focus()
    await typeInto(page, '8.5')
    await page.keyboard.press('Tab')
    expect(await focusedId(page)).toBe('plan-marketing-price-salePrice')
    await typeInto(page, '12元a')
    await expect.poll(() => page.locator('#plan-marketing-price-salePrice-error').textContent()).toContain('请输入金额（元），如 1200 或 1200.50。')
    expect(await marketing.getByRole('textbox', { name: '销售价（元）' }).getAttribute('aria-invalid')).toBe('true')
    await typeInto(page, '12')
    expect(await page.locator('#plan-marketing-price-salePrice-error').count()).toBe(0)
    await page.keyboard.press('Tab')
    expect(await focusedId(page)).toBe('plan-marketing-price-competitorPrice')
    await typeInto(page, '10')
    await page.keyboard.press('Tab')
    expect(await focusedId(page)).toBe('plan-marketing-price-discount')
    await typeInto(page, '会员九折')
    await page.keyboard.press('Tab')
    expect(await focusedId(page)).toBe('plan-marketing-price-creditSales')
    await typeInto(page, '单位客户月结')

    // 地点: an area above the limit is named by the rule; then the real one and the sales channel
    await marketing.getByRole('spinbutton', { name: '面积(平方米)' }).focus()
    await typeInto(page, '200000')
    await expect.poll(() => page.locator('#plan-marketing-place-areaSqm-error').textContent(), { timeout: 20_000 }).toContain('不能大于 100000。')
    // while the area breaks its rule, every other edit is still saved: the sales channel typed
    // meanwhile reaches the server, the area keeps its saved value there, and what was typed stays
    await marketing.getByRole('textbox', { name: '销售方式' }).focus()
    await typeInto(page, '店面零售和外卖平台')
    await page.getByTestId('save-state').getByText('其余修改都已保存；下面 1 处问题改正后才会保存').waitFor()
    const planId = new URL(page.url()).pathname.split('/')[2]!
    const onServer = await page.evaluate(async id => (await (await fetch(`/api/cases/${id}/plan`)).json()) as { plan: { marketing: { place: { areaSqm: number, salesChannel: string | null } } } }, planId)
    expect(onServer.plan.marketing.place.salesChannel).toBe('店面零售和外卖平台')
    expect(onServer.plan.marketing.place.areaSqm).not.toBe(200000)
    expect(await marketing.getByRole('spinbutton', { name: '面积(平方米)' }).inputValue()).toBe('200000')
    await marketing.getByRole('spinbutton', { name: '面积(平方米)' }).focus()
    await typeInto(page, '35')

    // 测算假设 of a 个体工商户 under the brackets: the VAT exemption and the relief
    const assumptions = page.locator('section[aria-labelledby="assumptions-title"]')
    expect(await assumptions.getByRole('textbox', { name: '企业所得税实际税率（仅有限责任公司）（%）' }).count()).toBe(0)
    expect(await assumptions.getByRole('textbox', { name: '核定征收率（%）' }).count()).toBe(0)
    await assumptions.getByRole('textbox', { name: '增值税月销售额免征额（不含税）（元）' }).focus()
    await typeInto(page, '80000')
    await assumptions.getByRole('textbox', { name: '个体工商户个人所得税减征比例（%）' }).focus()
    await typeInto(page, '25')
    await saved(page)
    await expectAccessible(page)

    await page.reload()
    const m = page.getByTestId('section-marketing')
    expect(await m.getByRole('textbox', { name: '成本价（元）' }).inputValue()).toBe('8.50')
    expect(await m.getByRole('textbox', { name: '销售价（元）' }).inputValue()).toBe('12')
    expect(await m.getByRole('textbox', { name: '竞争对手的价格（元）' }).inputValue()).toBe('10')
    expect(await m.getByRole('textbox', { name: '折扣销售' }).inputValue()).toBe('会员九折')
    expect(await m.getByRole('textbox', { name: '赊账销售' }).inputValue()).toBe('单位客户月结')
    expect(await m.getByRole('spinbutton', { name: '面积(平方米)' }).inputValue()).toBe('35')
    expect(await m.getByRole('textbox', { name: '销售方式' }).inputValue()).toBe('店面零售和外卖平台')
    const a = page.locator('section[aria-labelledby="assumptions-title"]')
    expect(await a.getByRole('textbox', { name: '增值税月销售额免征额（不含税）（元）' }).inputValue()).toBe('80000')
    expect(await a.getByRole('textbox', { name: '个体工商户个人所得税减征比例（%）' }).inputValue()).toBe('25')

    // the competitors' price left empty is "not known" (null), not ¥0; the flat method asks for its own rate
    await m.getByRole('textbox', { name: '竞争对手的价格（元）' }).focus()
    await typeInto(page, '')
    await page.keyboard.press('Backspace')
    await a.getByRole('combobox', { name: '个人所得税计算方法' }).selectOption('FLAT_RATE_ON_SALES')
    expect(await a.getByRole('textbox', { name: '经营所得年减除费用（元）' }).count()).toBe(0)
    await a.getByRole('textbox', { name: '核定征收率（%）' }).focus()
    await typeInto(page, '1.5')
    await saved(page)
    const stored = await owner.client.get<{ plan: { marketing: { price: Record<string, unknown>, place: Record<string, unknown> }, assumptions: Record<string, unknown> } }>(`/api/cases/${id}/plan`)
    expect(stored.body.plan.marketing.price).toMatchObject({ costPrice: 850, salePrice: 1200, competitorPrice: null, discount: '会员九折', creditSales: '单位客户月结' })
    expect(stored.body.plan.marketing.place).toMatchObject({ areaSqm: 35, salesChannel: '店面零售和外卖平台' })
    expect(stored.body.plan.assumptions).toMatchObject({ vatMonthlyExemption: 8_000_000, individualBusinessReliefBp: 2500, personalTaxMethod: 'FLAT_RATE_ON_SALES', personalTaxFlatBp: 150 })

    // the PDF has them
    const pdf = await ctx.request.get(`/api/cases/${id}/plan.pdf`)
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true })
    const flat = text.replace(/\s+/g, '')
    for (const s of ['会员九折', '单位客户月结', '店面零售和外卖平台', '80,000.00元', '核定征收率']) expect(flat, s).toContain(s)
    await ctx.close()
  })

  it('an amount that cannot be taken is named for what it is, listed with the problems, kept after a reload, and saved once right', async () => {
    const { owner, id } = await caseWithPlan()
    const { ctx, page } = await planPage(owner, id)
    const costPrice = () => page.getByTestId('section-marketing').getByRole('textbox', { name: '成本价（元）' })
    await costPrice().focus()
    await typeInto(page, '-5')
    await expect.poll(() => page.locator('#plan-marketing-price-costPrice-error').textContent()).toContain('金额不能是负数。')
    await page.getByTestId('plan-problems').getByText('金额不能是负数。').waitFor()
    await page.getByTestId('save-state').getByText('下面 1 处问题改正后才会保存').waitFor()
    // the typed text is this browser's until it is right: back after a reload, with its message
    await page.reload()
    await page.getByRole('heading', { level: 1, name: '创业计划书' }).waitFor()
    await expect.poll(() => costPrice().inputValue()).toBe('-5')
    await expect.poll(() => page.locator('#plan-marketing-price-costPrice-error').textContent()).toContain('金额不能是负数。')
    expect((await owner.client.get<{ plan: { marketing: { price: { costPrice: number } } } }>(`/api/cases/${id}/plan`)).body.plan.marketing.price.costPrice).toBeGreaterThanOrEqual(0)
    await costPrice().focus()
    await typeInto(page, '7.5')
    await saved(page)
    expect((await owner.client.get<{ plan: { marketing: { price: { costPrice: number } } } }>(`/api/cases/${id}/plan`)).body.plan.marketing.price.costPrice).toBe(750)
    await ctx.close()
  })

  it('the adviser reads them, and the loan\'s terms, as text: no field to type in, on a phone too', async () => {
    const plan = milkTeaPlan()
    plan.marketing.price = { costPrice: 850, salePrice: 1200, competitorPrice: null, discount: '会员九折', creditSales: null }
    plan.marketing.place.areaSqm = 35
    plan.marketing.place.salesChannel = '店面零售和外卖平台'
    plan.assumptions.personalTaxMethod = 'FLAT_RATE_ON_SALES'
    plan.assumptions.personalTaxFlatBp = 150
    plan.assumptions.vatMonthlyExemption = 8_000_000
    const { owner, id } = await caseWithPlan(plan)
    const mentor = await createMentor({ displayName: `营销导师${token().slice(0, 4)}` })
    expect((await owner.client.post(`/api/cases/${id}/adviser`, { userId: mentor.id })).status).toBeLessThan(300)
    const accepted = await mentor.client.post(`/api/cases/${id}/adviser/accept`, {})
    expect(accepted.status).toBeLessThan(300)

    const { ctx, page } = await planPage(mentor, id, { width: 360 })
    await page.getByText('只有创业者本人可以修改').waitFor()
    const marketing = page.getByTestId('section-marketing')
    const fact = (where: typeof marketing, label: string) => where.locator('dl.facts div').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd')
    expect(await fact(marketing, '成本价').textContent()).toBe('8.50 元')
    expect(await fact(marketing, '销售价').textContent()).toBe('12.00 元')
    expect(await fact(marketing, '竞争对手的价格').textContent()).toBe('（未填写）')
    expect(await fact(marketing, '面积(平方米)').textContent()).toBe('35')
    await marketing.getByText('会员九折').waitFor()
    await marketing.getByText('店面零售和外卖平台').waitFor()
    expect(await marketing.getByRole('textbox').count()).toBe(0)
    expect(await marketing.getByRole('spinbutton').count()).toBe(0)

    // the loan: rate, month and term are text, not inputs
    const funding = page.getByTestId('section-workingCapital')
    expect(await fact(funding, '年利率').textContent()).toBe('6%')
    expect(await fact(funding, '到账月份').textContent()).toBe('第1月')
    expect(await fact(funding, '期限(月)').textContent()).toBe('10')
    expect(await fact(funding, '还款方式').textContent()).not.toBe('')
    for (const name of ['贷款年利率（%）', '到账月份', '期限(月)']) {
      expect(await funding.getByRole('textbox', { name }).count(), name).toBe(0)
      expect(await funding.getByRole('spinbutton', { name }).count(), name).toBe(0)
    }
    expect(await page.locator('#plan-funding-loan-annualRateBp, #plan-funding-loan-month, #plan-funding-loan-termMonths').count()).toBe(0)

    // the assumptions of the plan's legal form and method, each with its value
    const assumptions = page.locator('section[aria-labelledby="assumptions-title"]')
    expect(await fact(assumptions, '增值税月销售额免征额').textContent()).toBe('80,000.00 元')
    expect(await fact(assumptions, '个人所得税计算方法').textContent()).toBe('核定征收：按销售净收入的固定比例')
    expect(await fact(assumptions, '核定征收率').textContent()).toBe('1.5%')
    expect(await assumptions.locator('input, select').count()).toBe(0)

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await expectAccessible(page)
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
