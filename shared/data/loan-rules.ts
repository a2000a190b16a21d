import type { ApplicantType, Bilingual, ExistingLoanKind, LoanStepCode, WaiverCode } from '../utils/loan-codes'
import { zonedDate } from '../utils/zoned-time'

/**
 * The rules of guaranteed start-up loans (创业担保贷款) as data: every figure officials change
 * lives here, with its source and the day it took effect, never as a constant in code. A rule
 * set is versioned; an application is judged by the set in force on the day it was submitted
 * (`rulesInForceOn`). When the rules move into the database, rows of this shape are passed in
 * the same way.
 *
 * Units: money in fen (1 yuan = 100 fen), rates and shares in basis points (1 bp = 0.01 %;
 * 10 000 bp = 100 %), time limits in working days (shared/utils/working-days.ts).
 */
export interface LoanCategory {
  code: string
  name: Bilingual
  /** what proves it (身份认定) */
  proof: Bilingual
}

export type PlatformSource = 'CASE_OPENING' | 'TRAINING'

export interface LoanDocument {
  code: string
  name: Bilingual
  /** the applicant types that give it */
  for: readonly ApplicantType[]
  /** only when a counter-guarantee is required */
  withCounterGuarantee?: boolean
  /** StartHub may hold it already, and from where: the case's recorded opening, StartHub training */
  heldFrom: PlatformSource | null
  /** reviewers whose step does not need it and who never receive it (a guarantor never sees a scan that shows the full ID number) */
  hiddenFrom?: readonly ('GUARANTOR' | 'BANK')[]
}

export interface CounterGuaranteeWaiver {
  code: WaiverCode
  name: Bilingual
  for: readonly ApplicantType[]
  /** waived only up to this amount (fen) */
  maxAmount?: number
}

export interface LoanRuleSet {
  version: string
  /** YYYY-MM-DD, Beijing */
  effectiveFrom: string
  source: string
  sample: boolean
  /** city codes the set applies to; null: every city of the programme */
  cities: readonly string[] | null
  /** the persons who qualify (个人创业担保贷款对象) */
  categories: readonly LoanCategory[]
  /** age on the day of applying, both ends included */
  age: { min: number, max: number, for: readonly ApplicantType[] }
  /** loans the borrower and spouse may have besides this one */
  otherLoans: { allowed: readonly ExistingLoanKind[], for: readonly ApplicantType[] }
  /** small and micro enterprises: newly hired people of the categories, on contracts of minContractYears, as a share of all staff */
  enterprise: { newHireShareBp: number, largeAbove: number, largeNewHireShareBp: number, minContractYears: number, noArrears: boolean }
  /** maximum amounts, fen. Partnership: the individual maximum × eligible partners, raised by upliftBp in total, at most maxTotal */
  amounts: { individual: number, partnership: { upliftBp: number, maxTotal: number | null }, enterprise: number }
  /** maximum terms in months */
  terms: Readonly<Record<ApplicantType, number>>
  /** the rate may be at most the LPR of this tenor + maxSpreadBp */
  rate: { lprTenor: '1Y' | '5Y', maxSpreadBp: number }
  /** the interest subsidy (贴息): this share of the interest at the actual rate; none on overdue days, penalty interest or an extension */
  subsidy: { shareBp: number }
  counterGuarantee: { waivers: readonly CounterGuaranteeWaiver[] }
  /** earlier guaranteed start-up loans: at most `max` in a lifetime (this one included), none overdue or unpaid */
  earlierLoans: { max: number, noneOverdue: boolean }
  extension: { maxCount: number, maxMonths: number, subsidised: boolean }
  /** working days per review step, and the whole path's target (submission to payout) */
  timeLimits: Readonly<Record<LoanStepCode, number>> & { wholePath: number }
  /** approvals of more than `aboveAmount` (fen) on these steps need a second officer (maker-checker) */
  makerChecker: { aboveAmount: number, steps: readonly LoanStepCode[] }
  documents: readonly LoanDocument[]
  /** what a return may name besides the documents (一次性告知 checklist) */
  returnItems: readonly { code: string, name: Bilingual }[]
}

