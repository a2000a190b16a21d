import { describe, expect, it } from 'vitest'
import { CHINA_HOLIDAYS } from '#shared/data/holidays'
import { LOAN_RULE_SETS } from '#shared/data/loan-rules'
import type { LoanAction, LoanDecision, LoanRole, LoanStepCode } from '#shared/utils/loan-codes'
import { LOAN_STEP_TABLE, decide, decisionProblem, loanFacts, loanLifecycle, loanProgress, nextSteps, refusalView, stepClocks } from '#shared/utils/loan-steps'
import type { DecisionInput, LoanApplicationState, LoanEvent } from '#shared/utils/loan-steps'

const rules = LOAN_RULE_SETS[0]!
const cal = CHINA_HOLIDAYS
const YUAN = 100
/** a Beijing wall-clock time */
const at = (s: string) => new Date(`${s}+08:00`)

const STAFF = { id: 'staff-1', role: 'STAFF' as const }
const STAFF_2 = { id: 'staff-2', role: 'STAFF' as const }
const GUARANTOR = { id: 'guarantor-1', role: 'GUARANTOR' as const }
const BANK = { id: 'bank-1', role: 'BANK' as const }
const SYSTEM = { id: null, role: 'SYSTEM' as const }

/** An application the test drives: plain actions straight into the history, decisions through `decide`. */
class Application {
  state: LoanApplicationState
  constructor(amount: number) {
    this.state = { amount, history: [] }
  }

  act(action: LoanAction, role: LoanRole, when: string, actorId: string | null = 'applicant') {
    this.push({ action, at: at(when), actorId, role })
    return this
  }

  decide(step: LoanStepCode, decision: LoanDecision, actor: DecisionInput['actor'], when: string, input: Partial<DecisionInput> = {}) {
    const out = decide(this.state, step, decision, { actor, at: at(when), ...input }, rules, cal)
    if (out.problem) throw new Error(`${out.problem.code}: ${out.problem.text.en}`)
    this.push(out.event)
    expect(loanProgress(this.state, rules).status).toBe(out.status)
    return this
  }

  problem(step: LoanStepCode, decision: LoanDecision, actor: DecisionInput['actor'], when: string, input: Partial<DecisionInput> = {}) {
    return decisionProblem(step, decision, { actor, at: at(when), ...input }, this.state, rules, cal)
  }

  push(e: LoanEvent) {
    this.state = { ...this.state, history: [...this.state.history, e] }
  }

  get status() {
    return loanProgress(this.state, rules).status
  }

  get next() {
    return nextSteps(this.state, rules)
  }
}

/** Submitted Monday 2 Nov 2026, accepted the same day. */
const submitted = (amount = 150_000 * YUAN) => new Application(amount).act('submit', 'APPLICANT', '2026-11-02T09:00:00').act('accept', 'STAFF', '2026-11-02T10:00:00', STAFF.id)
/** … through eligibility (Friday 6 Nov) and the five-day notice (9–13 Nov, ended by the system just after midnight), into due diligence. */
const inDueDiligence = (amount = 150_000 * YUAN) => submitted(amount)
  .decide('ELIGIBILITY', 'approve', STAFF, '2026-11-06T10:00:00')
  .decide('NOTICE', 'approve', SYSTEM, '2026-11-14T00:10:00')

describe('the steps table', () => {
  it('names who decides each step, what follows what, and what runs side by side', () => {
    expect(LOAN_STEP_TABLE.map(s => [s.step, s.after, s.parallelWith])).toEqual([
      ['ELIGIBILITY', [], null], ['NOTICE', ['ELIGIBILITY'], null], ['GUARANTOR', ['NOTICE'], 'BANK'], ['BANK', ['NOTICE'], 'GUARANTOR'],
    ])
    expect(LOAN_STEP_TABLE.find(s => s.step === 'NOTICE')!.decisions).toEqual({ approve: 'SYSTEM', refuse: 'STAFF' })
  })
})

