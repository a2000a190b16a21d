import { describe, expect, it } from 'vitest'
import { LOAN_RULE_SETS, LPR_FIXINGS, lprOn, rulesInForceOn } from '#shared/data/loan-rules'
import type { LoanRuleSet, LprFixing } from '#shared/data/loan-rules'
import { issueMessage } from '#shared/i18n/messages'
import { loanApplicationSchema, preCheckSchema } from '#shared/schemas/loan'
import type { PreCheckForm } from '#shared/schemas/loan'
import { ageOn, birthDateOfIdNumber, isMainlandMobile, isValidIdNumber, normalizeMobile } from '#shared/utils/identity'
import { maskedApplicant, maxAmount, preCheck, repaymentSchedule } from '#shared/utils/loans'
import zhLoans from '../../i18n/locales/zh-CN.loans.json'
import enLoans from '../../i18n/locales/en.loans.json'

const rules = LOAN_RULE_SETS[0]!
const YUAN = 100

const individual = (over: Partial<Extract<PreCheckForm, { applicantType: 'INDIVIDUAL' }>> = {}): PreCheckForm => ({
  applicantType: 'INDIVIDUAL', category: 'GRADUATE', age: 30, city: 'changchun', amountYuan: 200_000,
  earlierLoans: { count: 0, anyOverdueOrUnpaid: false }, ...over,
})
const partnership = (partnerCount: number, amountYuan: number): PreCheckForm => ({
  applicantType: 'PARTNERSHIP', partnerCount, category: 'RETURNING_MIGRANT', age: 40, city: 'yanbian', amountYuan,
  earlierLoans: { count: 0, anyOverdueOrUnpaid: false },
})
const enterprise = (staff: { total: number, newlyHiredEligible: number, onContractsOfYear: number }, over: Partial<Extract<PreCheckForm, { applicantType: 'ENTERPRISE' }>> = {}): PreCheckForm => ({
  applicantType: 'ENTERPRISE', staff, arrears: false, city: 'jilin', amountYuan: 1_000_000,
  earlierLoans: { count: 0, anyOverdueOrUnpaid: false }, ...over,
})
const check = (form: PreCheckForm, r: LoanRuleSet = rules, lpr?: LprFixing) => preCheck(preCheckSchema.parse(form), r, lpr)
const codes = (form: PreCheckForm, r: LoanRuleSet = rules) => check(form, r).reasons.map(x => x.code)

describe('the rule set', () => {
  it('is sample data with a source, in fen and basis points', () => {
    expect(rules).toMatchObject({ sample: true, effectiveFrom: '2025-12-10' })
    expect(rules.source).toMatch(/ONE-STOP/)
    expect(rules.amounts).toMatchObject({ individual: 300_000 * YUAN, enterprise: 4_000_000 * YUAN })
    expect(rules.categories.map(c => c.code)).toHaveLength(10)
    expect(LPR_FIXINGS[0]).toMatchObject({ publishedOn: '2025-05-20', oneYearBp: 300 })
  })

  it('judges an application by the rules in force on the Beijing day it was submitted', () => {
    const v2: LoanRuleSet = { ...rules, version: 'v2', effectiveFrom: '2026-07-01', amounts: { ...rules.amounts, individual: 500_000 * YUAN } }
    const sets = [v2, rules] // order does not matter
    expect(rulesInForceOn('2026-06-30', sets)?.version).toBe(rules.version)
    expect(rulesInForceOn('2026-07-01', sets)?.version).toBe('v2')
    expect(rulesInForceOn(new Date('2026-06-30T16:30:00Z'), sets)?.version).toBe('v2') // 1 July 00:30 in Beijing
    expect(rulesInForceOn('2025-01-01', sets)).toBeNull()
    expect(check(individual({ amountYuan: 500_000 }), rulesInForceOn('2026-07-01', sets)!).maxAmount).toBe(500_000 * YUAN)
  })

  it('takes the LPR fixing in force on a day', () => {
    const fixings: LprFixing[] = [...LPR_FIXINGS, { publishedOn: '2026-10-20', oneYearBp: 290, fiveYearBp: 340, source: 'test', sample: true }]
    expect(lprOn('2026-10-19', fixings)?.oneYearBp).toBe(300)
    expect(lprOn('2026-10-20', fixings)?.oneYearBp).toBe(290)
    expect(check(individual(), rules, lprOn('2026-11-01', fixings)!).estimate).toMatchObject({ rate: 440, subsidy: 220 })
  })
})

