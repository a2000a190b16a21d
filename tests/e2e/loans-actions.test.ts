import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LoanView } from '#shared/types/loan'
import { expectAccessible } from '../support/a11y'
import { launchBrowser, newContext, signedInContext } from '../support/browser'
import { createOfficer, createOrganisation, idNumber, passNotice, PDF, submittedApplication } from '../support/loans'
import { beijingDay, createUser, staffUser } from '../support/mentors'
import type { TestUser } from '../support/mentors'

/**
 * The loan actions beyond the main path (loans.test.ts), in Chromium: a partnership's application,
 * the applicant withdrawing, a refusal as the applicant reads it, an objection to the public notice
 * handled by staff, and an extension asked for by the borrower and decided by the bank and staff.
 * Each test makes its own application through the API up to the point where a person acts.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const signedIn = async (user: TestUser) => (await signedInContext(browser, user.client)).newPage()
async function ready(page: Page, testid: string) {
  await expect.poll(() => page.getByTestId(testid).isEnabled(), { timeout: 15_000 }).toBe(true)
}

/** Staff approve the eligibility step with a guarantee institution and a bank: the notice starts. */
async function onNotice(opts: { amountFen?: number } = {}) {
  const guarantorOrg = await createOrganisation('GUARANTOR')
  const bankOrg = await createOrganisation('BANK', ['siping'])
  const staff = await staffUser()
  const app = await submittedApplication(opts)
  const approved = await staff.client.post<{ status: string }>(`/api/loans/${app.id}/steps/ELIGIBILITY/decision`, { decision: 'approve', guarantorId: guarantorOrg, bankId: bankOrg })
  expect(approved.body.status).toBe('NOTICE')
  return { ...app, staff, guarantorOrg, bankOrg }
}