describe('the application lifecycle', () => {
  it('runs from draft to repaid, with guarantor and bank side by side', () => {
    const a = new Application(150_000 * YUAN)
    expect(a.status).toBe('DRAFT')
    expect(a.next.applicantActions).toEqual(['submit'])
    a.act('submit', 'APPLICANT', '2026-11-02T09:00:00')
    expect(a.status).toBe('SUBMITTED')
    expect(a.next.open.map(o => o.step)).toEqual(['ELIGIBILITY'])
    a.act('accept', 'STAFF', '2026-11-02T10:00:00', STAFF.id)
    expect(a.status).toBe('ELIGIBILITY')
    a.decide('ELIGIBILITY', 'approve', STAFF, '2026-11-06T10:00:00')
    expect(a.status).toBe('NOTICE')
    expect(a.next.open).toEqual([{ step: 'NOTICE', state: 'OPEN', decisions: [{ decision: 'approve', role: 'SYSTEM' }, { decision: 'refuse', role: 'STAFF' }], parallelWith: null, awaitingSecondOfficer: null }])

    // the notice runs five whole working days after the day it starts: 9–13 Nov
    expect(a.problem('NOTICE', 'approve', SYSTEM, '2026-11-13T18:00:00')).toMatchObject({ code: 'NOTICE_NOT_OVER', text: { 'zh-CN': '公示期到 2026年11月13日 结束，结束后才能进入下一步' } })
    a.decide('NOTICE', 'approve', SYSTEM, '2026-11-14T00:10:00')
    expect(a.status).toBe('DUE_DILIGENCE')
    expect(a.next.open.map(o => [o.step, o.parallelWith])).toEqual([['GUARANTOR', 'BANK'], ['BANK', 'GUARANTOR']])

    a.decide('BANK', 'approve', BANK, '2026-11-16T11:00:00')
    expect(a.status).toBe('DUE_DILIGENCE') // the guarantor is still at work
    expect(a.next.open.map(o => o.step)).toEqual(['GUARANTOR'])
    a.decide('GUARANTOR', 'approve', GUARANTOR, '2026-11-17T11:00:00')
    expect(a.status).toBe('APPROVED')
    expect(a.next.applicantActions).toEqual([]) // no withdrawing once approved
    a.act('disburse', 'BANK', '2026-11-18T15:00:00', BANK.id)
    expect(a.status).toBe('DISBURSED')
    a.act('repay', 'SYSTEM', '2026-12-18T15:00:00', null)
    expect(a.status).toBe('REPAYING')
    a.act('settle', 'BANK', '2029-11-18T15:00:00', BANK.id)
    expect(a.status).toBe('REPAID')
  })

  it('tells a role that never may (403) from a state that does not allow it (409)', () => {
    const a = inDueDiligence()
    const f = loanFacts(a.state, 'BANK', rules)
    expect(loanLifecycle.refusal('approve', 'DUE_DILIGENCE', 'BANK', f)).toBeNull()
    expect(loanLifecycle.refusal('disburse', 'DUE_DILIGENCE', 'BANK', f)).toBe('invalid_transition')
    expect(loanLifecycle.refusal('disburse', 'APPROVED', 'STAFF', f)).toBe('forbidden')
    expect(a.problem('BANK', 'approve', STAFF, '2026-11-16T11:00:00')).toMatchObject({ code: 'WRONG_ROLE', text: { 'zh-CN': '这一步由经办银行办理' } })
    expect(a.problem('NOTICE', 'return', STAFF, '2026-11-16T11:00:00')).toMatchObject({ code: 'DECISION_NOT_ALLOWED' })
    expect(a.problem('ELIGIBILITY', 'approve', STAFF, '2026-11-16T11:00:00')).toMatchObject({ code: 'STEP_NOT_OPEN' })
    expect(loanLifecycle.fromStatuses('approve', 'GUARANTOR')).toEqual(['DUE_DILIGENCE', 'RETURNED'])
  })

  it('lets the applicant withdraw before a decision, and stops every clock', () => {
    const a = inDueDiligence().act('withdraw', 'APPLICANT', '2026-11-17T09:00:00')
    expect(a.status).toBe('WITHDRAWN')
    expect(a.next.open).toEqual([])
    const clocks = stepClocks(loanProgress(a.state, rules), at('2026-12-31T09:00:00'), cal, rules)
    expect(clocks.wholePath).toMatchObject({ done: true, usedDays: 11 })
  })

  it('refuses to replay a history the lifecycle does not allow', () => {
    const broken: LoanApplicationState = { amount: 1, history: [{ action: 'disburse', at: at('2026-11-02T09:00:00'), actorId: BANK.id, role: 'BANK' }] }
    expect(() => loanProgress(broken, rules)).toThrow(/event 0 \(disburse by BANK\) does not fit status DRAFT/)
  })
})