describe('the pre-check: who qualifies', () => {
  it('admits each of the ten categories, and names them all when none fits', () => {
    for (const c of rules.categories) expect(check(individual({ category: c.code })).eligible, c.code).toBe(true)
    const none = check(individual({ category: 'NONE' }))
    expect(none.eligible).toBe(false)
    expect(none.reasons[0]!.code).toBe('CATEGORY')
    expect(none.reasons[0]!.text['zh-CN']).toContain('城镇登记失业人员、就业困难人员（含残疾人）')
    expect(none.reasons[0]!.text.en).toContain('Registered urban unemployed, ')
  })

  it('names the age rule with its limits', () => {
    expect(codes(individual({ age: 18 }))).toEqual([])
    expect(codes(individual({ age: 60 }))).toEqual([])
    const young = check(individual({ age: 17 }))
    expect(young.reasons).toEqual([{ code: 'AGE', text: { 'zh-CN': '年龄须在 18–60 岁之间', 'en': 'Age must be between 18 and 60' } }])
    expect(codes(individual({ age: 61 }))).toEqual(['AGE'])
  })

  it('allows at most three guaranteed loans in all, none overdue', () => {
    expect(codes(individual({ earlierLoans: { count: 2, anyOverdueOrUnpaid: false } }))).toEqual([])
    const third = check(individual({ earlierLoans: { count: 3, anyOverdueOrUnpaid: false } }))
    expect(third.reasons.map(r => r.text['zh-CN'])).toEqual(['已有 3 笔创业担保贷款，最多 3 笔'])
    expect(codes(individual({ earlierLoans: { count: 1, anyOverdueOrUnpaid: true } }))).toEqual(['EARLIER_OVERDUE'])
  })

  it('allows student, housing, car and small consumer loans, and no others', () => {
    expect(codes(individual({ existingLoans: ['STUDENT', 'HOUSING', 'CAR', 'SMALL_CONSUMER'] }))).toEqual([])
    const r = check(individual({ existingLoans: ['HOUSING', 'BUSINESS'] }))
    expect(r.reasons[0]!.code).toBe('OTHER_LOANS')
    expect(r.reasons[0]!.text['zh-CN']).toBe('借款人及其配偶除助学贷款、住房贷款、购车贷款、小额消费贷款（含信用卡消费）外，不得有其他贷款')
  })

  it('asks an enterprise for 10 % new eligible hires up to 100 staff, 5 % above', () => {
    // 99 staff: 10 % is 9.9 people, so 10
    expect(codes(enterprise({ total: 99, newlyHiredEligible: 10, onContractsOfYear: 10 }))).toEqual([])
    const short = check(enterprise({ total: 99, newlyHiredEligible: 9, onContractsOfYear: 9 }))
    expect(short.reasons.map(r => r.text['zh-CN'])).toEqual(['职工 99 人的企业，当年新招用符合条件的人员须达到职工总数的 10%（至少 10 人），现为 9 人'])
    // exactly 100 staff is not "above 100"
    expect(codes(enterprise({ total: 100, newlyHiredEligible: 9, onContractsOfYear: 9 }))).toEqual(['ENTERPRISE_SHARE'])
    // 101 staff: 5 % is 5.05 people, so 6
    expect(codes(enterprise({ total: 101, newlyHiredEligible: 6, onContractsOfYear: 6 }))).toEqual([])
    expect(check(enterprise({ total: 101, newlyHiredEligible: 5, onContractsOfYear: 5 })).reasons[0]!.text.en).toBe('With 101 staff, the newly hired people of the eligible groups must be 5% of the staff (at least 6); you have 5')
  })

  it('asks the new hires to be on contracts of a year or more, and no arrears', () => {
    expect(codes(enterprise({ total: 50, newlyHiredEligible: 5, onContractsOfYear: 4 }))).toEqual(['ENTERPRISE_CONTRACTS'])
    expect(codes(enterprise({ total: 50, newlyHiredEligible: 5, onContractsOfYear: 5 }, { arrears: true }))).toEqual(['ENTERPRISE_ARREARS'])
    expect(preCheckSchema.safeParse(enterprise({ total: 10, newlyHiredEligible: 11, onContractsOfYear: 0 })).success).toBe(false)
  })
})

