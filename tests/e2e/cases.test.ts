import type { Browser, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseView } from '#shared/types/case'
import { creditCodeCheckChar } from '#shared/utils/opening-checklist'
import { addDays } from '#shared/utils/zoned-time'
import { expectAccessible } from '../support/a11y'
import { launchBrowser, signedInContext } from '../support/browser'
import { beijingDay, createMentor, createUser, token } from '../support/mentors'
import { createProject } from '../support/projects'
import { milkTeaPlan } from '../support/plans'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const signedIn = (client: { cookies: Map<string, string> }, opts: { width?: number } = {}) => signedInContext(browser, client, opts)
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')

/** Types into a grid cell as a keyboard user does: everything selected, then the new text. */
async function typeInto(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}

describe('the one-stop case, in Chinese', () => {
  it('from a project page to an opened business: plan grids, PDF, risk advice, checklist and opening, an adviser\'s comment, the staff list', async () => {
    const tag = token().slice(0, 5)
    const project = await createProject({ title: `社区早餐店${tag}`, category: 'food-snacks', city: 'changchun', investmentMin: 40_000, investmentMax: 60_000 })
    const owner = await createUser()
    const ctx = await signedIn(owner.client)
    const page = await ctx.newPage()

    // 1. from the project page: the count, the button, the case with its task list
    await page.goto(`/projects/${project.slug}`)
    await page.getByTestId('case-count').getByText('还没有人从这个项目开始创业服务档案。').waitFor()
    await page.getByTestId('start-case').click()
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/)
    const caseId = page.url().split('/').pop()!
    await page.getByRole('heading', { level: 1, name: `社区早餐店${tag}` }).waitFor()
    const stage = (code: string) => page.getByTestId(`stage-${code}`)
    expect(await stage('PROJECT').getByTestId('stage-status').textContent()).toBe('已完成')
    expect(await stage('RISK').getByTestId('stage-status').textContent()).toBe('暂不能开始')
    await stage('FOLLOW_UP').getByText('登记开业以后才开始回访。').waitFor()
    // a stage that cannot start yet is not a link; the others are, the whole row
    expect(await stage('FOLLOW_UP').getByRole('link').count()).toBe(0)
    await expectAccessible(page)

    // a second case from the same project is refused plainly, with the way to the open one
    await page.goto(`/projects/${project.slug}`)
    await page.getByTestId('case-count').getByText('已有 1 人从这个项目开始了创业服务档案。').waitFor()
    await page.getByTestId('start-case').click()
    const refused = page.getByTestId('case-open-message')
    await refused.getByText('您已经有一个进行中的创业服务档案。').waitFor()
    await refused.getByRole('link', { name: '打开进行中的档案' }).click()
    await page.waitForURL(new RegExp(`/cases/${caseId}$`))

    // 2. the plan: prefilled from the project, totals and warnings live on every keystroke
    await stage('PLAN').getByRole('link', { name: '方案设计' }).click()
    await page.waitForURL(new RegExp(`/cases/${caseId}/plan$`))
    await page.getByRole('heading', { level: 1, name: '创业计划书' }).waitFor()
    await page.getByText(/个数值是根据项目库预先填入的/).waitFor()
    await page.getByTestId('warning-negativeCash').waitFor()
    const startupBefore = await page.getByTestId('total-startup').textContent()

    const ownerWage = page.getByRole('textbox', { name: '业主工资 每月金额' })
    await ownerWage.focus()
    await typeInto(page, '3000')
    // the owner's wage changed the start-up money (3 months of working capital) at once
    await expect.poll(() => page.getByTestId('total-startup').textContent()).not.toBe(startupBefore)
    // arrow down skips the computed rows (staff wages) to the next cell one can type in: rent
    await page.keyboard.press('ArrowDown')
    expect(await focusedId(page)).toBe('cell-marketing-place-monthlyRent')
    await typeInto(page, '1500')

    // bad input is named next to the cell, in the page's language, and changes nothing
    const own = page.getByRole('textbox', { name: '自有资金 金额（元）' })
    await own.focus()
    await typeInto(page, '五万')
    await page.getByText('请输入金额（元），如 1200 或 1200.50。').waitFor()
    expect(await own.getAttribute('aria-invalid')).toBe('true')
    await typeInto(page, '1000000')
    expect(await own.getAttribute('aria-invalid')).toBeNull()
    // enough own money: no month ends with negative cash any more, and no gap
    await expect.poll(() => page.getByTestId('warning-negativeCash').count()).toBe(0)
    expect(await page.getByTestId('total-gap').textContent()).toBe('0.00')

    // a product: name in its row header, then price → unit cost → month 1 with the arrow keys
    await page.getByTestId('add-product').click()
    await page.getByRole('textbox', { name: '产品（第 1 行）' }).fill('豆浆油条套餐')
    await page.getByRole('textbox', { name: '豆浆油条套餐 单价' }).focus()
    await typeInto(page, '8')
    await page.keyboard.press('ArrowRight')
    expect(await focusedId(page)).toBe('cell-sales-products-0-unitCost')
    await typeInto(page, '3')
    await page.keyboard.press('ArrowRight')
    expect(await focusedId(page)).toBe('cell-sales-products-0-quantities-0')
    await typeInto(page, '900')
    await expect.poll(() => page.locator('#cell-sales-revenue-1').textContent()).toContain('7,200.00')
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 20_000 }).toContain('所有修改已保存')
    await expectAccessible(page)

    // reload: everything is kept
    await page.reload()
    expect(await page.getByRole('textbox', { name: '业主工资 每月金额' }).inputValue()).toBe('3000')
    expect(await page.getByRole('textbox', { name: '租金 每月金额' }).inputValue()).toBe('1500')
    expect(await page.getByRole('textbox', { name: '自有资金 金额（元）' }).inputValue()).toBe('1000000')
    expect(await page.getByRole('textbox', { name: '豆浆油条套餐 第1月' }).inputValue()).toBe('900')
    expect(await page.getByTestId('warning-negativeCash').count()).toBe(0)

    // downloads: a real PDF
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()])
    expect(download.suggestedFilename()).toBe('business-plan.pdf')
    const pdf = await ctx.request.get(`/api/cases/${caseId}/plan.pdf`)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

    // frozen for review
    await page.getByTestId('submit-version').click()
    await page.getByText('已提交第 1 版，顾问会收到通知。').waitFor()

    // 3. the risk assessment: every question is asked for; the advice links to filtered mentors
    await page.goto(`/cases/${caseId}`)
    await stage('RISK').getByRole('link', { name: '风险评估' }).click()
    await page.getByTestId('risk-submit').click()
    await page.getByText('此项为必填项。').first().waitFor()
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(20)
    await expectAccessible(page)
    // "not sure" to everything: weak answers bring advice
    for (const group of await page.locator('fieldset').all()) await group.locator('input[type="radio"]').nth(1).check()
    await page.getByTestId('risk-submit').click()
    const result = page.getByTestId('risk-result')
    await result.getByTestId('risk-band').waitFor()
    await result.getByTestId('dimension-FINANCE').waitFor()
    await expectAccessible(page)
    await result.locator('a[href*="/mentors?"][href*="stage=RISK"]').first().click()
    await page.waitForURL(/\/mentors\?/)
    const url = new URL(page.url())
    expect(url.searchParams.get('stage')).toBe('RISK')
    expect(url.searchParams.get('industry')).toBe('food-snacks')
    await page.getByRole('heading', { level: 1 }).waitFor()

    // 4. the opening checklist: items that wait for the licence say so; recording the opening
    await page.goto(`/cases/${caseId}/opening`)
    const food = page.getByTestId('item-FOOD_BUSINESS_PERMIT')
    await food.getByText('暂不能开始：').waitFor()
    await expectAccessible(page)
    const seal = page.getByTestId('item-SEAL')
    await seal.getByText('暂不能开始：').waitFor()
    const licence = page.getByTestId('item-BUSINESS_LICENCE')
    await licence.getByLabel('“办理营业执照”的办理情况').selectOption('DONE')
    await licence.getByTestId('update-BUSINESS_LICENCE').click()
    await licence.getByText('此项为必填项。').waitFor()
    await licence.getByLabel('办好的日期').fill(beijingDay(-90))
    await licence.getByTestId('update-BUSINESS_LICENCE').click()
    await page.getByText('已更新“办理营业执照”。').waitFor()
    expect(await licence.getByTestId('item-status').textContent()).toContain('已办好')
    // the seal waited for the licence only; the food permit still waits for the health certificates
    await expect.poll(() => seal.getByText('暂不能开始：').count()).toBe(0)
    expect(await food.getByText('暂不能开始：').count()).toBe(1)
    const health = page.getByTestId('item-HEALTH_CERTIFICATES')
    await health.getByLabel('“办理从业人员健康证明”的办理情况').selectOption('NOT_NEEDED')
    await health.getByTestId('update-HEALTH_CERTIFICATES').click()
    await health.getByText('此项为必填项。').waitFor()
    await health.getByLabel('为什么不需要办理').fill('只卖预包装食品，不直接接触散装食品')
    await health.getByTestId('update-HEALTH_CERTIFICATES').click()
    await health.getByText('不需要办理：只卖预包装食品，不直接接触散装食品').waitFor()
    await expect.poll(() => food.getByText('暂不能开始：').count()).toBe(0)

    // opened 85 days ago: the 3-month check-in is open now
    const openedOn = addDays(beijingDay(), -85)
    await page.getByLabel('开业日期').fill(openedOn)
    await page.getByLabel('从业人数（含您本人）').fill('2')
    await page.getByLabel('统一社会信用代码（选填）').fill('92220102MA12345670')
    await page.getByTestId('record-opening').click()
    await page.getByText('统一社会信用代码不正确', { exact: false }).waitFor()
    const first17 = '92220102MA1234567'
    await page.getByLabel('统一社会信用代码（选填）').fill(`${first17}${creditCodeCheckChar(first17)}`)
    await page.getByTestId('record-opening').click()
    await page.getByText('已登记开业。', { exact: false }).waitFor()
    const masked = await page.getByTestId('credit-code').textContent()
    expect(masked).toContain('*')
    expect(masked).not.toContain(first17)

    // 5. follow-up follows the server: the check-in opens from the case page and takes under a minute
    await page.goto(`/cases/${caseId}`)
    expect(await stage('OPENING').getByTestId('stage-status').textContent()).toBe('已完成')
    expect(await stage('FOLLOW_UP').getByTestId('stage-status').textContent()).toBe('进行中')
    await page.getByTestId('check-in').first().getByRole('link', { name: '开业 3 个月回访' }).click()
    await page.getByRole('heading', { level: 1, name: '开业 3 个月回访' }).waitFor()
    await expectAccessible(page)
    await page.getByTestId('check-in-submit').click()
    await page.getByText('此项为必填项。').first().waitFor()
    await page.getByLabel('正常经营').check()
    await page.getByLabel('从业人数（含您本人）').fill('3')
    await page.getByLabel('3 万–10 万元').check()
    await page.getByLabel('资金和贷款').check()
    await page.getByLabel('请说明需要什么帮助').fill('想扩大店面，需要周转资金')
    await page.getByTestId('check-in-submit').click()
    await page.getByTestId('check-in-answered').getByText('谢谢！已收到您的回访：正常经营。').waitFor()

    // 6. an adviser in a second browser: accepts the invitation, comments on a section of version 1
    const mentor = await createMentor({ displayName: `风险导师${tag}` })
    const invited = await owner.client.post<{ adviser: string }>(`/api/cases/${caseId}/adviser`, { userId: mentor.id })
    expect(invited.body.adviser).toBe('invited')
    const mentorPage = await (await signedIn(mentor.client)).newPage()
    await mentorPage.goto(`/cases/${caseId}`)
    await expectAccessible(mentorPage)
    await mentorPage.getByTestId('adviser-accept').click()
    await mentorPage.getByText('您已成为这个档案的创业顾问。').waitFor()
    await mentorPage.goto(`/cases/${caseId}/plan`)
    await mentorPage.getByText('只有创业者本人可以修改').waitFor()
    const cashflow = mentorPage.getByTestId('section-cashflow')
    await cashflow.locator('summary').click()
    await cashflow.getByRole('button', { name: '发表意见' }).click()
    await cashflow.getByText('此项为必填项。').waitFor()
    await cashflow.getByLabel('对“现金流量计划”（第 1 版）的意见').fill('冬季客流少，请把 12 月的销量调低一些再看现金流。')
    await cashflow.getByRole('button', { name: '发表意见' }).click()
    await cashflow.getByText('冬季客流少，请把 12 月的销量调低一些再看现金流。').waitFor()

    await page.goto(`/cases/${caseId}/plan`)
    const mine = page.getByTestId('section-cashflow')
    await mine.getByText('顾问意见（1 条未解决）').waitFor()
    await mine.getByTestId('comment').getByText('冬季客流少，请把 12 月的销量调低一些再看现金流。').waitFor()
    await mine.getByRole('button', { name: '标记为已解决' }).click()
    await mine.getByText('已解决').waitFor()

    // 7. staff of the province find the case in /staff/cases, filtered by city in the URL
    const staff = await createUser({ roles: ['STAFF'], prefix: 'staff' })
    const staffPage = await (await signedIn(staff.client)).newPage()
    await staffPage.goto('/staff/cases')
    // choose once the page is interactive (a choice made before would be reset by hydration)
    await expect.poll(() => staffPage.getByRole('button', { name: '筛选', exact: true }).isEnabled()).toBe(true)
    await staffPage.getByLabel('城市').selectOption('changchun')
    await staffPage.getByRole('button', { name: '筛选', exact: true }).click()
    await staffPage.waitForURL(/city=changchun/)
    const row = staffPage.getByTestId('staff-case').filter({ hasText: `社区早餐店${tag}` })
    await row.waitFor()
    await row.getByText(mentor.name).waitFor()
    expect(await staffPage.getByTestId('cases-csv').getAttribute('href')).toContain('city=changchun')
    await expectAccessible(staffPage)
    // "help needed" from the check-in is a filter of its own
    await staffPage.getByLabel('请求帮助').check()
    await staffPage.getByRole('button', { name: '筛选', exact: true }).click()
    await staffPage.waitForURL(/help=true/)
    await row.getByText('请求帮助 1').waitFor()
    await row.getByRole('link', { name: `社区早餐店${tag}` }).click()
    await staffPage.getByRole('heading', { level: 1, name: `社区早餐店${tag}` }).waitFor()
    await staffPage.getByTestId('timeline').getByText('完成了风险评估', { exact: false }).waitFor()

    // my cases: the open one first
    await page.goto('/cases')
    await page.getByTestId('open-case').getByRole('link', { name: `社区早餐店${tag}` }).waitFor()
    await expectAccessible(page)
  })
})