describe('returns: everything missing at once (一次性告知)', () => {
  it('needs a list from the checklist, and words for "other"', () => {
    const a = submitted()
    expect(a.problem('ELIGIBILITY', 'return', STAFF, '2026-11-03T10:00:00', { missing: [] })).toMatchObject({ code: 'MISSING_LIST_EMPTY' })
    expect(a.problem('ELIGIBILITY', 'return', STAFF, '2026-11-03T10:00:00', { missing: ['ID_CARD', 'PASSPORT'] })).toMatchObject({ code: 'UNKNOWN_ITEM', items: ['PASSPORT'] })
    expect(a.problem('ELIGIBILITY', 'return', STAFF, '2026-11-03T10:00:00', { missing: ['OTHER'], note: '  ' })).toMatchObject({ code: 'NOTE_REQUIRED' })
  })

  it('shows the applicant the one complete list, and goes back to the same step on resubmission', () => {
    const a = submitted().decide('ELIGIBILITY', 'return', STAFF, '2026-11-03T10:00:00', { missing: ['ID_CARD', 'CREDIT_REPORT', 'SIGNATURE'], note: '身份证复印件需正反面' })
    expect(a.status).toBe('RETURNED')
    expect(a.next).toMatchObject({ open: [], returned: [{ step: 'ELIGIBILITY', missing: ['ID_CARD', 'CREDIT_REPORT', 'SIGNATURE'], note: '身份证复印件需正反面' }], applicantActions: ['resubmit', 'withdraw'] })
    a.act('resubmit', 'APPLICANT', '2026-11-05T10:00:00')
    expect(a.status).toBe('ELIGIBILITY')
    expect(a.next.open.map(o => o.step)).toEqual(['ELIGIBILITY'])
  })

  it('refuses a second return that asks for something new unless the reviewer says why', () => {
    const a = submitted()
      .decide('ELIGIBILITY', 'return', STAFF, '2026-11-03T10:00:00', { missing: ['ID_CARD', 'CREDIT_REPORT'] })
      .act('resubmit', 'APPLICANT', '2026-11-05T10:00:00')
    // still missing what the first list named: fine
    expect(a.problem('ELIGIBILITY', 'return', STAFF, '2026-11-06T10:00:00', { missing: ['CREDIT_REPORT'] })).toBeNull()
    // something new without a reason: refused, naming it
    const p = a.problem('ELIGIBILITY', 'return', STAFF_2, '2026-11-06T10:00:00', { missing: ['CREDIT_REPORT', 'SOCIAL_SECURITY_CARD'] })
    expect(p).toMatchObject({ code: 'NEW_ITEMS_NEED_REASON', items: ['SOCIAL_SECURITY_CARD'] })
    expect(p!.text['zh-CN']).toBe('首次退回时未列出：社会保障卡（贷款发放至该卡）。再次退回要求补充新的材料，须说明原因')
    // with a reason: allowed
    a.decide('ELIGIBILITY', 'return', STAFF_2, '2026-11-06T10:00:00', { missing: ['CREDIT_REPORT', 'SOCIAL_SECURITY_CARD'], newItemsWhy: '补交的征信报告显示贷款将发放至社保卡，需核对卡号' })
    expect(a.next.returned[0]!.missing).toEqual(['CREDIT_REPORT', 'SOCIAL_SECURITY_CARD'])
  })

  it('lets the bank return while the guarantor goes on, and brings only the returned step back', () => {
    const a = inDueDiligence().decide('BANK', 'return', BANK, '2026-11-17T10:00:00', { missing: ['CREDIT_REPORT'] })
    expect(a.status).toBe('RETURNED')
    expect(a.next.open.map(o => o.step)).toEqual(['GUARANTOR'])
    a.decide('GUARANTOR', 'approve', GUARANTOR, '2026-11-17T15:00:00')
    expect(a.status).toBe('RETURNED')
    a.act('resubmit', 'APPLICANT', '2026-11-19T09:00:00')
    expect(a.status).toBe('DUE_DILIGENCE')
    expect(a.next.open.map(o => o.step)).toEqual(['BANK'])
    a.decide('BANK', 'approve', BANK, '2026-11-20T09:00:00')
    expect(a.status).toBe('APPROVED')
  })
})