describe('loan actions in the browser', () => {
  it('a partnership applies: the partners with their own ID check, the partnership\'s higher maximum, submitted with every document', async () => {
    const owner = await createUser()
    const me = await signedIn(owner)
    await me.goto('/loans/apply')
    await me.getByTestId('loan-start').click()
    await me.locator('#realName').waitFor()
    await ready(me, 'loan-save')
    await me.locator('#applicantType-PARTNERSHIP').check()
    const partners = me.getByRole('group', { name: '合伙人' })
    await partners.waitFor()
    if (!(await me.locator('#partner-0-name').count())) await me.getByRole('button', { name: '添加一位合伙人' }).click()

    const mine = idNumber('19910408')
    const partnerId = idNumber('19930520')
    await me.getByLabel('真实姓名').fill('赵合伙')
    await me.getByLabel('居民身份证号码').fill(mine)
    await me.getByLabel('手机号码').fill('13912345679')
    await me.locator('#category').selectOption('GRADUATE')
    await me.locator('#city').selectOption('siping')
    await me.getByLabel('合伙人 1 姓名').fill('钱合伙')
    await me.getByLabel('合伙人 1 身份证号码').fill(partnerId.slice(0, 17) + (partnerId[17] === '0' ? '1' : '0'))
    // above an individual's ¥300,000, within two partners' maximum
    await me.getByLabel('贷款金额（元）').fill('500000')
    await me.getByLabel('期限（月）').fill('24')
    await me.getByLabel('贷款用途').fill('合伙开办社区生鲜店的装修、冷柜和首批货款')
    await me.locator('#legalForm').selectOption('PARTNERSHIP')
    await me.getByLabel('企业（字号）名称').fill('赵钱生鲜')
    await me.getByLabel('经营地址').fill('四平市铁东区北门街 12 号')
    await me.getByLabel('计划开业日期（未开业时填）').fill('2027-05-01')
    await me.locator('#jobsCreated').fill('3')
    await me.getByLabel('以往获得的创业担保贷款笔数').fill('0')
    await me.locator('#earlierOverdue-no').check()
    await me.getByTestId('loan-save').click()
    // the partner's number is checked like the applicant's, next to the partner's field
    await me.locator('#partner-0-id-error').getByText('身份证号码的最后一位（校验码）与前 17 位不符', { exact: false }).waitFor()
    await me.getByLabel('合伙人 1 身份证号码').fill(partnerId)
    await me.getByTestId('loan-save').click()
    await me.getByText('草稿已保存。').waitFor()
    await me.getByText(`已保存：${partnerId.slice(0, 4)}**********${partnerId.slice(14)}`).waitFor()
    await expectAccessible(me)

    const id = (await owner.client.get<{ id: string }[]>('/api/loans/mine')).body[0]!.id
    const draft = (await owner.client.get<LoanView>(`/api/loans/${id}`)).body
    expect(draft.applicantType).toBe('PARTNERSHIP')
    expect(draft.rules.maxAmount).toBeGreaterThan(30_000_000)
    for (const code of draft.documents.filter(d => !d.provided).map(d => d.code)) {
      await me.locator(`#upload-${code}`).setInputFiles({ name: `${code.toLowerCase()}.pdf`, mimeType: 'application/pdf', buffer: PDF })
      await me.getByTestId(`doc-${code}`).getByText('已上传：', { exact: false }).waitFor()
    }
    await me.getByTestId('loan-submit').click()
    await me.waitForURL(new RegExp(`/loans/${id}`))
    await me.getByText('申请已提交。资格审核的期限显示在下面。').waitFor()
    const submitted = (await owner.client.get<LoanView>(`/api/loans/${id}`)).body
    expect(submitted).toMatchObject({ status: 'SUBMITTED', applicantType: 'PARTNERSHIP', amount: 50_000_000 })
    expect(submitted.partners).toEqual([expect.objectContaining({ realName: '钱合伙', idNumber: `${partnerId.slice(0, 4)}**********${partnerId.slice(14)}` })])
    await expectAccessible(me)
  })

  it('the applicant withdraws before a decision, with a reason; the application is ended and a new one may start', async () => {
    const { id, applicant } = await submittedApplication()
    const me = await signedIn(applicant)
    await me.goto(`/loans/${id}`)
    await ready(me, 'withdraw-open')
    await me.getByTestId('withdraw-open').click()
    await me.getByText('撤回后，这份申请不再办理；之后可以重新申请。').waitFor()
    await me.getByLabel('撤回原因（选填）').fill('家人支持了启动资金，暂不需要贷款')
    await expectAccessible(me)
    await me.getByRole('button', { name: '确认撤回' }).click()
    await me.getByText('申请已撤回。').waitFor()
    expect(await me.getByTestId('withdraw-open').count()).toBe(0)
    expect((await applicant.client.get<LoanView>(`/api/loans/${id}`)).body.status).toBe('WITHDRAWN')
    expect((await applicant.client.post('/api/loans', {})).status).toBe(201)
  })

  it('staff refuse with reasons and an explanation; the applicant reads each reason with what to do next', async () => {
    const staff = await staffUser()
    const { id, applicant } = await submittedApplication()
    const st = await signedIn(staff)
    await st.goto(`/loans/${id}`)
    await ready(st, 'decide-ELIGIBILITY-submit')
    const decide = st.getByTestId('decide-ELIGIBILITY')
    await decide.locator('#decision-ELIGIBILITY-refuse').check()
    await st.getByTestId('decide-ELIGIBILITY-submit').click()
    // a refusal needs its reasons: the rule is named, nothing is decided
    await st.getByText('不予通过须至少选择一项理由', { exact: false }).first().waitFor()
    expect((await staff.client.get<LoanView>(`/api/loans/${id}`)).body.status).not.toBe('REFUSED')
    await decide.locator('#reasons-ELIGIBILITY-EARLIER_OVERDUE').check()
    await decide.getByLabel('具体说明').fill('征信报告显示 2025 年有一笔创业担保贷款逾期 90 天未还清。')
    await st.getByTestId('decide-ELIGIBILITY-submit').click()
    await st.getByText('已提交处理结果，申请现在的状态：', { exact: false }).waitFor()

    const me = await signedIn(applicant)
    await me.goto(`/loans/${id}`)
    const refusal = me.getByTestId('refusal')
    await refusal.getByRole('heading', { name: '申请未获通过' }).waitFor()
    const view = (await applicant.client.get<LoanView>(`/api/loans/${id}`)).body
    await refusal.getByText(view.refusal!.reasons[0]!.name['zh-CN']).waitFor()
    await refusal.getByText(`接下来可以：${view.refusal!.reasons[0]!.next['zh-CN']}`, { exact: false }).waitFor()
    await refusal.getByText('逾期 90 天未还清', { exact: false }).waitFor()
    await refusal.getByRole('link', { name: '预约创业导师' }).waitFor()
    await expectAccessible(me)
  })

  it('anyone objects to an application on the public notice; staff see the objection on the application and record what they found', async () => {
    const { id, staff } = await onNotice()
    const ref = (await staff.client.get<LoanView>(`/api/loans/${id}`)).body.notice!.ref
    const anon = await (await newContext(browser)).newPage()
    await anon.goto('/loans')
    const row = anon.getByTestId('notice-row').filter({ hasText: ref })
    await expect.poll(() => row.getByRole('button', { name: `提出异议 ${ref}` }).isEnabled()).toBe(true)
    await row.getByRole('button', { name: `提出异议 ${ref}` }).click()
    await row.getByLabel('异议内容').fill('短')
    await row.getByRole('button', { name: '提交异议' }).click()
    await row.locator('#objection-body-error').waitFor()
    await row.getByLabel('异议内容').fill('据我所知申请人为在职公务员，不属于扶持对象。')
    await row.getByRole('button', { name: '提交异议' }).click()
    await anon.getByText(`已收到您对公示 ${ref} 的异议，工作人员会在公示结束前核实。`).waitFor()
    await expectAccessible(anon)

    const st = await signedIn(staff)
    await st.goto(`/loans/${id}`)
    const objections = st.getByRole('region', { name: '公示异议' })
    await objections.getByText('据我所知申请人为在职公务员，不属于扶持对象。').waitFor()
    await objections.getByText('待核实', { exact: false }).waitFor()
    await expect.poll(() => objections.getByRole('button', { name: '核实处理' }).isEnabled()).toBe(true)
    await objections.getByRole('button', { name: '核实处理' }).click()
    await objections.getByLabel('异议不成立').check()
    await objections.getByLabel('核实情况').fill('经核实申请人已于 2026 年辞去公职，有离职证明。')
    await expectAccessible(st)
    await objections.getByRole('button', { name: '保存处理结果' }).click()
    await st.getByText('已记录核实结果。').waitFor()
    await objections.getByText('已处理', { exact: false }).waitFor()
    expect(await objections.getByRole('button', { name: '核实处理' }).count()).toBe(0)
  })

  it('the borrower asks for the one extension; the bank and then staff approve it in their browsers; the borrower sees it; staff find its subsidy by bank', async () => {
    const { id, applicant, staff, bankOrg, guarantorOrg } = await onNotice({ amountFen: 3_000_000 })
    await passNotice(id)
    const guarantor = await createOfficer('GUARANTOR', guarantorOrg)
    const bank = await createOfficer('BANK', bankOrg)
    expect((await guarantor.client.post(`/api/loans/${id}/steps/GUARANTOR/decision`, { decision: 'approve' })).status).toBe(200)
    expect((await bank.client.post<{ status: string }>(`/api/loans/${id}/steps/BANK/decision`, { decision: 'approve' })).body.status).toBe('APPROVED')
    expect((await bank.client.post(`/api/loans/${id}/disbursement`, { disbursedOn: beijingDay(-20), amount: 3_000_000, termMonths: 24, rateBp: 400, method: 'INTEREST_ONLY' })).status).toBe(200)

    const me = await signedIn(applicant)
    await me.goto(`/loans/${id}`)
    const ext = me.getByRole('region', { name: '展期' })
    await ext.getByLabel('展期月数').waitFor()
    await expect.poll(() => ext.getByRole('button', { name: '申请展期' }).isEnabled()).toBe(true)
    await ext.getByRole('button', { name: '申请展期' }).click()
    await expect.poll(() => ext.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0)
    await ext.getByLabel('展期月数').fill('6')
    await ext.getByLabel('展期原因').fill('受冬季客流影响，经营收入低于预期，需要延后还款')
    await expectAccessible(me)
    await ext.getByRole('button', { name: '申请展期' }).click()
    await me.getByText('展期申请已提交。').waitFor()
    await ext.getByTestId('extension-status').getByText('申请展期 6 个月：待银行审核').waitFor()

    const bp = await signedIn(bank)
    await bp.goto(`/loans/${id}`)
    const bankExt = bp.getByRole('region', { name: '展期' })
    // choose once the page is interactive (a choice made before would be reset by hydration)
    await expect.poll(() => bankExt.getByRole('button', { name: '提交处理结果' }).isEnabled()).toBe(true)
    await bankExt.getByLabel('同意', { exact: true }).check()
    await bankExt.getByRole('button', { name: '提交处理结果' }).click()
    await bp.getByText('已提交展期审核意见。').waitFor()
    await bankExt.getByTestId('extension-status').getByText('银行已同意，待人社部门审核', { exact: false }).waitFor()

    const st = await signedIn(staff)
    await st.goto(`/loans/${id}`)
    const staffExt = st.getByRole('region', { name: '展期' })
    await expect.poll(() => staffExt.getByRole('button', { name: '提交处理结果' }).isEnabled()).toBe(true)
    await staffExt.getByLabel('同意', { exact: true }).check()
    await staffExt.getByLabel('说明（选填）').fill('符合展期条件，展期期间不享受贴息。')
    await expectAccessible(st)
    await staffExt.getByRole('button', { name: '提交处理结果' }).click()
    await st.getByText('已提交展期审核意见。').waitFor()

    await me.reload()
    await ext.getByTestId('extension-status').getByText('申请展期 6 个月：已批准', { exact: false }).waitFor()
    expect(await ext.getByRole('button', { name: '申请展期' }).count()).toBe(0)

    // staff: the quarter's subsidies of this loan's bank only, the filter in the URL and in the CSV's address
    await st.goto('/staff/loans/subsidies')
    await expect.poll(() => st.getByLabel('经办银行').locator(`option[value="${bankOrg}"]`).count()).toBe(1)
    await st.getByLabel('经办银行').selectOption(bankOrg)
    await st.waitForURL(new RegExp(`bank=${bankOrg}`))
    expect(await st.getByTestId('subsidy-csv').getAttribute('href')).toContain(`bank=${bankOrg}`)
    await expect.poll(() => st.locator('.subsidy-table tbody tr').count()).toBe(1)
    await expectAccessible(st)
    await st.reload()
    expect(await st.getByLabel('经办银行').inputValue()).toBe(bankOrg)
    expect(await st.locator('.subsidy-table tbody tr').count()).toBe(1)
  })
})