describe('two devices editing one plan', () => {
  it('the later save is refused with a clear choice, never a silent overwrite: keep mine re-bases, load theirs takes the other', async () => {
    const owner = await createUser()
    const created = await owner.client.post<{ id: string }>('/api/cases', { idea: { title: `两台设备的计划${token().slice(0, 4)}`, category: 'food-snacks', city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })
    const id = created.body.id
    expect((await owner.client.request('PUT', `/api/cases/${id}/plan`, { baseVersion: 0, plan: milkTeaPlan() })).status).toBe(200)
    // two devices: two browser contexts, each with its own storage
    const a = await (await signedIn(owner.client)).newPage()
    const b = await (await signedIn(owner.client)).newPage()
    for (const p of [a, b]) await p.goto(`/cases/${id}/plan`)
    const wage = (p: Page) => p.getByRole('textbox', { name: '业主工资 每月金额' })
    const saved = (p: Page) => expect.poll(() => p.getByTestId('save-state').textContent(), { timeout: 20_000 }).toContain('所有修改已保存')

    await wage(a).focus()
    await typeInto(a, '2600')
    await saved(a)
    // the other device still edits the revision it loaded
    await wage(b).focus()
    await typeInto(b, '4100')
    const conflict = b.getByTestId('plan-conflict')
    await conflict.getByText('计划书已在别处保存过').waitFor({ timeout: 20_000 })
    await expectAccessible(b)
    expect(await wage(b).inputValue()).toBe('4100')
    await conflict.getByTestId('conflict-mine').click()
    await saved(b)
    await b.reload()
    expect(await wage(b).inputValue()).toBe('4100')

    // the first device now edits a stale revision: it takes the other save instead
    await a.getByRole('textbox', { name: '公用事业费 每月金额' }).focus()
    await typeInto(a, '500')
    await a.getByTestId('plan-conflict').getByTestId('conflict-theirs').click({ timeout: 20_000 })
    await expect.poll(() => wage(a).inputValue()).toBe('4100')
    expect(await a.getByRole('textbox', { name: '公用事业费 每月金额' }).inputValue()).toBe('400')
    await a.reload()
    expect(await wage(a).inputValue()).toBe('4100')
  })
})

describe('a save that fails', () => {
  it('keeps the edits in the browser, says so and retries; edits left after a reload come back and are saved', async () => {
    const owner = await createUser()
    const created = await owner.client.post<{ id: string }>('/api/cases', { idea: { title: `断网也不丢${token().slice(0, 4)}`, category: 'food-snacks', city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })
    const id = created.body.id
    expect((await owner.client.request('PUT', `/api/cases/${id}/plan`, { baseVersion: 0, plan: milkTeaPlan() })).status).toBe(200)
    const ctx = await signedIn(owner.client)
    const page = await ctx.newPage()
    await page.goto(`/cases/${id}/plan`)
    // the server cannot be reached for saves
    const offline = (route: Route) => (route.request().method() === 'PUT' ? route.abort('connectionfailed') : route.continue())
    await ctx.route('**/api/cases/*/plan', offline)
    const wage = page.getByRole('textbox', { name: '业主工资 每月金额' })
    await wage.focus()
    await typeInto(page, '3300')
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 20_000 }).toContain('保存失败：您的修改已保存在本浏览器中')
    // a reload while still offline: the edits come back from the browser
    await page.reload()
    await page.getByText('已恢复您上次在本浏览器中尚未保存的修改。').waitFor()
    expect(await page.getByRole('textbox', { name: '业主工资 每月金额' }).inputValue()).toBe('3300')
    // back online: the retry saves them
    await ctx.unroute('**/api/cases/*/plan', offline)
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 40_000 }).toContain('所有修改已保存')
    const plan = await owner.client.get<{ plan: { workingCapital: { ownerWage: number } } }>(`/api/cases/${id}/plan`)
    expect(plan.body.plan.workingCapital.ownerWage).toBe(330_000)
  })
})