describe('the pre-check: amounts, terms, costs', () => {
  it('lends an individual up to ¥300,000 over 36 months, an enterprise ¥4m over 24', () => {
    expect(check(individual())).toMatchObject({ eligible: true, maxAmount: 300_000 * YUAN, maxTermMonths: 36 })
    expect(check(enterprise({ total: 20, newlyHiredEligible: 2, onContractsOfYear: 2 }))).toMatchObject({ maxAmount: 4_000_000 * YUAN, maxTermMonths: 24 })
  })

  it('raises a partnership by 10 % in total over the partners\' individual maximums', () => {
    expect(check(partnership(2, 2_000_000))).toMatchObject({ eligible: true, maxAmount: 660_000 * YUAN, maxTermMonths: 36 }) // 2 × 300k × 1.1
    expect(check(partnership(3, 2_000_000)).maxAmount).toBe(990_000 * YUAN)
    const capped: LoanRuleSet = { ...rules, amounts: { ...rules.amounts, partnership: { upliftBp: 1000, maxTotal: 800_000 * YUAN } } }
    expect(maxAmount('PARTNERSHIP', capped, 3)).toBe(800_000 * YUAN)
  })

  it('estimates the highest rate (LPR + 150 bp), the subsidy (half of it) and the instalment for the amount asked within the maximum', () => {
    const r = check(individual({ amountYuan: 500_000 }))
    expect(r.estimate.rate).toBe(450)
    expect(r.estimate.subsidy).toBe(225)
    const first = repaymentSchedule({ principal: 300_000 * YUAN, annualRateBp: 450, termMonths: 36, firstDueOn: '2026-12-20', method: 'EQUAL_INSTALMENTS' })[0]!
    expect(r.estimate.monthlyRepayment).toBe(first.total)
    expect(r.estimate.monthlyRepayment).toBe(892_408) // ¥8,924.08
    expect(check(individual({ amountYuan: 100_000 })).estimate.monthlyRepayment).toBe(297_469) // a third, rounded to the fen
  })
})

describe('counter-guarantee waivers and documents', () => {
  const required = (form: PreCheckForm) => check(form).counterGuaranteeRequired
  it('waives it for an individual loan up to ¥100,000', () => {
    expect(required(individual({ amountYuan: 100_000 }))).toBe(false)
    expect(required(individual({ amountYuan: 100_000.01 }))).toBe(true)
    expect(required(partnership(2, 100_000))).toBe(true)
  })

  it('waives it on a recommendation, an honour or a credit rating, for the types each applies to', () => {
    for (const w of ['INCUBATOR_RECOMMENDED', 'CREDIT_COMMUNITY', 'HONOUR', 'CREDIT_RATED'] as const) expect(required(individual({ waivers: [w] })), w).toBe(false)
    const firm = enterprise({ total: 20, newlyHiredEligible: 2, onContractsOfYear: 2 })
    expect(required(firm)).toBe(true)
    expect(required({ ...firm, waivers: ['CREDIT_COMMUNITY'] })).toBe(true) // a credit community recommends persons
    expect(required({ ...firm, waivers: ['HONOUR'] })).toBe(false)
  })

  it('lists the documents per applicant type, says which StartHub may hold, and asks counter-guarantee papers only when needed', () => {
    const docs = check(individual({ amountYuan: 200_000, category: 'VETERAN' })).documents
    expect(docs.map(d => d.code)).toEqual(['APPLICATION_FORM', 'ID_CARD', 'SOCIAL_SECURITY_CARD', 'BUSINESS_LICENCE', 'CATEGORY_PROOF', 'TRAINING_CERTIFICATE', 'CREDIT_REPORT', 'COUNTER_GUARANTEE'])
    expect(docs.filter(d => d.heldByPlatform).map(d => d.code)).toEqual(['BUSINESS_LICENCE', 'TRAINING_CERTIFICATE'])
    expect(docs.find(d => d.code === 'CATEGORY_PROOF')!.name['zh-CN']).toBe('身份认定材料：退役证明')
    expect(check(individual({ amountYuan: 50_000 })).documents.map(d => d.code)).not.toContain('COUNTER_GUARANTEE')
    const firmDocs = check(enterprise({ total: 20, newlyHiredEligible: 2, onContractsOfYear: 2 })).documents.map(d => d.code)
    expect(firmDocs).toEqual(['APPLICATION_FORM', 'ID_CARD', 'BUSINESS_LICENCE', 'ENTERPRISE_CREDIT_REPORT', 'STAFF_ROSTER', 'LABOUR_CONTRACTS', 'SOCIAL_INSURANCE_PROOF', 'COUNTER_GUARANTEE'])
  })
})