describe('maker-checker above the rule set\'s amount', () => {
  it('needs a second, different officer to approve more than ¥200,000', () => {
    const a = submitted(250_000 * YUAN).decide('ELIGIBILITY', 'approve', STAFF, '2026-11-04T10:00:00')
    expect(a.status).toBe('ELIGIBILITY')
    expect(a.next.open[0]).toMatchObject({ step: 'ELIGIBILITY', state: 'CHECKING', awaitingSecondOfficer: { makerId: STAFF.id } })
    expect(a.problem('ELIGIBILITY', 'approve', STAFF, '2026-11-04T11:00:00')).toMatchObject({ code: 'SECOND_OFFICER_REQUIRED', text: { 'zh-CN': '金额超过 200,000 元，须由另一位工作人员复核通过' } })
    a.decide('ELIGIBILITY', 'approve', STAFF_2, '2026-11-04T11:00:00')
    expect(a.status).toBe('NOTICE')
  })

  it('lets one officer approve ¥200,000 itself, and the checker return instead', () => {
    expect(submitted(200_000 * YUAN).decide('ELIGIBILITY', 'approve', STAFF, '2026-11-04T10:00:00').status).toBe('NOTICE')
    const a = submitted(250_000 * YUAN).decide('ELIGIBILITY', 'approve', STAFF, '2026-11-04T10:00:00')
      .decide('ELIGIBILITY', 'return', STAFF_2, '2026-11-04T11:00:00', { missing: ['INFO_MISMATCH'] })
    expect(a.status).toBe('RETURNED')
    a.act('resubmit', 'APPLICANT', '2026-11-05T09:00:00')
    // after the return the approval starts again from the first officer
    expect(a.decide('ELIGIBILITY', 'approve', STAFF_2, '2026-11-05T10:00:00').status).toBe('ELIGIBILITY')
  })
})

describe('refusals', () => {
  it('need reasons and an explanation, and tell the applicant what to do next', () => {
    const a = inDueDiligence()
    expect(a.problem('GUARANTOR', 'refuse', GUARANTOR, '2026-11-17T10:00:00', { note: '反担保人已为他人担保' })).toMatchObject({ code: 'REASONS_REQUIRED' })
    expect(a.problem('GUARANTOR', 'refuse', GUARANTOR, '2026-11-17T10:00:00', { reasons: ['GUARANTOR_ALREADY_GUARANTEEING'], note: '已担保' })).toMatchObject({ code: 'REFUSAL_TEXT_REQUIRED', text: { 'zh-CN': '不予通过须写明具体说明（至少 10 个字）' } })
    a.decide('GUARANTOR', 'refuse', GUARANTOR, '2026-11-17T10:00:00', { reasons: ['GUARANTOR_ALREADY_GUARANTEEING'], note: '反担保人王某已为另一笔创业担保贷款提供担保，尚未结清' })
    expect(a.status).toBe('REFUSED')
    expect(a.next).toMatchObject({ open: [], applicantActions: [] })
    const event = a.state.history.at(-1)!
    expect(refusalView(event.reasons!, event.note!).reasons).toEqual([{
      code: 'GUARANTOR_ALREADY_GUARANTEEING',
      name: { 'zh-CN': '反担保人已为他人提供担保', 'en': 'The counter-guarantor already guarantees someone else' },
      next: { 'zh-CN': '请更换反担保人，或在符合条件时申请免除反担保，然后重新提交。', 'en': 'Name another counter-guarantor, or ask for a waiver if you qualify, and submit again.' },
    }])
  })

  it('lets staff refuse on an upheld objection during the notice', () => {
    const a = submitted().decide('ELIGIBILITY', 'approve', STAFF, '2026-11-06T10:00:00')
      .decide('NOTICE', 'refuse', STAFF, '2026-11-10T10:00:00', { reasons: ['NOTICE_OBJECTION', 'FALSE_INFORMATION'], note: '公示期间有群众反映申请人在外地另有企业，经核实属实' })
    expect(a.status).toBe('REFUSED')
  })
})