const YUAN = 100
const ALL: readonly ApplicantType[] = ['INDIVIDUAL', 'PARTNERSHIP', 'ENTERPRISE']
const PERSONS: readonly ApplicantType[] = ['INDIVIDUAL', 'PARTNERSHIP']

/** Seeded from ../shared/docs/ONE-STOP.md; sample data until checked against Jilin's text. */
const JILIN_SAMPLE: LoanRuleSet = {
  version: 'jilin-2025-12-sample',
  effectiveFrom: '2025-12-10',
  source: '样例数据，取自 ONE-STOP.md 汇总的全国口径（财金〔2023〕75号时期）及吉林省 2025-12-10 文本，未核对原文 / sample figures from ONE-STOP.md (national rules of the 财金〔2023〕75号 era, Jilin text of 2025-12-10), not checked against the originals',
  sample: true,
  cities: null,
  categories: [
    { code: 'UNEMPLOYED', name: { 'zh-CN': '城镇登记失业人员', 'en': 'Registered urban unemployed' }, proof: { 'zh-CN': '就业创业证（失业登记）', 'en': 'Employment and Entrepreneurship Certificate (unemployment registration)' } },
    { code: 'HARD_TO_EMPLOY', name: { 'zh-CN': '就业困难人员（含残疾人）', 'en': 'People with employment difficulties (incl. disabled people)' }, proof: { 'zh-CN': '就业困难人员认定证明或残疾人证', 'en': 'Certificate of employment difficulty or disability card' } },
    { code: 'VETERAN', name: { 'zh-CN': '复员转业退役军人', 'en': 'Demobilised and retired military personnel' }, proof: { 'zh-CN': '退役证明', 'en': 'Discharge certificate' } },
    { code: 'FORMER_PRISONER', name: { 'zh-CN': '刑满释放人员', 'en': 'People released after serving a sentence' }, proof: { 'zh-CN': '释放证明书', 'en': 'Release certificate' } },
    { code: 'GRADUATE', name: { 'zh-CN': '高校毕业生（含大学生村官和留学回国学生）', 'en': 'University graduates (incl. college-graduate village officials and returned students)' }, proof: { 'zh-CN': '毕业证书（留学回国人员为学历学位认证书）', 'en': 'Graduation certificate (returned students: degree verification)' } },
    { code: 'OVERCAPACITY_WORKER', name: { 'zh-CN': '化解过剩产能企业职工和失业人员', 'en': 'Workers and unemployed of enterprises cutting overcapacity' }, proof: { 'zh-CN': '企业出具的分流安置证明', 'en': 'Redeployment certificate from the enterprise' } },
    { code: 'RETURNING_MIGRANT', name: { 'zh-CN': '返乡创业农民工', 'en': 'Migrant workers returning home to start a business' }, proof: { 'zh-CN': '户籍证明及外出务工证明', 'en': 'Household registration and proof of work away from home' } },
    { code: 'ONLINE_MERCHANT', name: { 'zh-CN': '网络商户', 'en': 'Online merchants' }, proof: { 'zh-CN': '网络平台实名注册及经营证明', 'en': 'Real-name registration and trading record on the online platform' } },
    { code: 'POVERTY_ALLEVIATED', name: { 'zh-CN': '脱贫人口', 'en': 'People lifted out of poverty' }, proof: { 'zh-CN': '乡镇出具的脱贫人口身份证明', 'en': 'Certificate from the township' } },
    { code: 'RURAL_ENTREPRENEUR', name: { 'zh-CN': '农村自主创业农民', 'en': 'Rural residents starting their own business' }, proof: { 'zh-CN': '农村户籍证明', 'en': 'Rural household registration' } },
  ],
  age: { min: 18, max: 60, for: PERSONS },
  otherLoans: { allowed: ['STUDENT', 'HOUSING', 'CAR', 'SMALL_CONSUMER'], for: PERSONS },
  enterprise: { newHireShareBp: 1000, largeAbove: 100, largeNewHireShareBp: 500, minContractYears: 1, noArrears: true },
  amounts: { individual: 300_000 * YUAN, partnership: { upliftBp: 1000, maxTotal: null }, enterprise: 4_000_000 * YUAN },
  terms: { INDIVIDUAL: 36, PARTNERSHIP: 36, ENTERPRISE: 24 },
  rate: { lprTenor: '1Y', maxSpreadBp: 150 },
  subsidy: { shareBp: 5000 },
  counterGuarantee: {
    waivers: [
      { code: 'SMALL_AMOUNT', name: { 'zh-CN': '个人贷款 10 万元及以下', 'en': 'Individual loan of ¥100,000 or less' }, for: ['INDIVIDUAL'], maxAmount: 100_000 * YUAN },
      { code: 'INCUBATOR_RECOMMENDED', name: { 'zh-CN': '国家级创业孵化示范基地推荐的项目', 'en': 'Project recommended by a national start-up incubation base' }, for: ALL },
      { code: 'CREDIT_COMMUNITY', name: { 'zh-CN': '信用社区推荐', 'en': 'Recommended by a credit community (信用社区)' }, for: PERSONS },
      { code: 'HONOUR', name: { 'zh-CN': '获得市级以上荣誉称号', 'en': 'Holder of a city-level or higher honour' }, for: ALL },
      { code: 'CREDIT_RATED', name: { 'zh-CN': '经信用评级的小微企业、个体工商户、家庭农场', 'en': 'Credit-rated small firm, individual business or family farm' }, for: ALL },
    ],
  },
  earlierLoans: { max: 3, noneOverdue: true },
  extension: { maxCount: 1, maxMonths: 12, subsidised: false },
  timeLimits: { ELIGIBILITY: 7, NOTICE: 5, GUARANTOR: 3, BANK: 5, wholePath: 15 },
  makerChecker: { aboveAmount: 200_000 * YUAN, steps: ['ELIGIBILITY'] },
  documents: [
    { code: 'APPLICATION_FORM', name: { 'zh-CN': '创业担保贷款申请表', 'en': 'Loan application form' }, for: ALL, heldFrom: null },
    { code: 'ID_CARD', name: { 'zh-CN': '居民身份证（合伙创业为每位合伙人，企业为法定代表人）', 'en': 'ID card (each partner; for an enterprise, its legal representative)' }, for: ALL, heldFrom: null, hiddenFrom: ['GUARANTOR'] },
    { code: 'SOCIAL_SECURITY_CARD', name: { 'zh-CN': '社会保障卡（贷款发放至该卡）', 'en': 'Social-security card (the loan is paid to it)' }, for: PERSONS, heldFrom: null, hiddenFrom: ['GUARANTOR'] },
    { code: 'BUSINESS_LICENCE', name: { 'zh-CN': '营业执照', 'en': 'Business licence' }, for: ALL, heldFrom: 'CASE_OPENING' },
    { code: 'CATEGORY_PROOF', name: { 'zh-CN': '身份认定材料', 'en': 'Proof of category' }, for: PERSONS, heldFrom: null, hiddenFrom: ['GUARANTOR', 'BANK'] },
    { code: 'TRAINING_CERTIFICATE', name: { 'zh-CN': '创业培训合格证书', 'en': 'Start-up training certificate' }, for: PERSONS, heldFrom: 'TRAINING' },
    { code: 'CREDIT_REPORT', name: { 'zh-CN': '借款人及配偶的个人信用报告', 'en': 'Credit reports of the borrower and spouse' }, for: PERSONS, heldFrom: null },
    { code: 'ENTERPRISE_CREDIT_REPORT', name: { 'zh-CN': '企业信用报告', 'en': 'Credit report of the enterprise' }, for: ['ENTERPRISE'], heldFrom: null },
    { code: 'STAFF_ROSTER', name: { 'zh-CN': '职工花名册及新招用人员身份认定材料', 'en': 'Staff list and proof of category of the new hires' }, for: ['ENTERPRISE'], heldFrom: null },
    { code: 'LABOUR_CONTRACTS', name: { 'zh-CN': '新招用人员一年以上劳动合同', 'en': 'Labour contracts of one year or more of the new hires' }, for: ['ENTERPRISE'], heldFrom: null },
    { code: 'SOCIAL_INSURANCE_PROOF', name: { 'zh-CN': '社会保险缴费证明（无拖欠）', 'en': 'Social-insurance payment record (no arrears)' }, for: ['ENTERPRISE'], heldFrom: null },
    { code: 'COUNTER_GUARANTEE', name: { 'zh-CN': '反担保材料', 'en': 'Counter-guarantee papers' }, for: ALL, withCounterGuarantee: true, heldFrom: null },
  ],
  returnItems: [
    { code: 'INFO_MISMATCH', name: { 'zh-CN': '填写的信息与材料不一致', 'en': 'What was entered does not match the documents' } },
    { code: 'ILLEGIBLE', name: { 'zh-CN': '材料不清晰', 'en': 'A document cannot be read' } },
    { code: 'SIGNATURE', name: { 'zh-CN': '缺少签字或盖章', 'en': 'A signature or seal is missing' } },
    { code: 'OTHER', name: { 'zh-CN': '其他（见说明）', 'en': 'Other (see the note)' } },
  ],
}

