import { describe, expect, inject, it } from 'vitest'
import type { LoanNoticeRow, LoanQueueRow, LoanView, PreCheckResult } from '#shared/types/loan'
import type { CaseView } from '#shared/types/case'
import { maskIdNumber } from '#shared/utils/mask'
import { Client, mails, waitForMail } from '../support/http'
import type { ApiResponse } from '../support/http'
import { createUser, signIn, staffUser, token } from '../support/mentors'
import type { TestUser } from '../support/mentors'
import { createProject, eventually } from '../support/projects'
import { milkTeaPlan } from '../support/plans'
import { db } from '../support/db'
import { createSession, enrolIn } from '../support/trainings'
import { createOfficer, createOrganisation, idNumber, individualFields, passNotice, PDF, PNG, submittedApplication, upload, uploadMissing } from '../support/loans'

/**
 * Guaranteed start-up loans against the real stack: every role in its own session, the real
 * job queue ending the public notice, mails caught by the SMTP server. All loan tests live in
 * this one file and run in order, because the last one changes the rules in force for the
 * whole server.
 */
interface Err { code: string, message: string, fields?: Record<string, string>, details?: { problem?: string, items?: string[], reasons?: { code: string }[] } }

async function organisations() {
  const guarantorOrg = await createOrganisation('GUARANTOR')
  const bankOrg = await createOrganisation('BANK', ['siping'])
  return { guarantorOrg, bankOrg, guarantor: await createOfficer('GUARANTOR', guarantorOrg), bank: await createOfficer('BANK', bankOrg) }
}

/** Everything a reviewer could read of an application, to search for a number that must not be there. */
async function everything(user: TestUser, id: string): Promise<string> {
  const out: ApiResponse[] = [
    await user.client.get(`/api/loans/${id}`),
    await user.client.get('/api/guarantor/loans'),
    await user.client.get('/api/bank/loans'),
    await user.client.get('/api/staff/loans'),
    await user.client.get('/api/loans/notices'),
    await user.client.get('/api/notifications'),
  ]
  return out.map(r => JSON.stringify(r.body)).join('\n')
}