describe('the pre-check form', () => {
  it('takes yuan with at most two decimals and answers in fen', () => {
    expect(preCheckSchema.parse(individual({ amountYuan: 123_456.78 })).amount).toBe(12_345_678)
    expect(preCheckSchema.safeParse(individual({ amountYuan: 1.234 })).success).toBe(false)
    expect(preCheckSchema.safeParse({ ...individual(), applicantType: 'PARTNERSHIP' }).success).toBe(false) // no partner count
  })
})

describe('ID numbers (GB 11643 check character) and mobile numbers', () => {
  it('accepts valid numbers, an X check character in either case', () => {
    for (const id of ['11010519491231002X', '11010519491231002x', '440524188001010014', '220102199003071235', '22038119920101000X', '22010220000229001X']) expect(isValidIdNumber(id), id).toBe(true)
  })

  it('refuses a wrong check character, an impossible birth date, wrong length or characters', () => {
    for (const id of ['220102199003071234', '110105194912310021', '220102199902301235', '22010219900307123', '2201021990030712355', '22010219900307123A', '020102199003071235']) expect(isValidIdNumber(id), id).toBe(false)
  })

  it('reads the birth date and age', () => {
    expect(birthDateOfIdNumber('220102199003071235')).toBe('1990-03-07')
    expect(ageOn('1990-03-07', '2026-03-06')).toBe(35)
    expect(ageOn('1990-03-07', '2026-03-07')).toBe(36)
  })

  it('knows mainland mobile numbers, with or without +86 and spaces', () => {
    for (const p of ['13812345678', '19912345678', '+86 138 1234 5678', '0086-138-1234-5678']) expect(isMainlandMobile(p), p).toBe(true)
    for (const p of ['12345678901', '1381234567', '138123456789', '043188888888', '+85291234567']) expect(isMainlandMobile(p), p).toBe(false)
    expect(normalizeMobile('+86 138 1234 5678')).toBe('13812345678')
  })
})