export const LOAN_RULE_SETS: readonly LoanRuleSet[] = [JILIN_SAMPLE]

/**
 * The loan prime rate (贷款市场报价利率, LPR), published by the National Interbank Funding Center on
 * the 20th of each month. A fixing stays in force until the next one.
 */
export interface LprFixing {
  /** YYYY-MM-DD */
  publishedOn: string
  oneYearBp: number
  fiveYearBp: number
  source: string
  sample: boolean
}

export const LPR_FIXINGS: readonly LprFixing[] = [
  {
    publishedOn: '2025-05-20',
    oneYearBp: 300,
    fiveYearBp: 350,
    source: '全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）：1年期 3.0%，5年期以上 3.5%（2025年5月20日）；此后的报价未在此核对 / later fixings not checked here',
    sample: true,
  },
]

const dayOf = (date: string | Date) => (typeof date === 'string' ? date : zonedDate(date))

/**
 * The rule set in force on a day (a Beijing calendar day, or an instant): the one with the latest
 * `effectiveFrom` on or before it (of two with the same day, the later in the list). Null before
 * the first.
 */
export function rulesInForceOn(date: string | Date, ruleSets: readonly LoanRuleSet[]): LoanRuleSet | null {
  const day = dayOf(date)
  let best: LoanRuleSet | null = null
  for (const r of ruleSets) if (r.effectiveFrom <= day && (!best || r.effectiveFrom >= best.effectiveFrom)) best = r
  return best
}

/** The LPR fixing in force on a day: the latest published on or before it; null before the first. */
export function lprOn(date: string | Date, fixings: readonly LprFixing[]): LprFixing | null {
  const day = dayOf(date)
  let best: LprFixing | null = null
  for (const f of fixings) if (f.publishedOn <= day && (!best || f.publishedOn >= best.publishedOn)) best = f
  return best
}

/** The LPR of the tenor a rule set names. */
export function lprBp(fixing: LprFixing, tenor: LoanRuleSet['rate']['lprTenor']): number {
  return tenor === '1Y' ? fixing.oneYearBp : fixing.fiveYearBp
}