describe('创业担保贷款: guaranteed start-up loans', () => {
  it('pre-check: anyone, no account, gets eligibility with the reasons, the limits, the cost and the documents; nothing is stored', async () => {
    const anon = new Client()
    const before = await db.loanApplication.count()
    const ok = await anon.post<PreCheckResult>('/api/loans/pre-check', { applicantType: 'INDIVIDUAL', category: 'GRADUATE', age: 24, city: 'siping', amountYuan: 150_000, existingLoans: ['STUDENT'], earlierLoans: { count: 0, anyOverdueOrUnpaid: false } })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ eligible: true, reasons: [], maxAmount: 30_000_000, maxTermMonths: 36, counterGuaranteeRequired: true })
    expect(ok.body.estimate.rate).toBeGreaterThan(0)
    expect(ok.body.estimate.subsidy).toBe(Math.round(ok.body.estimate.rate / 2))
    expect(ok.body.estimate.monthlyRepayment).toBeGreaterThan(400_000)
    expect(ok.body.documents.map(d => d.code)).toEqual(expect.arrayContaining(['ID_CARD', 'BUSINESS_LICENCE', 'COUNTER_GUARANTEE']))
    expect(ok.body.documents.find(d => d.code === 'BUSINESS_LICENCE')!.heldByPlatform).toBe(true)

    const no = await anon.post<PreCheckResult>('/api/loans/pre-check', { applicantType: 'INDIVIDUAL', category: 'GRADUATE', age: 70, city: 'siping', amountYuan: 50_000, existingLoans: ['BUSINESS'], earlierLoans: { count: 3, anyOverdueOrUnpaid: true } })
    expect(no.body.eligible).toBe(false)
    expect(no.body.reasons.map(r => r.code).sort()).toEqual(['AGE', 'EARLIER_OVERDUE', 'LOAN_COUNT', 'OTHER_LOANS'])
    expect(no.body.reasons.find(r => r.code === 'AGE')!.text['zh-CN']).toBe('年龄须在 18–60 岁之间')
    // small individual loans need no counter-guarantee
    expect(no.body.counterGuaranteeRequired).toBe(false)
    // bad input names the rule in the reader's language
    const bad = await new Client('en').post<Err>('/api/loans/pre-check', { applicantType: 'INDIVIDUAL', category: 'GRADUATE', age: 24, city: 'siping', amountYuan: -5, earlierLoans: { count: 0, anyOverdueOrUnpaid: false } })
    expect(bad.status).toBe(400)
    expect(bad.body.fields?.amountYuan).toMatch(/at least/i)
    expect(await db.loanApplication.count()).toBe(before)
    // the public rules say what they are and where they come from
    const rules = await anon.get<{ sample: boolean, source: string, categories: unknown[], timeLimits: Record<string, number> }>('/api/loans/rules')
    expect(rules.body.sample).toBe(true)
    expect(rules.body.timeLimits).toMatchObject({ ELIGIBILITY: 7, NOTICE: 5, GUARANTOR: 3, BANK: 5, wholePath: 15 })
  })

  it('the whole path with every role: prefilled from the case, one complete return list, resubmission to the same step, notice, guarantor and bank side by side, payout, schedule and repayment', async () => {
    const { guarantorOrg, bankOrg, guarantor, bank } = await organisations()
    const staff = await staffUser()
    const owner = await createUser()
    const p = await createProject({ title: `学生街奶茶铺 ${token()}`, category: 'food-snacks', city: 'siping', investmentMin: 40_000, investmentMax: 60_000 })
    const caseId = (await owner.client.post<{ id: string }>('/api/cases', { projectId: p.id })).body.id
    expect((await owner.client.request('PUT', `/api/cases/${caseId}/plan`, { baseVersion: 0, plan: milkTeaPlan() })).status).toBe(200)

    // started from the case: the amount and term of the plan's loan, the business, marked as prefilled
    const created = await owner.client.post<{ id: string, status: string }>('/api/loans', { caseId })
    expect(created.status).toBe(201)
    expect(created.body.status).toBe('DRAFT')
    const id = created.body.id
    let view = (await owner.client.get<LoanView>(`/api/loans/${id}`)).body
    expect(view.amount).toBe(1_000_000)
    expect(view.termMonths).toBe(10)
    expect(view.details.business.name).toBe('小鹿奶茶')
    expect(view.city?.code).toBe('siping')
    expect(view.prefilled).toEqual(expect.arrayContaining(['amount', 'termMonths', 'business.name', 'city']))
    expect((await owner.client.get<CaseView>(`/api/cases/${caseId}`)).body.stages.find(s => s.code === 'FINANCING')!.status).toBe('IN_PROGRESS')

    // a submission names everything missing at once
    const early = await owner.client.post<Err>(`/api/loans/${id}/submit`)
    expect(early.status).toBe(400)
    expect(Object.keys(early.body.fields ?? {})).toEqual(expect.arrayContaining(['idNumber', 'phone', 'category', 'documents.ID_CARD', 'earlierLoans']))

    // a bad ID number is refused by its check digit, and nothing is lost
    const wrong = idNumber().slice(0, 17) + 'Z'
    const badId = await owner.client.patch<Err>(`/api/loans/${id}`, { baseRevision: view.revision, idNumber: wrong })
    expect(badId.status).toBe(400)
    expect(badId.body.fields?.idNumber).toMatch(/身份证/)
    const theId = idNumber()
    const { business: _b, city: _c, ...fields } = individualFields(theId)
    const saved = await owner.client.patch<{ revision: number }>(`/api/loans/${id}`, { baseRevision: view.revision, ...fields, business: { address: '四平市铁西区英雄大街 88 号', plannedOn: '2027-03-01' } })
    expect(saved.status).toBe(200)
    // a stale revision is a conflict, never an overwrite
    expect((await owner.client.patch<Err>(`/api/loans/${id}`, { baseRevision: view.revision, purpose: '别的用途，十个字以上的说明' })).body.code).toBe('loan_conflict')

    // uploads: PDF, JPEG or PNG by content, private
    const fake = await upload(owner.client, id, 'ID_CARD', Buffer.from('<html>not a pdf</html>'), 'id.pdf')
    expect(fake.status).toBe(415)
    expect((await upload(owner.client, id, 'ID_CARD', PNG, 'id-card.png')).status).toBe(201)
    await uploadMissing(owner.client, id)
    view = (await owner.client.get<LoanView>(`/api/loans/${id}`)).body
    expect(view.applicant.idNumber).toBe(maskIdNumber(theId))
    expect(view.documents.every(d => d.provided)).toBe(true)

    const submitted = await owner.client.post<{ status: string }>(`/api/loans/${id}/submit`)
    expect(submitted.status).toBe(200)
    expect(submitted.body.status).toBe('SUBMITTED')
    view = (await owner.client.get<LoanView>(`/api/loans/${id}`)).body
    const eligibility = view.steps.find(s => s.step === 'ELIGIBILITY')!
    expect(eligibility.limitDays).toBe(7)
    expect(eligibility.dueOn).toBeTruthy()
    expect(eligibility.text['zh-CN']).toMatch(/剩余 \d 个工作日|今天到期/)
    expect(view.wholePath.targetDays).toBe(15)
    expect(view.editable).toBe(false)

    // staff see it in their queue with its clock
    const queue = await staff.client.get<{ items: LoanQueueRow[] }>('/api/staff/loans?step=ELIGIBILITY')
    expect(queue.body.items.find(r => r.id === id)?.steps[0]?.text['zh-CN']).toMatch(/工作日|到期/)
    // the guarantor and the bank do not see it before the notice is over
    expect((await guarantor.client.get(`/api/loans/${id}`)).status).toBe(404)
    expect((await bank.client.get(`/api/loans/${id}`)).status).toBe(404)

    // the reviewer's checklist: the application's documents plus the general items; the applicant gets none
    expect((await staff.client.get<LoanView>(`/api/loans/${id}`)).body.returnItems.map(i => i.code)).toEqual(expect.arrayContaining(['ILLEGIBLE', 'OTHER']))
    expect(view.returnItems).toEqual([])
    // return: an empty list is refused; then two items at once
    const empty = await staff.client.post<Err>(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'return', missing: [] })
    expect(empty.status).toBe(409)
    expect(empty.body.details?.problem).toBe('MISSING_LIST_EMPTY')
    const ret = await staff.client.post<{ status: string }>(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'return', missing: ['CREDIT_REPORT', 'CATEGORY_PROOF'], note: '征信报告需为近一个月内打印；毕业证书请上传清晰的扫描件。' })
    expect(ret.body.status).toBe('RETURNED')
    view = (await owner.client.get<LoanView>(`/api/loans/${id}`)).body
    expect(view.returns).toHaveLength(1)
    expect(view.returns[0]!.missing.map(m => m.code)).toEqual(['CREDIT_REPORT', 'CATEGORY_PROOF'])
    expect(view.documents.filter(d => d.asked).map(d => d.code).sort()).toEqual(['CATEGORY_PROOF', 'CREDIT_REPORT'])
    expect(view.steps.find(s => s.step === 'ELIGIBILITY')!.paused).toBe(true)
    expect(view.editable).toBe(true)
    const returnMail = await waitForMail(m => m.to.includes(owner.email) && /补充材料/.test(m.subject))
    expect(returnMail.text).toMatch(/借款人及配偶的个人信用报告[\s\S]*身份认定材料/)

    // resubmitting before both are uploaded again names what is still missing
    expect((await upload(owner.client, id, 'CREDIT_REPORT')).status).toBe(201)
    const half = await owner.client.post<Err>(`/api/loans/${id}/submit`)
    expect(half.status).toBe(400)
    expect(Object.keys(half.body.fields ?? {})).toEqual(['documents.CATEGORY_PROOF'])
    expect((await upload(owner.client, id, 'CATEGORY_PROOF')).status).toBe(201)
    const again = await owner.client.post<{ status: string }>(`/api/loans/${id}/submit`)
    expect(again.body.status).toBe('ELIGIBILITY')

    // a second return asking for something new needs a reason
    const fresh = await staff.client.post<Err>(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'return', missing: ['SOCIAL_SECURITY_CARD'] })
    expect(fresh.status).toBe(409)
    expect(fresh.body.details).toMatchObject({ problem: 'NEW_ITEMS_NEED_REASON', items: ['SOCIAL_SECURITY_CARD'] })
    expect(fresh.body.message).toMatch(/社会保障卡/)

    // approval: the notice starts, with a masked name on the public list
    const approved = await staff.client.post<{ status: string }>(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'approve', guarantorId: guarantorOrg, bankId: bankOrg })
    expect(approved.body.status).toBe('NOTICE')
    const notices = await new Client().get<LoanNoticeRow[]>('/api/loans/notices')
    const row = notices.body.find(n => n.amount === 1_000_000 && n.maskedName === '李**')
    expect(row).toBeTruthy()
    expect(JSON.stringify(notices.body)).not.toContain('李小创')
    // the notice cannot end early
    const early2 = await staff.client.post<Err>(`/api/loans/${id}/steps/NOTICE/decision`, { decision: 'approve' })
    expect(early2.status).toBe(409)

    await passNotice(id)
    // side by side: both have it now, each in their queue
    expect((await guarantor.client.get<{ items: LoanQueueRow[] }>('/api/guarantor/loans')).body.items.map(r => r.id)).toContain(id)
    expect((await bank.client.get<{ items: LoanQueueRow[] }>('/api/bank/loans?step=BANK')).body.items.map(r => r.id)).toContain(id)
    view = (await bank.client.get<LoanView>(`/api/loans/${id}`)).body
    expect(view.mine).toEqual([{ step: 'BANK', decisions: ['approve', 'return', 'refuse'], awaitingSecondOfficer: false }])
    // a guarantor may not decide the bank's step
    expect((await guarantor.client.post<Err>(`/api/loans/${id}/steps/BANK/decision`, { decision: 'approve' })).body.details?.problem).toBe('WRONG_ROLE')
    expect((await guarantor.client.post<{ status: string }>(`/api/loans/${id}/steps/GUARANTOR/decision`, { decision: 'approve' })).body.status).toBe('DUE_DILIGENCE')
    expect((await bank.client.post<{ status: string }>(`/api/loans/${id}/steps/BANK/decision`, { decision: 'approve' })).body.status).toBe('APPROVED')

    // payout: within the approval, the term and the rate cap
    const tooMuch = await bank.client.post<Err>(`/api/loans/${id}/disbursement`, { disbursedOn: '2026-11-20', amount: 2_000_000, termMonths: 10, rateBp: 900, method: 'EQUAL_INSTALMENTS' })
    expect(tooMuch.status).toBe(400)
    expect(Object.keys(tooMuch.body.fields ?? {}).sort()).toEqual(['amount', 'rateBp'])
    const paid = await bank.client.post<{ status: string }>(`/api/loans/${id}/disbursement`, { disbursedOn: '2026-11-20', amount: 1_000_000, termMonths: 10, rateBp: 450, method: 'EQUAL_INSTALMENTS' })
    expect(paid.status).toBe(200)
    view = (await owner.client.get<LoanView>(`/api/loans/${id}`)).body
    expect(view.status).toBe('DISBURSED')
    // the history names each document uploaded as the rules name it, never by its code
    const texts = view.timeline.map(e => `${e.text['zh-CN']} ${e.text.en}`).join('\n')
    expect(texts).toContain('上传了材料：借款人及配偶的个人信用报告')
    expect(texts).not.toMatch(/CREDIT_REPORT|CATEGORY_PROOF|APPLICATION_FORM|ID_CARD/)
    expect(view.schedule).toHaveLength(10)
    expect(view.schedule.reduce((n, r) => n + r.principal, 0)).toBe(1_000_000)
    expect(view.subsidies[0]).toMatchObject({ quarter: '2026Q4' })
    expect(view.subsidies[0]!.days).toBeGreaterThan(0)
    expect((await owner.client.get<CaseView>(`/api/cases/${caseId}`)).body.stages.find(s => s.code === 'FINANCING')!.status).toBe('COMPLETED')

    // the bank records repayments; the last principal settles the loan
    const first = view.schedule[0]!
    expect((await bank.client.post<{ outstanding: number }>(`/api/loans/${id}/repayments`, { kind: 'payment', paidOn: '2026-11-30', principal: first.principal, interest: first.interest })).body.outstanding).toBe(1_000_000 - first.principal)
    const rest = await bank.client.post<{ status: string, outstanding: number }>(`/api/loans/${id}/repayments`, { kind: 'payment', paidOn: '2026-12-01', principal: 1_000_000 - first.principal, interest: 0 })
    expect(rest.body).toEqual({ status: 'REPAID', outstanding: 0 })

    // every step was told to the applicant, in mail and on the site
    const expected = ['已收到', '补充材料', '进入公示', '公示结束', '已获批准', '贷款已发放', '已还清']
    const subjects = async () => (await mails()).filter(m => m.to.includes(owner.email)).map(m => m.subject).join('\n')
    await eventually(async () => {
      const all = await subjects()
      return expected.every(s => all.includes(s))
    }, 30_000)
    // the bank's officer is told in the bank's words, not in the applicant's
    const bankMail = await waitForMail(m => m.to.includes(bank.email) && /获批准/.test(m.subject))
    expect(bankMail.subject).toContain('请签订借款合同')
    expect(bankMail.subject).toContain('李**')
    expect(bankMail.text).not.toMatch(/您的创业担保贷款|与您签订/)
    expect(bankMail.text).not.toContain('李小创')
    const notes = await owner.client.get<{ unread: number, items: { id: string, text: { 'zh-CN': string } }[] }>('/api/notifications')
    expect(notes.body.unread).toBeGreaterThanOrEqual(7)
    // every page's header asks for the count alone; the bell's list for as many as asked
    const count = await owner.client.get<{ unread: number, items: unknown[] }>('/api/notifications?take=0')
    expect(count.body).toEqual({ items: [], unread: notes.body.unread })
    const two = await owner.client.get<{ unread: number, items: { id: string }[] }>('/api/notifications?take=2')
    expect(two.body.items.map(n => n.id)).toEqual(notes.body.items.slice(0, 2).map(n => n.id))
    for (const take of ['-1', '31', 'x']) expect((await owner.client.get<Err>(`/api/notifications?take=${take}`)).body.fields?.take, take).toBeTruthy()
    // and on the case's timeline
    const timeline = (await owner.client.get<CaseView>(`/api/cases/${caseId}`)).body.timeline.map(e => e.kind)
    expect(timeline).toEqual(expect.arrayContaining(['loan_started', 'loan_submitted', 'loan_return', 'loan_approve', 'loan_disbursed']))
  })

  it('refusal needs reasons from the list and an explanation; the applicant sees each with what to do next', async () => {
    const staff = await staffUser()
    const { id, applicant } = await submittedApplication()
    const bare = await staff.client.post<Err>(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'refuse' })
    expect(bare.body.details?.problem).toBe('REASONS_REQUIRED')
    const short = await staff.client.post<Err>(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'refuse', reasons: ['EARLIER_OVERDUE'], note: '逾期' })
    expect(short.body.details?.problem).toBe('REFUSAL_TEXT_REQUIRED')
    expect(short.body.message).toMatch(/10/)
    const done = await staff.client.post<{ status: string }>(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'refuse', reasons: ['EARLIER_OVERDUE'], note: '征信报告显示 2025 年有一笔创业担保贷款逾期 90 天未还清。' })
    expect(done.body.status).toBe('REFUSED')
    const view = (await applicant.client.get<LoanView>(`/api/loans/${id}`)).body
    expect(view.refusal?.reasons[0]).toMatchObject({ code: 'EARLIER_OVERDUE' })
    expect(view.refusal?.reasons[0]!.next['zh-CN']).toMatch(/重新申请/)
    expect(view.refusal?.note).toMatch(/逾期 90 天/)
    // a refused application no longer blocks a new one
    expect((await applicant.client.post('/api/loans', {})).status).toBe(201)
  })

  it('maker-checker: above the rules\' amount the first approval waits, its maker cannot confirm it, a second officer does', async () => {
    const { guarantorOrg, bankOrg } = await organisations()
    const [a, b] = [await staffUser(), await staffUser()]
    const { id } = await submittedApplication({ amountFen: 25_000_000 })
    const first = await a.client.post<{ status: string, awaitingSecondOfficer: boolean }>(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'approve', guarantorId: guarantorOrg, bankId: bankOrg })
    expect(first.body).toEqual({ status: 'ELIGIBILITY', awaitingSecondOfficer: true })
    const self = await a.client.post<Err>(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'approve', guarantorId: guarantorOrg, bankId: bankOrg })
    expect(self.body.details?.problem).toBe('SECOND_OFFICER_REQUIRED')
    expect(self.body.message).toMatch(/200,000/)
    expect((await b.client.get<LoanView>(`/api/loans/${id}`)).body.mine[0]).toMatchObject({ step: 'ELIGIBILITY', awaitingSecondOfficer: true })
    const second = await b.client.post<{ status: string }>(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'approve', guarantorId: guarantorOrg, bankId: bankOrg })
    expect(second.body.status).toBe('NOTICE')
  })

  it('scoped on the server: bank B gets 404 for bank A\'s application, strangers get 404, documents only to those who may see them, the guarantor never the full ID number, the reveal is audited', async () => {
    const { guarantorOrg, bankOrg, guarantor, bank } = await organisations()
    const otherBank = await createOfficer('BANK', await createOrganisation('BANK', ['siping']))
    const staff = await staffUser()
    const stranger = await createUser()
    const cityStaff = await createUser({ roles: ['STAFF'] })
    await db.user.update({ where: { id: cityStaff.id }, data: { city: { connect: { code: 'baicheng' } } } })
    const { id, applicant, idNumber: theId } = await submittedApplication()
    expect((await staff.client.post(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'approve', guarantorId: guarantorOrg, bankId: bankOrg })).status).toBe(200)
    await passNotice(id)

    for (const u of [otherBank, stranger, cityStaff]) {
      expect((await u.client.get(`/api/loans/${id}`)).status).toBe(404)
      expect((await u.client.post(`/api/loans/${id}/steps/BANK/decision`, { decision: 'approve' })).status).toBe(404)
    }
    expect((await otherBank.client.get<{ items: LoanQueueRow[] }>('/api/bank/loans')).body.items.map(r => r.id)).not.toContain(id)

    // documents: an attachment for the applicant; 404 for anyone else; the guarantor never gets the ID card scan
    const view = (await applicant.client.get<LoanView>(`/api/loans/${id}`)).body
    const idCard = view.documents.find(d => d.code === 'ID_CARD')!.files[0]!
    const credit = view.documents.find(d => d.code === 'CREDIT_REPORT')!.files[0]!
    const own = await fetch(`${inject('baseUrl')}${idCard.url}`, { headers: { cookie: [...applicant.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } })
    expect(own.status).toBe(200)
    expect(own.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(Buffer.from(await own.arrayBuffer()).equals(PDF)).toBe(true)
    expect((await stranger.client.get(idCard.url!)).status).toBe(404)
    expect((await otherBank.client.get(credit.url!)).status).toBe(404)
    expect((await guarantor.client.get(idCard.url!)).status).toBe(404)
    expect((await guarantor.client.get(credit.url!)).status).toBe(200)
    expect((await new Client().get(idCard.url!)).status).toBe(401)
    const gView = (await guarantor.client.get<LoanView>(`/api/loans/${id}`)).body
    expect(gView.documents.map(d => d.code)).not.toContain('ID_CARD')

    // the guarantor never receives the full number, and may not reveal it
    expect((await guarantor.client.post(`/api/loans/${id}/reveal`, { reason: '核实身份' })).status).toBe(403)
    expect(await everything(guarantor, id)).not.toContain(theId)
    expect(await everything(bank, id)).not.toContain(theId)
    expect(await everything(staff, id)).not.toContain(theId)
    expect(await everything(applicant, id)).not.toContain(theId)
    // staff reveal it with a reason, which is audited
    const revealed = await staff.client.post<{ idNumber: string }>(`/api/loans/${id}/reveal`, { reason: '与公安人口库核对身份' })
    expect(revealed.body.idNumber).toBe(theId)
    const audits = await db.auditLog.findMany({ where: { action: 'loan.reveal', actorId: staff.id } })
    expect(audits).toHaveLength(1)
    expect(JSON.stringify(audits[0]!.meta)).toContain('与公安人口库核对身份')
    expect(JSON.stringify(audits[0]!.meta)).not.toContain(theId)
    // every reviewer's read is audited too
    expect(await db.auditLog.count({ where: { action: 'loan.read', actorId: guarantor.id } })).toBeGreaterThan(0)

    // nowhere else: no mail, no search document, no server log line, no event payload
    expect(JSON.stringify(await mails())).not.toContain(theId)
    const meili = { url: inject('meiliUrl'), key: inject('meiliKey') }
    const indexes = await (await fetch(`${meili.url}/indexes?limit=100`, { headers: { Authorization: `Bearer ${meili.key}` } })).json() as { results: { uid: string }[] }
    for (const ix of indexes.results) {
      const docs = await (await fetch(`${meili.url}/indexes/${ix.uid}/documents?limit=100000`, { headers: { Authorization: `Bearer ${meili.key}` } })).text()
      expect(docs).not.toContain(theId)
    }
    const log = await (await fetch(`${inject('controlUrl')}/server-log`)).json() as { log: string }
    expect(log.log).not.toContain(theId)
    expect(log.log).not.toContain(theId.slice(0, 14))
    const events = await db.loanEvent.findMany({ where: { applicationId: id } })
    expect(JSON.stringify(events, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).not.toContain(theId)
    const row = await db.loanApplication.findUniqueOrThrow({ where: { id } })
    expect(JSON.stringify(row)).not.toContain(theId)
  })

  it('two concurrent creations give one application; two concurrent submissions give one submission', async () => {
    const applicant = await createUser()
    const both = await Promise.all([1, 2].map(() => applicant.client.post<Err>('/api/loans', {})))
    expect(both.map(r => r.status).sort()).toEqual([201, 409])
    expect(both.find(r => r.status === 409)!.body.code).toBe('loan_open')
    expect(await db.loanApplication.count({ where: { applicantId: applicant.id } })).toBe(1)

    const other = await createUser()
    const id = (await other.client.post<{ id: string }>('/api/loans', { ...individualFields(), amount: 3_000_000, termMonths: 12 })).body.id
    await uploadMissing(other.client, id)
    const subs = await Promise.all([1, 2, 3].map(() => other.client.post<Err>(`/api/loans/${id}/submit`)))
    expect(subs.map(r => r.status).sort()).toEqual([200, 409, 409])
    expect(await db.loanEvent.count({ where: { applicationId: id, action: 'submit' } })).toBe(1)

    // the same person (by ID number) cannot have two live applications from two accounts
    const sameId = (await db.loanApplication.findUniqueOrThrow({ where: { id } })).personalEnc
    expect(sameId).toBeTruthy()
    const twin = await createUser()
    const theirId = (await other.client.post<{ idNumber: string }>(`/api/loans/${id}/reveal`, { reason: '本人查看' }))
    expect(theirId.status).toBe(403)
    const staff = await staffUser()
    const number = (await staff.client.post<{ idNumber: string }>(`/api/loans/${id}/reveal`, { reason: '核对重复申请' })).body.idNumber
    const dup = (await twin.client.post<{ id: string }>('/api/loans', { ...individualFields(number), amount: 3_000_000, termMonths: 12 })).body.id
    await uploadMissing(twin.client, dup)
    const refused = await twin.client.post<Err>(`/api/loans/${dup}/submit`)
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('loan_open')
  })

  it('an objection to the notice holds it until staff handle it; staff may refuse on its grounds', async () => {
    const { guarantorOrg, bankOrg } = await organisations()
    const staff = await staffUser()
    const { id, applicant } = await submittedApplication()
    await staff.client.post(`/api/loans/${id}/steps/ELIGIBILITY/decision`, { decision: 'approve', guarantorId: guarantorOrg, bankId: bankOrg })
    const ref = (await applicant.client.get<LoanView>(`/api/loans/${id}`)).body.notice!.ref
    const anon = new Client()
    expect((await anon.post(`/api/loans/notices/${ref}/objections`, { body: '短' })).status).toBe(400)
    expect((await anon.post(`/api/loans/notices/${ref}/objections`, { body: '申请人实际为在职公务员，不属于扶持对象。', contact: '13800001111' })).status).toBe(201)
    // the applicant does not see the objection; staff do
    expect((await applicant.client.get<LoanView>(`/api/loans/${id}`)).body.objections).toEqual([])
    const sv = (await staff.client.get<LoanView>(`/api/loans/${id}`)).body
    expect(sv.objections).toHaveLength(1)
    // the days pass, but the notice waits for staff
    await db.$executeRaw`UPDATE "LoanEvent" SET "createdAt" = "createdAt" - interval '21 days' WHERE "applicationId" = ${id}::uuid`
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ${`loan_notice_end:${id}`}`
    await new Promise(r => setTimeout(r, 1500))
    expect((await db.loanApplication.findUniqueOrThrow({ where: { id } })).status).toBe('NOTICE')
    await staff.client.post(`/api/loans/${id}/objections/${sv.objections[0]!.id}`, { outcome: 'upheld', note: '经核实情况属实' })
    const refused = await staff.client.post<{ status: string }>(`/api/loans/${id}/steps/NOTICE/decision`, { decision: 'refuse', reasons: ['NOTICE_OBJECTION'], note: '公示期间收到异议，经核实申请人为在职公务员。' })
    expect(refused.body.status).toBe('REFUSED')
  })

  it('the interest subsidy list and its CSV by bank (经办银行): the filter narrows, never widens the staff member\'s cities; the banks offered are those of their cities', async () => {
    const [bankA, bankB] = [await createOrganisation('BANK'), await createOrganisation('BANK')]
    const baishan = await db.city.findUniqueOrThrow({ where: { code: 'baishan' } })
    const paidOut = async (bankId: string, amount: number) => {
      const { id } = await submittedApplication({ amountFen: amount })
      await db.loanApplication.update({ where: { id }, data: { status: 'DISBURSED', cityId: baishan.id, bankId, disbursedOn: '2026-10-09', disbursedAmount: amount, disbursedTermMonths: 24, rateBp: 400, repaymentMethod: 'INTEREST_ONLY', firstDueOn: '2026-11-09' } })
      return id
    }
    const a1 = await paidOut(bankA, 3_000_000)
    const a2 = await paidOut(bankA, 2_000_000)
    const b1 = await paidOut(bankB, 1_000_000)
    const staffIn = async (city: string) => {
      const u = await createUser({ roles: ['STAFF'] })
      await db.user.update({ where: { id: u.id }, data: { city: { connect: { code: city } } } })
      return signIn(u.id)
    }
    const local = await staffIn('baishan')
    const elsewhere = await staffIn('yanbian')
    interface List { bank: string | null, rows: { id: string }[], totals: { bankId: string | null, loans: number, subsidy: number }[], banks: { id: string }[] }

    const all = (await local.get<List>('/api/staff/loans/subsidies?quarter=2026Q4')).body
    expect(all.rows.map(r => r.id)).toEqual(expect.arrayContaining([a1, a2, b1]))
    expect(all.banks.map(b => b.id)).toEqual(expect.arrayContaining([bankA, bankB]))
    expect(all.totals.find(t => t.bankId === bankA)).toMatchObject({ loans: 2 })
    const onlyA = (await local.get<List>(`/api/staff/loans/subsidies?quarter=2026Q4&bank=${bankA}`)).body
    expect(onlyA.bank).toBe(bankA)
    expect(onlyA.rows.map(r => r.id).sort()).toEqual([a1, a2].sort())
    expect(onlyA.totals).toEqual([expect.objectContaining({ bankId: bankA, loans: 2 })])
    // the filter is offered with every bank of the cities, whichever bank is chosen
    expect(onlyA.banks.map(b => b.id)).toEqual(expect.arrayContaining([bankA, bankB]))
    const csv = await local.get<string>(`/api/staff/loans/subsidies.csv?quarter=2026Q4&bank=${bankB}`)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = String(csv.body).trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('测试银行')
    expect(lines[1]).toContain('10,000.00')
    // staff of another city: nothing of these, with or without the bank, and not the banks either
    const other = (await elsewhere.get<List>(`/api/staff/loans/subsidies?quarter=2026Q4&bank=${bankA}`)).body
    expect(other.rows).toEqual([])
    expect((await elsewhere.get<List>('/api/staff/loans/subsidies?quarter=2026Q4')).body.banks.map(b => b.id)).not.toContain(bankA)
    expect(String((await elsewhere.get<string>(`/api/staff/loans/subsidies.csv?quarter=2026Q4&bank=${bankA}`)).body).trim().split('\n')).toHaveLength(1)
    expect((await local.get<Err>('/api/staff/loans/subsidies?quarter=2026Q4&bank=nope')).status).toBe(400)
    expect((await (await createUser()).client.get('/api/staff/loans/subsidies?quarter=2026Q4')).status).toBe(403)
  })

  it('a StartHub training certificate is attached by reference (provided by the platform, never asked again); someone else\'s is not; a revoked one is asked for again', async () => {
    const s = await createSession()
    /** a new person holding a certificate of that session */
    const certified = async () => {
      const u = await createUser()
      expect((await enrolIn(u, s.id)).status).toBe(201)
      const enrolment = await db.enrolment.findFirstOrThrow({ where: { offeringId: s.id, userId: u.id }, select: { id: true } })
      const code = `T${token().slice(0, 4).toUpperCase()}-CERT-${token().slice(0, 4).toUpperCase()}`
      await db.certificate.create({ data: { enrolmentId: enrolment.id, code, issuedOn: '2026-11-20', minutes: 360 } })
      return { user: u, code }
    }
    const { user: trained, code } = await certified()
    const certOf = (v: LoanView) => v.documents.find(d => d.code === 'TRAINING_CERTIFICATE')!

    const created = await trained.client.post<{ id: string }>('/api/loans', { ...individualFields(), amount: 3_000_000, termMonths: 24 })
    expect(created.status).toBe(201)
    let view = (await trained.client.get<LoanView>(`/api/loans/${created.body.id}`)).body
    expect(certOf(view)).toMatchObject({ heldByPlatform: true, provided: true, asked: false })
    expect(certOf(view).files[0]).toMatchObject({ source: 'TRAINING', url: null })
    expect(certOf(view).files[0]!.reference?.['zh-CN']).toContain(code)
    expect(certOf(view).files[0]!.reference?.['zh-CN']).toContain('由平台提供')
    // the applicant uploads everything else; the submission does not ask for the certificate
    const uploaded = await uploadMissing(trained.client, created.body.id)
    expect(uploaded).not.toContain('TRAINING_CERTIFICATE')
    expect((await trained.client.post<{ status: string }>(`/api/loans/${created.body.id}/submit`)).body.status).toBe('SUBMITTED')
    // staff reviewing it see it as held by the platform
    const staff = await staffUser()
    expect(certOf((await staff.client.get<LoanView>(`/api/loans/${created.body.id}`)).body)).toMatchObject({ heldByPlatform: true, provided: true })

    // another applicant (without a certificate of their own) is asked to upload one
    const other = await createUser()
    const theirs = await other.client.post<{ id: string }>('/api/loans', { ...individualFields(), amount: 3_000_000, termMonths: 24 })
    expect(certOf((await other.client.get<LoanView>(`/api/loans/${theirs.body.id}`)).body)).toMatchObject({ heldByPlatform: false, provided: false, files: [] })

    // a draft whose certificate is revoked asks for it again on its next save
    const second = await certified()
    const draft = await second.user.client.post<{ id: string }>('/api/loans', { ...individualFields(), amount: 2_000_000, termMonths: 24 })
    view = (await second.user.client.get<LoanView>(`/api/loans/${draft.body.id}`)).body
    expect(certOf(view).provided).toBe(true)
    expect((await s.staff.client.post(`/api/staff/certificates/${second.code}/revoke`, { reason: '考勤记录不实' })).status).toBe(200)
    expect((await second.user.client.patch(`/api/loans/${draft.body.id}`, { baseRevision: view.revision, purpose: '用于店面装修和首批原料采购' })).status).toBe(200)
    expect(certOf((await second.user.client.get<LoanView>(`/api/loans/${draft.body.id}`)).body)).toMatchObject({ heldByPlatform: false, provided: false })
  })

  it('an application is judged by the rules of its submission day, after the rules change', async () => {
    const { guarantorOrg, bankOrg } = await organisations()
    const admin = await createUser({ roles: ['ADMIN'] })
    const [a, b] = [await staffUser(), await staffUser()]
    // submitted under the sample rules (second officer above ¥200,000)
    const before = await submittedApplication({ amountFen: 10_000_000 })
    const current = (await admin.client.get<{ ruleSets: { version: string, inForce: boolean }[] }>('/api/admin/loan-rules')).body.ruleSets.find(r => r.inForce)!
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    // a new version from today: a second officer above ¥50,000, eligibility in 3 working days
    const bad = await admin.client.post<Err>('/api/admin/loan-rules', { basedOn: current.version, version: 'Bad Name', effectiveFrom: today, source: '测试', sample: true })
    expect(bad.status).toBe(400)
    const changed = await admin.client.post('/api/admin/loan-rules', { basedOn: current.version, version: `test-${token()}`, effectiveFrom: today, source: '测试：新政策', sample: true, figures: { makerCheckerAbove: 5_000_000, timeEligibility: 3 } })
    expect(changed.status).toBe(201)
    const after = await submittedApplication({ amountFen: 10_000_000 })

    // the earlier application keeps its day's rules: one officer approves it, with 7 days
    expect((await a.client.get<LoanView>(`/api/loans/${before.id}`)).body.steps.find(s => s.step === 'ELIGIBILITY')!.limitDays).toBe(7)
    expect((await a.client.post<{ status: string }>(`/api/loans/${before.id}/steps/ELIGIBILITY/decision`, { decision: 'approve', guarantorId: guarantorOrg, bankId: bankOrg })).body.status).toBe('NOTICE')
    // the later one is judged by the new rules
    expect((await a.client.get<LoanView>(`/api/loans/${after.id}`)).body.steps.find(s => s.step === 'ELIGIBILITY')!.limitDays).toBe(3)
    expect((await a.client.post<{ awaitingSecondOfficer: boolean }>(`/api/loans/${after.id}/steps/ELIGIBILITY/decision`, { decision: 'approve', guarantorId: guarantorOrg, bankId: bankOrg })).body.awaitingSecondOfficer).toBe(true)
    expect((await b.client.post<{ status: string }>(`/api/loans/${after.id}/steps/ELIGIBILITY/decision`, { decision: 'approve', guarantorId: guarantorOrg, bankId: bankOrg })).body.status).toBe('NOTICE')
    // a version in force or used cannot be changed
    const locked = await admin.client.request<Err>('PUT', `/api/admin/loan-rules/${current.version}`, { basedOn: current.version, version: current.version, effectiveFrom: today, source: '修改已生效的版本', sample: true })
    expect(locked.body.code).toBe('rules_in_use')
  })
})