describe('the application form', () => {
  const schema = loanApplicationSchema(rules)
  const form = {
    applicantType: 'INDIVIDUAL', category: 'GRADUATE', realName: '张三', idNumber: '22038119920101000x', phone: '+86 138 1234 5678',
    amount: 300_000 * YUAN, termMonths: 36, purpose: '购买咖啡设备和首批原料，支付店面租金',
    business: { legalForm: 'INDIVIDUAL_BUSINESS', name: '长春三号咖啡', address: '长春市朝阳区人民大街 100 号', plannedOn: '2027-03-01', jobsCreated: 3 },
  }
  const messages = (input: unknown) => {
    const r = schema.safeParse(input)
    return r.success ? {} : Object.fromEntries(r.error.issues.map(i => [i.path.join('.'), issueMessage('zh-CN', i as Parameters<typeof issueMessage>[1])]))
  }

  it('accepts a complete application and normalises the ID and phone numbers', () => {
    const a = schema.parse(form)
    expect(a).toMatchObject({ idNumber: '22038119920101000X', phone: '13812345678', business: { openedOn: null, plannedOn: '2027-03-01' } })
    expect(maskedApplicant(a)).toEqual({ realName: '张*', idNumber: '2203**********000X', phone: '138****5678' })
  })

  it('names the limits: the maximum amount in yuan, the longest term, the ID and phone rules', () => {
    expect(messages({ ...form, amount: 300_000 * YUAN + 1, termMonths: 37, idNumber: '220102199003071234', phone: '12345678901' })).toEqual({
      amount: '不能超过 300000 元。',
      termMonths: '最长 36 个月。',
      idNumber: '身份证号码的最后一位（校验码）与前 17 位不符（GB 11643），请逐位核对。',
      phone: '请输入 11 位中国大陆手机号码。',
    })
    // a number that is not of the form at all is named differently from a check-character typo
    expect(messages({ ...form, idNumber: '2201021990' })).toEqual({ idNumber: '请输入有效的 18 位居民身份证号码（最后一位可以是 X）。' })
    expect(messages({ ...form, purpose: '买设备' })).toEqual({ purpose: '至少 10 个字。' })
  })

  it('lets a partnership borrow the raised maximum, and an enterprise only 24 months', () => {
    const partners = [{ realName: '李四', idNumber: '220102199003071235' }, { realName: '王五', idNumber: '220102198506150029' }]
    expect(schema.safeParse({ ...form, applicantType: 'PARTNERSHIP', partners, amount: 990_000 * YUAN }).success).toBe(true)
    expect(messages({ ...form, applicantType: 'PARTNERSHIP', partners, amount: 990_000 * YUAN + 1 })).toEqual({ amount: '不能超过 990000 元。' })
    expect(messages({ ...form, applicantType: 'PARTNERSHIP', partners: [...partners, { realName: '赵六', idNumber: '22038119920101000X' }], amount: 100_000 * YUAN })).toEqual({ 'partners.2.idNumber': '同一个身份证号码不能填写两次。' })
    const firm = { ...form, applicantType: 'ENTERPRISE', staff: { total: 20, newlyHiredEligible: 2, onContractsOfYear: 2 }, arrears: false, amount: 1_000_000 * YUAN }
    expect(messages({ ...firm, termMonths: 36 })).toEqual({ termMonths: '最长 24 个月。' })
  })

  it('names every problem at once: the limits and the dates beside a field left out, and the owner counts as a job', () => {
    const { legalForm: _left, ...business } = form.business
    expect(messages({ ...form, termMonths: 60, business: { ...business, openedOn: '2026-06-01', jobsCreated: 0 } })).toEqual({
      'termMonths': '最长 36 个月。',
      'business.legalForm': '此项为必填项。',
      'business.openedOn': '请填写开业日期或计划开业日期（只填一项）。',
      'business.jobsCreated': '不能小于 1。',
    })
    // a business type outside the list is named with the list
    expect(messages({ ...form, business: { ...form.business, legalForm: 'SHOP' } })['business.legalForm']).toMatch(/^此项只能是以下之一：.*INDIVIDUAL_BUSINESS/)
  })

  it('asks for the opening date or the planned date, not both', () => {
    expect(messages({ ...form, business: { ...form.business, openedOn: '2026-06-01' } })).toEqual({ 'business.openedOn': '请填写开业日期或计划开业日期（只填一项）。' })
    expect(messages({ ...form, business: { ...form.business, plannedOn: null } })).toEqual({ 'business.openedOn': '请填写开业日期或计划开业日期（只填一项）。' })
  })
})

describe('the loan wording', () => {
  const keys = (o: object, prefix = ''): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
  it('has the same keys in Chinese and English, and a refusal text with a next step for every reason', () => {
    expect(keys(enLoans).sort()).toEqual(keys(zhLoans).sort())
    expect(Object.keys(zhLoans.loans.refusal).length).toBe(12)
  })
})