describe('clocks', () => {
  it('stop while an application is with the applicant, and give each step its due day and the whole path\'s target', () => {
    const a = submitted()
      .decide('ELIGIBILITY', 'return', STAFF, '2026-11-03T10:00:00', { missing: ['ID_CARD'] }) // Tuesday: 1 day used
    const paused = stepClocks(loanProgress(a.state, rules), at('2026-11-04T12:00:00'), cal, rules)
    expect(paused.steps[0]).toMatchObject({ step: 'ELIGIBILITY', usedDays: 1, paused: true, dueOn: null, workingDaysLeft: 6, text: { 'zh-CN': '等待申请人补正，计时暂停（剩余 6 个工作日）' } })
    expect(paused.wholePath).toMatchObject({ paused: true, usedDays: 1, workingDaysLeft: 14, targetDays: 15 })

    // resubmitted Thursday 5 Nov: the 6 days left run Friday 6 – Friday 13 Nov
    a.act('resubmit', 'APPLICANT', '2026-11-05T10:00:00')
    const running = stepClocks(loanProgress(a.state, rules), at('2026-11-06T12:00:00'), cal, rules)
    expect(running.steps[0]).toMatchObject({ usedDays: 2, dueOn: '2026-11-13', workingDaysLeft: 5, overdue: false, text: { 'zh-CN': '剩余 5 个工作日', 'en': '5 working days left' } })
    expect(running.steps.slice(1).map(s => s.text['zh-CN'])).toEqual(['尚未开始', '尚未开始', '尚未开始'])
    // the whole path: 14 days left on resumption → Wednesday 25 Nov
    expect(running.wholePath).toMatchObject({ usedDays: 2, dueOn: '2026-11-25', workingDaysLeft: 13 })

    expect(stepClocks(loanProgress(a.state, rules), at('2026-11-13T12:00:00'), cal, rules).steps[0]!.text).toEqual({ 'zh-CN': '今天到期', 'en': 'Due today' })
    const late = stepClocks(loanProgress(a.state, rules), at('2026-11-17T12:00:00'), cal, rules).steps[0]!
    expect(late).toMatchObject({ overdue: true, overdueDays: 2, text: { 'zh-CN': '已超期 2 个工作日', 'en': '2 working days overdue' } })
  })

  it('runs guarantor and bank clocks side by side and counts the whole path to payout', () => {
    const a = inDueDiligence().decide('BANK', 'approve', BANK, '2026-11-17T11:00:00')
    const c = stepClocks(loanProgress(a.state, rules), at('2026-11-20T12:00:00'), cal, rules)
    expect(c.steps.map(s => [s.step, s.usedDays, s.done, s.overdueDays])).toEqual([
      ['ELIGIBILITY', 4, true, 0], // 3–6 Nov
      ['NOTICE', 5, true, 0], // 9–13 Nov
      ['GUARANTOR', 5, false, 2], // 16–20 Nov; its 3 days ended on Wednesday 18 Nov
      ['BANK', 2, true, 0], // 16–17 Nov
    ])
    expect(c.steps[2]).toMatchObject({ dueOn: '2026-11-18', text: { en: '2 working days overdue' } })
    a.decide('GUARANTOR', 'approve', GUARANTOR, '2026-11-20T15:00:00').act('disburse', 'BANK', '2026-11-23T10:00:00', BANK.id)
    const done = stepClocks(loanProgress(a.state, rules), at('2026-12-31T12:00:00'), cal, rules)
    expect(done.steps[2]).toMatchObject({ done: true, overdueDays: 2, text: { 'zh-CN': '已办结，超期 2 个工作日' } })
    // 3–6, 9–13, 16–20 and 23 Nov: 15 working days, on target
    expect(done.wholePath).toMatchObject({ done: true, usedDays: 15, overdue: false, text: { 'zh-CN': '已办结，用时 15 个工作日' } })
  })
})