describe('the one-stop case, in English', () => {
  it('from an own idea: messages next to the fields, the task list, the plan at 360 px with sticky row headers, financing', async () => {
    const owner = await createUser({ locale: 'en' })
    const page = await (await signedIn(owner.client, { width: 360 })).newPage()
    await page.goto('/en/cases/new')
    await page.getByRole('heading', { level: 1, name: 'Start a case' }).waitFor()
    await expectAccessible(page)
    await page.getByLabel('Your business idea').fill('Tea')
    await page.getByTestId('create-case').click()
    await page.getByText('At least 4 characters.').waitFor()
    await page.getByText('This field is required.').first().waitFor()
    expect(await page.getByLabel('Your business idea').getAttribute('aria-invalid')).toBe('true')
    await page.getByLabel('Your business idea').fill('Campus milk tea stall')
    await page.getByLabel('Industry').selectOption('food-snacks')
    await page.getByLabel('City').selectOption('jilin')
    await page.getByLabel('Individual business').check()
    await page.getByTestId('create-case').click()
    await page.waitForURL(/\/en\/cases\/[0-9a-f-]{36}$/)
    const caseId = page.url().split('/').pop()!
    await page.getByRole('heading', { level: 1, name: 'Campus milk tea stall' }).waitFor()
    expect(await page.getByTestId('stage-PROJECT').getByTestId('stage-status').textContent()).not.toBe('')
    await page.getByTestId('stage-RISK').getByText('First fill in the start-up money', { exact: false }).waitFor()
    await expectAccessible(page)
    // the project stage of an own idea is marked done by hand
    await page.getByTestId('stage-complete-PROJECT').click()
    await page.getByText('is marked as done', { exact: false }).waitFor()

    // the plan at 360 px: the sales grid scrolls sideways, its row headers stay in view
    await page.goto(`/en/cases/${caseId}/plan`)
    await page.getByRole('heading', { level: 1, name: 'Business plan' }).waitFor()
    await page.getByTestId('add-product').click()
    await page.getByRole('textbox', { name: 'Product (row 1)' }).fill('Milk tea')
    await page.getByRole('textbox', { name: 'Milk tea M12' }).focus()
    await typeInto(page, '40')
    const wrap = page.locator('.plan-grid', { has: page.locator('#grid-sales') })
    const size = await wrap.evaluate(el => ({ scroll: el.scrollWidth, client: el.clientWidth, left: el.scrollLeft }))
    expect(size.scroll).toBeGreaterThan(size.client)
    expect(size.left).toBeGreaterThan(0)
    const header = page.locator('#grid-sales tbody th').first()
    const wrapBox = (await wrap.boundingBox())!
    const headerBox = (await header.boundingBox())!
    expect(Math.abs(headerBox.x - wrapBox.x)).toBeLessThan(2)
    await page.getByRole('textbox', { name: 'Owner\'s wage Per month' }).focus()
    await typeInto(page, 'x1')
    await page.getByText('Enter an amount in yuan, e.g. 1200 or 1200.50.').waitFor()
    await typeInto(page, '2500')
    // an own idea's plan starts without its business scope: the plan says what keeps it from saving, and where
    // (a field never saved right has no saved value to keep meanwhile, so nothing is saved until it is)
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 20_000 }).toContain('Not saved yet: correct the 1 problem')
    await page.getByTestId('plan-problems').getByRole('link').click()
    expect(await focusedId(page)).toBe('plan-overview-businessScope')
    await page.keyboard.type('Milk tea and snacks for students')
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 20_000 }).toContain('All changes saved')
    // the assumptions are the plan's own: a limit is named next to its field
    const years = page.getByLabel('Depreciation years: Tools and equipment')
    await years.fill('0')
    await expect.poll(() => page.locator('#plan-assumptions-depreciationYears-TOOLS-error').textContent(), { timeout: 20_000 }).toBe('Must be at least 1.')
    await years.fill('2')
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 20_000 }).toContain('All changes saved')
    await expectAccessible(page)

    // financing: the gap from the plan and the loan application for this case
    await page.goto(`/en/cases/${caseId}/financing`)
    await page.getByTestId('financing-gap').waitFor()
    expect(await page.getByTestId('loan-apply').getAttribute('href')).toBe(`/en/loans/apply?case=${caseId}`)
    await expectAccessible(page)

    // the case as the API says: the plan stage is in progress, risk can start
    const c = (await owner.client.get<CaseView>(`/api/cases/${caseId}`)).body
    expect(c.stages.find(s => s.code === 'PLAN')!.status).toBe('IN_PROGRESS')
    expect(c.stages.find(s => s.code === 'RISK')!.status).toBe('NOT_STARTED')
  })
})
