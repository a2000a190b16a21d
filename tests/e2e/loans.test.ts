import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LoanView } from '#shared/types/loan'
import { expectAccessible } from '../support/a11y'
import { launchBrowser, newContext, ready, signedInContext } from '../support/browser'
import { createOfficer, createOrganisation, idNumber, passNotice, PDF } from '../support/loans'
import { createUser, staffUser, token } from '../support/mentors'
import { db } from '../support/db'
import { milkTeaPlan } from '../support/plans'
import { createProject } from '../support/projects'

/**
 * Guaranteed start-up loans in Chromium, the way each person uses them: an anonymous visitor's
 * pre-check, an entrepreneur applying from their case, staff returning the file for two
 * documents and then approving it, the public notice, the guarantee institution and the bank
 * deciding in their own browsers, the payout and the schedule. Server-side rules are tested in
 * tests/integration/loans.test.ts; here we assert what the page shows.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const signedIn = (client: { cookies: Map<string, string> }, opts: { width?: number } = {}) => signedInContext(browser, client, opts)
const file = (name: string) => ({ name, mimeType: 'application/pdf', buffer: PDF })

async function uploadEach(page: Page, codes: string[]) {
  for (const code of codes) {
    await page.locator(`#upload-${code}`).setInputFiles(file(`${code.toLowerCase()}.pdf`))
    await page.getByTestId(`doc-${code}`).getByText(/已上传：|Uploaded:/).waitFor()
  }
}

describe('guaranteed start-up loans in the browser', () => {
  it('an anonymous visitor runs the pre-check: eligible with the limits, cost and documents; then not eligible with the rule named', async () => {
    const page = await (await newContext(browser)).newPage()
    await page.goto('/loans')
    await page.getByRole('heading', { level: 1, name: '创业担保贷款' }).waitFor()
    await expectAccessible(page)
    await ready(page, 'precheck-submit')
    await page.locator('#pc-category').selectOption('GRADUATE')
    await page.getByLabel('年龄（周岁）').fill('24')
    await page.locator('#pc-city').selectOption('siping')
    await page.getByLabel('希望贷款金额（元）').fill('150000')
    await page.getByTestId('precheck-submit').click()
    const result = page.getByTestId('precheck-result')
    await result.getByText('按您填写的情况，您符合申请条件。').waitFor()
    expect(await result.getByTestId('precheck-max').textContent()).toContain('300,000 元')
    await result.getByText('需要提供反担保').waitFor()
    const docs = await result.getByTestId('precheck-documents').textContent()
    expect(docs).toContain('身份证')
    expect(docs).toContain('平台已有，无需再提交')
    // focus moves to the answer, so a screen reader reads it
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('precheck-result')
    await expectAccessible(page)

    // the rule not met is named with its figures; a typing error is named next to its field
    await page.getByLabel('年龄（周岁）').fill('70')
    await page.getByTestId('precheck-submit').click()
    await result.getByText('按您填写的情况，暂不符合申请条件，原因如下：').waitFor()
    await result.getByText('年龄须在 18–60 岁之间').waitFor()
    await page.getByLabel('希望贷款金额（元）').fill('-5')
    await page.getByTestId('precheck-submit').click()
    await page.getByText('不能小于 1。').waitFor()
    expect(await page.getByLabel('希望贷款金额（元）').getAttribute('aria-invalid')).toBe('true')
  })

  it('the whole path: apply from the case (prefilled, marked), a return for two documents seen at once, approval, the masked notice, guarantor and bank in their own browsers, payout and the schedule', async () => {
    const guarantorOrg = await createOrganisation('GUARANTOR')
    const bankOrg = await createOrganisation('BANK', ['siping'])
    const guarantor = await createOfficer('GUARANTOR', guarantorOrg)
    const bank = await createOfficer('BANK', bankOrg)
    const staff = await staffUser()
    const owner = await createUser()
    const project = await createProject({ title: `学生街奶茶铺 ${token()}`, category: 'food-snacks', city: 'siping', investmentMin: 40_000, investmentMax: 60_000 })
    const caseId = (await owner.client.post<{ id: string }>('/api/cases', { projectId: project.id })).body.id
    expect((await owner.client.request('PUT', `/api/cases/${caseId}/plan`, { baseVersion: 0, plan: milkTeaPlan() })).status).toBe(200)
    const theId = idNumber('19920315')

    // the entrepreneur starts from the case's financing stage
    const me = await (await signedIn(owner.client)).newPage()
    await me.goto(`/loans/apply?case=${caseId}`)
    await me.getByRole('heading', { name: '用您的一站式服务案例开始申请' }).waitFor()
    await expectAccessible(me)
    await me.getByTestId('loan-start').click()
    // prefilled from the plan — and said so, next to the field and at the top
    await me.getByTestId('prefilled-note').waitFor()
    expect(await me.getByTestId('prefilled-note').textContent()).toContain('贷款金额')
    const amount = me.getByLabel('贷款金额（元）')
    expect(await amount.inputValue()).toBe('10000')
    expect(await me.locator('#amount-hint').textContent()).toContain('来自您的案例和创业计划')
    expect(await me.getByLabel('企业（字号）名称').inputValue()).toBe('小鹿奶茶')
    await expectAccessible(me)

    // the ID number is checked by its GB 11643 check character before anything is sent
    await me.getByLabel('真实姓名').fill('李小创')
    const wrong = theId.slice(0, 17) + (theId[17] === '0' ? '1' : '0')
    await me.getByLabel('居民身份证号码').fill(wrong)
    await me.getByLabel('手机号码').fill('13912345678')
    await me.locator('#category').selectOption('GRADUATE')
    await me.getByLabel('贷款用途').fill('用于奶茶店的设备和首批原料采购')
    await me.getByLabel('经营地址').fill('四平市铁西区英雄大街 88 号')
    await me.getByLabel('计划开业日期（未开业时填）').fill('2027-03-01')
    await me.getByLabel('以往获得的创业担保贷款笔数').fill('0')
    await me.locator('#earlierOverdue-no').check()
    await me.getByTestId('loan-save').click()
    await me.getByText('身份证号码的最后一位（校验码）与前 17 位不符（GB 11643），请逐位核对。').waitFor()
    await expect.poll(() => me.evaluate(() => document.activeElement?.id)).toBe('idNumber')
    await me.getByLabel('居民身份证号码').fill(theId)
    await me.getByTestId('loan-save').click()
    await me.getByText('草稿已保存。').waitFor()
    // saved, shown masked from now on; the amount keeps its prefilled mark because it was not changed
    await me.getByText(`已保存：${theId.slice(0, 4)}**********${theId.slice(14)}`).waitFor()
    expect(await me.locator('#amount-hint').textContent()).toContain('来自您的案例和创业计划')

    const view = async () => (await owner.client.get<LoanView>(`/api/loans/${(await owner.client.get<{ id: string }[]>('/api/loans/mine')).body[0]!.id}`)).body
    const draft = await view()
    const id = draft.id
    // submitting before the documents names every missing one at once, each at its place
    await me.getByTestId('loan-submit').click()
    const needed = draft.documents.filter(d => !d.provided).map(d => d.code)
    expect(needed.length).toBeGreaterThan(1)
    await me.getByText(`还有 ${needed.length} 项需要补充，已在对应位置标出。`).first().waitFor()
    for (const code of needed) expect(await me.locator(`#upload-${code}`).getAttribute('aria-invalid'), code).toBe('true')
    await uploadEach(me, needed)
    await me.getByTestId('loan-submit').click()
    await me.waitForURL(new RegExp(`/loans/${id}`))
    await me.getByText('申请已提交。资格审核的期限显示在下面。').waitFor()
    const clock = me.getByTestId('step-ELIGIBILITY').getByTestId('loan-clock')
    expect(await clock.textContent()).toMatch(/剩余 \d 个工作日|今天到期/)
    // the clock's words are the screen reader's words too, with the step named
    expect(await clock.locator('.visually-hidden').textContent()).toContain('资格审核')
    await expectAccessible(me)

    // staff: the queue, then a return for two documents, all at once
    const names = Object.fromEntries(draft.documents.map(d => [d.code, d.name['zh-CN']]))
    const st = await (await signedIn(staff.client)).newPage()
    await st.goto('/staff/loans?step=ELIGIBILITY')
    await st.getByRole('heading', { level: 1, name: '创业担保贷款审核' }).waitFor()
    const row = st.getByTestId('queue-row').filter({ hasText: '李**' }).filter({ hasText: '10,000 元' }).first()
    await row.waitFor()
    await expectAccessible(st)
    await row.getByRole('link').click()
    await st.getByTestId('decide-ELIGIBILITY').waitFor()
    await ready(st, 'decide-ELIGIBILITY-submit')
    await expectAccessible(st)
    const decide = st.getByTestId('decide-ELIGIBILITY')
    await decide.locator('#decision-ELIGIBILITY-return').check()
    await decide.locator('#missing-ELIGIBILITY-CREDIT_REPORT').check()
    await decide.locator('#missing-ELIGIBILITY-CATEGORY_PROOF').check()
    await decide.getByLabel('补正说明').fill('征信报告需为近一个月内打印；毕业证书请上传清晰的扫描件。')
    await st.getByTestId('decide-ELIGIBILITY-submit').click()
    await st.getByText('已提交处理结果，申请现在的状态：退回补正。').waitFor()

    // the applicant sees both at once, uploads them and submits again
    await me.reload()
    const panel = me.getByTestId('return-panel')
    await panel.getByRole('heading', { name: '需要补充 2 项材料' }).waitFor()
    await ready(me, 'loan-resubmit')
    const list = await panel.getByTestId('return-list').textContent()
    expect(list).toContain(names.CREDIT_REPORT)
    expect(list).toContain(names.CATEGORY_PROOF)
    await panel.getByText('征信报告需为近一个月内打印').waitFor()
    expect(await me.getByTestId('step-ELIGIBILITY').textContent()).toContain('计时暂停')
    await expectAccessible(me)
    await uploadEach(me, ['CREDIT_REPORT', 'CATEGORY_PROOF'])
    await me.getByTestId('loan-resubmit').click()
    await me.getByText('已重新提交，申请回到原环节继续办理。').waitFor()

    // staff approve, naming the guarantee institution and the bank: the notice starts
    await st.reload()
    await ready(st, 'decide-ELIGIBILITY-submit')
    await decide.locator('#decision-ELIGIBILITY-approve').check()
    await decide.locator('#guarantor-ELIGIBILITY').selectOption(guarantorOrg)
    await decide.locator('#bank-ELIGIBILITY').selectOption(bankOrg)
    await st.getByTestId('decide-ELIGIBILITY-submit').click()
    await st.getByText('已提交处理结果，申请现在的状态：公示中。').waitFor()

    // the public notice shows the masked name only
    const anon = await (await newContext(browser)).newPage()
    await anon.goto('/loans')
    const notice = anon.getByTestId('notice-row').filter({ hasText: '10,000 元' }).filter({ hasText: '李**' })
    await notice.first().waitFor()
    expect(await anon.content()).not.toContain('李小创')

    await passNotice(id)

    // the guarantee institution, in its own browser: its queue, the file without the ID number, approval
    const gp = await (await signedIn(guarantor.client)).newPage()
    await gp.goto('/guarantor/loans')
    await gp.getByRole('heading', { level: 1, name: '担保机构：贷款尽职调查' }).waitFor()
    await expectAccessible(gp)
    await gp.getByTestId('queue-row').filter({ hasText: '李**' }).first().getByRole('link').click()
    await gp.getByTestId('decide-GUARANTOR').waitFor()
    await ready(gp, 'decide-GUARANTOR-submit')
    expect(await gp.getByTestId('applicant-id').textContent()).toContain('**********')
    expect(await gp.getByTestId('reveal-open').count()).toBe(0)
    expect(await gp.content()).not.toContain(theId)
    await expectAccessible(gp)
    await gp.locator('#decision-GUARANTOR-approve').check()
    await gp.getByTestId('decide-GUARANTOR-submit').click()
    await gp.getByText('已提交处理结果，申请现在的状态：担保机构和银行审核中。').waitFor()
    expect(await gp.content()).not.toContain(theId)

    // the bank, in its own browser: approval, payout, the first repayment
    const bp = await (await signedIn(bank.client)).newPage()
    await bp.goto('/bank/loans?step=BANK')
    await bp.getByRole('heading', { level: 1, name: '经办银行：贷款审核和放款' }).waitFor()
    await bp.getByTestId('queue-row').filter({ hasText: '李**' }).first().getByRole('link').click()
    await bp.getByTestId('decide-BANK').waitFor()
    await ready(bp, 'decide-BANK-submit')
    expect(await bp.content()).not.toContain(theId)
    await expectAccessible(bp)
    await bp.locator('#decision-BANK-approve').check()
    await bp.getByTestId('decide-BANK-submit').click()
    await bp.getByText('已提交处理结果，申请现在的状态：已审批，待放款。').waitFor()
    await bp.getByTestId('disburse-form').waitFor()
    await bp.getByTestId('disburse-submit').click()
    await bp.getByText('已登记放款，申请人会收到通知。').waitFor()
    await bp.getByTestId('repay-form').waitFor()
    await expectAccessible(bp)
    await bp.getByTestId('repay-submit').click()
    await bp.getByText('已登记。').waitFor()
    expect(await bp.content()).not.toContain(theId)

    // the applicant sees the payout, the schedule with the first instalment paid, and the subsidy
    await me.reload()
    const payout = me.getByTestId('loan-payout')
    await payout.waitFor()
    expect(await payout.getByTestId('payout-amount').textContent()).toContain('10,000.00 元')
    await expect.poll(() => me.getByTestId('schedule-row').count()).toBe(10)
    expect(await me.getByTestId('schedule-row').first().textContent()).toContain('已还')
    expect(await me.getByTestId('schedule-row').nth(1).textContent()).toContain('未还')
    await payout.getByText('已计贴息合计').waitFor()
    await expectAccessible(me)

    // staff see the quarter's subsidies per bank, and the same list as CSV
    await st.goto('/staff/loans/subsidies')
    await st.getByRole('heading', { level: 1, name: '贷款贴息（按季度）' }).waitFor()
    await expectAccessible(st)
    const csv = await st.getByTestId('subsidy-csv').getAttribute('href')
    expect(csv).toMatch(/^\/api\/staff\/loans\/subsidies\.csv\?quarter=\d{4}Q[1-4]$/)
    const sheet = await staff.client.get<string>(csv!)
    expect(sheet.status).toBe(200)
    expect(sheet.headers.get('content-type')).toMatch(/text\/csv/)

    // the bell counts what happened and says so to screen readers
    const bell = me.getByTestId('notification-bell')
    await expect.poll(async () => Number(await me.getByTestId('notification-count').textContent())).toBeGreaterThanOrEqual(5)
    expect(await bell.textContent()).toMatch(/通知，\d+ 条未读/)
    // its icon is drawn (an SVG in the text colour), not an emoji that needs a font the phone may lack
    const icon = bell.locator('svg')
    expect(await icon.getAttribute('aria-hidden')).toBe('true')
    expect((await icon.boundingBox())!.width).toBeGreaterThan(10)
    expect(await bell.evaluate(b => /\p{Extended_Pictographic}/u.test(b.textContent ?? ''))).toBe(false)
    // the page came with the count alone: the list is fetched when the bell is opened
    expect(await me.getByTestId('notification').count()).toBe(0)
    await bell.click()
    await me.getByTestId('notification').first().waitFor()
    await expectAccessible(me)
    // on a 360 px phone the open list stays on the screen (the header wraps and puts the bell at its left)
    const wide = me.viewportSize()!
    await me.setViewportSize({ width: 360, height: 740 })
    const bellList = (await me.locator('#notification-list').boundingBox())!
    expect(bellList.x).toBeGreaterThanOrEqual(0)
    expect(bellList.x + bellList.width).toBeLessThanOrEqual(360)
    await me.setViewportSize(wide)
    await me.getByTestId('notifications-read-all').click()
    await expect.poll(() => me.getByTestId('notification-count').count()).toBe(0)
    expect(await bell.textContent()).toContain('通知')
  })

  it('in English, at 360 px: the pre-check and the application form name each rule in English', async () => {
    const page = await (await newContext(browser, { width: 360 })).newPage()
    await page.goto('/en/loans')
    await page.getByRole('heading', { level: 1, name: 'Guaranteed start-up loans' }).waitFor()
    await ready(page, 'precheck-submit')
    await page.locator('#pc-type-ENTERPRISE').check()
    await page.getByLabel('Staff in total').fill('20')
    await page.getByLabel('Newly hired this year from the eligible categories').fill('1')
    await page.getByLabel('Of those, on contracts of a year or more').fill('1')
    await page.locator('#pc-city').selectOption('changchun')
    await page.getByLabel('Amount wanted (yuan)').fill('500000')
    await page.getByTestId('precheck-submit').click()
    await page.getByTestId('precheck-result').getByText('From what you entered, you do not qualify yet, because:').waitFor()
    expect(await page.getByTestId('precheck-reasons').textContent()).toMatch(/20 staff|10%/)
    // nothing overflows the narrow screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await expectAccessible(page)

    const applicant = await createUser({ locale: 'en' })
    const me = await (await signedIn(applicant.client, { width: 360 })).newPage()
    await me.goto('/en/loans/apply')
    await me.getByTestId('loan-start').click()
    await ready(me, 'loan-save')
    await me.getByLabel('Resident ID number').waitFor()
    await me.getByLabel('Resident ID number').fill('12345')
    await me.getByLabel('Mobile number').fill('12345')
    await me.getByTestId('loan-save').click()
    await me.getByText('Enter a valid 18-character resident ID number (the last may be X).').waitFor()
    await me.getByText('Enter an 11-digit mainland China mobile number.').waitFor()
    expect(await me.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await expectAccessible(me)
  })

  it('an administrator sees the rule versions with source and date, adds a version for later, and grants a bank officer role with its organisation', async () => {
    const admin = await createUser({ roles: ['ADMIN'], prefix: 'admin' })
    const page = await (await signedIn(admin.client)).newPage()
    await page.goto('/admin/loan-rules')
    await page.getByRole('heading', { level: 1, name: '贷款政策和节假日' }).waitFor()
    const current = page.getByTestId('rule-version').filter({ hasText: '现行' })
    await current.first().waitFor()
    expect(await current.first().textContent()).toMatch(/起施行/)
    await page.getByTestId('holidays-2027').waitFor()
    await expectAccessible(page)
    // a new version, in force only from a day well ahead, so the rest of this run keeps today's rules
    const version = `e2e-${token()}`
    await ready(page, 'rules-new')
    await page.getByTestId('rules-new').click()
    await page.getByLabel('版本号').fill(version)
    await page.getByLabel('施行日期').fill(`${new Date().getUTCFullYear() + 3}-01-01`)
    await page.locator('#rules-source').fill('测试：调整资格审核时限')
    await page.getByLabel('资格审核时限（工作日）', { exact: true }).fill('5')
    await page.getByTestId('rules-create').click()
    await page.getByText(`已保存政策版本 ${version}。`).waitFor()
    await page.getByTestId('rule-version').filter({ hasText: version }).waitFor()
    const stored = await db.loanRuleSetVersion.findUniqueOrThrow({ where: { version } })
    expect(JSON.stringify(stored.rules)).toContain('"ELIGIBILITY":5')

    // granting a bank officer asks for the bank first
    const bankOrg = await createOrganisation('BANK', ['siping'])
    const person = await createUser({ prefix: 'officer' })
    await page.goto('/admin/users')
    await ready(page)
    await expect.poll(() => page.locator('[data-testid="role-BANK"]').first().isEnabled()).toBe(true)
    await page.getByRole('searchbox', { name: '按姓名或邮箱查找' }).fill(person.email)
    await page.locator('#user-q').press('Enter')
    const row = page.getByRole('row').filter({ hasText: person.email })
    await row.getByTestId('role-BANK').waitFor()
    await row.getByTestId('role-BANK').click()
    await row.locator('#officer-org').selectOption(bankOrg)
    await row.getByTestId('officer-supervisor').check()
    await expectAccessible(page)
    await row.getByTestId('officer-grant').click()
    await expect.poll(async () => (await db.userRole.findFirst({ where: { userId: person.id, role: 'BANK' } }))?.organisationId).toBe(bankOrg)
    expect((await db.userRole.findFirstOrThrow({ where: { userId: person.id, role: 'BANK' } })).supervisor).toBe(true)
  })

  it('an administrator adds a training institution with its cities, then grants a trainer of it', async () => {
    const admin = await createUser({ roles: ['ADMIN'], prefix: 'orgadmin' })
    const page = await (await signedIn(admin.client)).newPage()
    const name = `吉林市创业培训学校（测试）${Date.now().toString(36)}`
    await page.goto('/admin/organisations')
    await page.getByRole('heading', { level: 1, name: '机构管理' }).waitFor()
    await page.getByRole('button', { name: '保存' }).click()
    await page.locator('#org-nameZh[aria-invalid="true"]').waitFor()
    await page.getByLabel('承训机构').check()
    await page.getByLabel('名称（中文）').fill(name)
    await page.getByLabel('名称（英文）').fill('Jilin City start-up training school (test)')
    await page.locator('#org-cities-jilin').check()
    await expectAccessible(page, { label: '/admin/organisations' })
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText(`已保存：${name}`).waitFor()
    const row = page.getByTestId('organisations').getByRole('row').filter({ hasText: name })
    await row.getByText('承训机构').waitFor()
    await row.getByRole('cell', { name: '吉林市', exact: true }).waitFor()
    const org = await db.organisation.findFirstOrThrow({ where: { nameZh: name }, select: { id: true, kind: true, cityCodes: true } })
    expect(org).toMatchObject({ kind: 'INSTITUTION', cityCodes: ['jilin'] })

    const trainer = await createUser({ prefix: 'new-trainer' })
    await page.goto('/admin/users')
    await ready(page)
    await expect.poll(() => page.locator('[data-testid="role-TRAINER"]').first().isEnabled()).toBe(true)
    await page.getByRole('searchbox', { name: '按姓名或邮箱查找' }).fill(trainer.email)
    await page.locator('#user-q').press('Enter')
    const user = page.getByRole('row').filter({ hasText: trainer.email })
    await user.getByTestId('role-TRAINER').click()
    await user.locator('#officer-org').selectOption(org.id)
    await user.getByTestId('officer-grant').click()
    await expect.poll(async () => (await db.userRole.findFirst({ where: { userId: trainer.id, role: 'TRAINER' } }))?.organisationId).toBe(org.id)
  })
})
