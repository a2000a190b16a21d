import { z } from 'zod'
import { LEGAL_FORMS } from '../utils/cases'
import type { LegalFormCode } from '../utils/cases'
import { int, oneOf, optionalText, text } from './common'
import {
  BUSINESS_INCOME_DEDUCTION_FEN,
  CORPORATE_INCOME_TAX_BP,
  DEPRECIATION_YEARS,
  FLAT_PERSONAL_TAX_BP,
  INDIVIDUAL_BUSINESS_RELIEF_BP,
  VAT_MONTHLY_EXEMPTION_FEN,
  VAT_RATE_BP,
  VAT_SURCHARGE_BP,
  WORKING_CAPITAL_MONTHS,
} from '../data/plan-defaults'

/**
 * The business plan of a one-stop case (方案设计): the ten sections of the SYB 创业计划书
 * (docs ONE-STOP.md), as the browser form edits it and the server stores it. The financial
 * tables (销售和成本计划, 现金流量计划, …) are not stored: shared/utils/plan.ts computes them.
 *
 * Units: money is integer fen, rates are basis points (1 % = 100 bp), quantities are whole
 * units, months count from 1 (the first month of trading). Arrays "per month" hold month 1 at
 * index 0.
 *
 * One source for each figure: staff wages come from the staff rows, rent from the premises,
 * insurance from the insurance rows, registration from the licence fees (paid once, in month 1),
 * the loan wanted is the loan's amount; the working-capital table shows them, it does not
 * repeat them.
 */

// --- codes ------------------------------------------------------------------------------------

/** 企业类型: 生产制造 / 零售 / 批发 / 服务 / 农业 / 新型产业 / 传统产业 / 其他 */
export const ENTERPRISE_TYPES = ['MANUFACTURING', 'RETAIL', 'WHOLESALE', 'SERVICE', 'AGRICULTURE', 'NEW_INDUSTRY', 'TRADITIONAL_INDUSTRY', 'OTHER'] as const
export type EnterpriseType = (typeof ENTERPRISE_TYPES)[number]

/** 法律形态: the case's legal forms (shared/utils/cases.ts, tied to Prisma's LegalForm) */
export type LegalForm = LegalFormCode

/** 固定资产 kinds: 工具和设备 / 交通工具 / 办公家具和设备 */
export const ASSET_KINDS = ['TOOLS', 'VEHICLES', 'OFFICE'] as const
export type AssetKind = (typeof ASSET_KINDS)[number]

/** 等额本金 / 等额本息 / 按月付息、到期还本 */
export const REPAYMENT_METHODS = ['EQUAL_PRINCIPAL', 'EQUAL_INSTALMENT', 'INTEREST_ONLY'] as const
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number]

/**
 * How the plan estimates 个人所得税 of a business that is not a company: 查账征收 on business
 * income with the yearly brackets, 核定征收 as a flat rate on net sales, or none.
 */
export const PERSONAL_TAX_METHODS = ['BUSINESS_INCOME_BRACKETS', 'FLAT_RATE_ON_SALES', 'NONE'] as const
export type PersonalTaxMethod = (typeof PERSONAL_TAX_METHODS)[number]

export const PLAN_HORIZONS = [12, 24] as const
export type PlanHorizon = (typeof PLAN_HORIZONS)[number]

/** The project library's categories, each with typical equipment (shared/data/plan-defaults.ts). */
export const PLAN_CATEGORY_CODES = [
  'food-snacks', 'agri-ecommerce', 'rural-tourism', 'ice-snow-tourism', 'ginseng-forest', 'specialty-farming',
  'korean-food', 'housekeeping', 'elderly-childcare', 'community-retail', 'auto-services', 'crafts', 'education-training',
] as const
export type PlanCategoryCode = (typeof PLAN_CATEGORY_CODES)[number]

/** Sizes of the lists and the largest figures (fen); chosen so every total stays an exact integer. */
export const PLAN_LIMITS = {
  maxHorizon: 24,
  competitors: 10,
  staff: 30,
  licences: 20,
  insurance: 10,
  fixedAssets: 50,
  products: 20,
  /** one monthly cost, one wage, one fee: ¥10,000,000 */
  amount: 1_000_000_000,
  /** a unit price or cost of a product: ¥1,000,000 */
  unitPrice: 100_000_000,
  /** units of one product sold in one month */
  quantity: 100_000,
  /** units of one fixed asset */
  assetQuantity: 1_000,
  /** a loan or a funding source: ¥100,000,000 */
  funding: 10_000_000_000,
  /** the interest rate of a loan: 50 % a year */
  loanRateBp: 5_000,
  loanTermMonths: 120,
} as const

// --- field builders -----------------------------------------------------------------------------

/** An amount in fen, 0..max; the messages name the limit in yuan. */
export function fen(max: number = PLAN_LIMITS.amount) {
  return z.number({ error: 'validation.invalid' }).int('validation.invalid')
    .min(0, 'validation.minAmount').max(max, 'validation.maxAmount')
}

/** A rate in basis points, 0..max; the messages name the limit in per cent. */
export function basisPoints(max = 10_000) {
  return z.number({ error: 'validation.invalid' }).int('validation.invalid')
    .min(0, 'validation.minPercent').max(max, 'validation.maxPercent')
}

const score = int(1, 5)
const note = (max: number) => optionalText(max, { multiline: true })
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item, { error: 'validation.invalid' }).max(max, 'validation.maxItems').default([])
const perMonth = (item: z.ZodType<number>) => z.array(item, { error: 'validation.invalid' }).max(PLAN_LIMITS.maxHorizon, 'validation.maxItems').default([])

// --- sections -----------------------------------------------------------------------------------

/** 1. 企业概况 */
export const planOverviewSchema = z.object({
  enterpriseName: optionalText(60),
  /** 主要经营范围 */
  businessScope: text(4, 500, { multiline: true }),
  enterpriseType: oneOf(ENTERPRISE_TYPES),
})

/** 2. 创业计划作者的个人情况 */
export const planFounderSchema = z.object({
  /** 以往相关经验 */
  experience: note(2000),
  /** 教育背景 / 所学相关课程 */
  education: note(1000),
})

export const planCompetitorSchema = z.object({
  name: text(1, 60),
  strengths: note(300),
  /** 1 (weak) .. 5 (strong) */
  strengthScore: score,
  weaknesses: note(300),
  weaknessScore: score,
})

/** 3. 市场评估 */
export const planMarketSchema = z.object({
  targetCustomers: note(1000),
  /** 市场容量或预计市场占有率 */
  marketSize: note(1000),
  /** 市场容量的变化趋势 */
  trend: note(1000),
  competitors: list(planCompetitorSchema, PLAN_LIMITS.competitors),
  /** 本企业相对于竞争对手的主要优势 / 劣势 */
  ownStrengths: note(1000),
  ownWeaknesses: note(1000),
})

/** 4. 市场营销计划 */
export const planMarketingSchema = z.object({
  /** 产品或服务的主要特征 */
  product: note(1000),
  price: z.object({
    costPrice: fen(PLAN_LIMITS.unitPrice),
    salePrice: fen(PLAN_LIMITS.unitPrice),
    competitorPrice: fen(PLAN_LIMITS.unitPrice).nullable().default(null),
    /** 折扣销售 */
    discount: note(300),
    /** 赊账销售 (terms; the share of credit sales is cashflow.creditSalesShareBp) */
    creditSales: note(300),
  }),
  place: z.object({
    address: optionalText(200),
    /** m² */
    areaSqm: int(0, 100_000),
    /** 租金 per month (the working capital's rent) */
    monthlyRent: fen(),
    /** 选址理由 */
    reason: note(500),
    /** 销售方式 (直接卖给最终顾客 / 通过零售商 / 批发商 …) */
    salesChannel: note(300),
  }),
  promotion: note(1000),
})

export const planStaffSchema = z.object({
  role: text(1, 40),
  count: int(1, 100).default(1),
  monthlyWage: fen(),
})

export const planLicenceSchema = z.object({
  name: text(1, 60),
  /** paid once, in month 1 (登记注册) */
  fee: fen(),
})

export const planInsuranceSchema = z.object({
  name: text(1, 60),
  monthlyPremium: fen(),
})

/** 5. 企业组织结构 */
export const planOrganisationSchema = z.object({
  legalForm: oneOf(LEGAL_FORMS),
  staff: list(planStaffSchema, PLAN_LIMITS.staff),
  licences: list(planLicenceSchema, PLAN_LIMITS.licences),
  insurance: list(planInsuranceSchema, PLAN_LIMITS.insurance),
})

/** 6. 固定资产: bought before opening, paid in month 1. */
export const planFixedAssetSchema = z.object({
  name: text(1, 60),
  kind: oneOf(ASSET_KINDS),
  quantity: int(1, PLAN_LIMITS.assetQuantity),
  unitPrice: fen(),
  supplier: optionalText(100),
})

/** 7. 流动资金(月): the monthly costs a person types; the other rows come from their sections. */
export const planWorkingCapitalSchema = z.object({
  /** 原材料和包装 held in stock (the month's material cost in the plan comes from the products) */
  materials: fen(),
  /** 业主工资 */
  ownerWage: fen(),
  marketing: fen(),
  /** 公用事业费 (water, power, phone, internet) */
  utilities: fen(),
  maintenance: fen(),
  other: fen(),
})

/** 8. 销售收入预测: one row per product or service. */
export const planProductSchema = z.object({
  name: text(1, 40),
  /** 平均单价, VAT included */
  unitPrice: fen(PLAN_LIMITS.unitPrice),
  /** material cost of one unit (原材料) */
  unitCost: fen(PLAN_LIMITS.unitPrice),
  /** units sold per month, one for each month of the horizon */
  quantities: perMonth(int(0, PLAN_LIMITS.quantity)),
})

export const planLoanSchema = z.object({
  /** 0: no loan */
  amount: fen(PLAN_LIMITS.funding).default(0),
  /** the month the money arrives; repayments start the month after */
  month: int(1, PLAN_LIMITS.maxHorizon).default(1),
  annualRateBp: basisPoints(PLAN_LIMITS.loanRateBp).default(0),
  termMonths: int(1, PLAN_LIMITS.loanTermMonths).default(12),
  repayment: oneOf(REPAYMENT_METHODS).default('INTEREST_ONLY'),
})

/** 启动资金来源: own money and family money come in as 业主投资 in month 1, other money as 其他. */
export const planFundingSchema = z.object({
  own: fen(PLAN_LIMITS.funding).default(0),
  family: fen(PLAN_LIMITS.funding).default(0),
  other: fen(PLAN_LIMITS.funding).default(0),
  loan: planLoanSchema.prefault({}),
})

/** Inputs of the 现金流量计划 beyond the other sections. */
export const planCashflowSchema = z.object({
  /** cash the business has before month 1, besides the funding */
  openingCash: fen(PLAN_LIMITS.funding).default(0),
  /** share of sales sold on credit (赊销), collected the month after */
  creditSalesShareBp: basisPoints().default(0),
  /** share of material purchases bought on credit (赊购), paid the month after */
  creditPurchaseShareBp: basisPoints().default(0),
  /** more owner investment (业主投资) per month, on top of the funding of month 1 */
  additionalOwnerInvestment: perMonth(fen(PLAN_LIMITS.funding)),
  /** other income (其他, e.g. a subsidy) per month */
  otherIncome: perMonth(fen(PLAN_LIMITS.funding)),
})

/** The assumptions of the plan, copied from shared/data/plan-defaults.ts, editable and printed. */
export const planAssumptionsSchema = z.object({
  /** 增值税 rate (price includes VAT) */
  vatRateBp: basisPoints(2_000).default(VAT_RATE_BP.value),
  /** monthly sales excluding VAT up to which no VAT is due (0: none exempt) */
  vatMonthlyExemption: fen(PLAN_LIMITS.funding).default(VAT_MONTHLY_EXEMPTION_FEN.value),
  /** 附加税费 as a share of the VAT */
  vatSurchargeBp: basisPoints(2_000).default(VAT_SURCHARGE_BP.value),
  /** 企业所得税 rate, companies only */
  corporateIncomeTaxBp: basisPoints(5_000).default(CORPORATE_INCOME_TAX_BP.value),
  /** 个人所得税 of non-company forms */
  personalTaxMethod: oneOf(PERSONAL_TAX_METHODS).default('BUSINESS_INCOME_BRACKETS'),
  /** yearly 减除费用 under the brackets */
  personalTaxDeduction: fen(PLAN_LIMITS.funding).default(BUSINESS_INCOME_DEDUCTION_FEN.value),
  /** relief on the 个体工商户's tax (减半: 5000) */
  individualBusinessReliefBp: basisPoints().default(INDIVIDUAL_BUSINESS_RELIEF_BP.value),
  /** rate of the flat method, on net sales */
  personalTaxFlatBp: basisPoints(2_000).default(FLAT_PERSONAL_TAX_BP.value),
  depreciationYears: z.object({
    TOOLS: int(1, 50).default(DEPRECIATION_YEARS.value.TOOLS),
    VEHICLES: int(1, 50).default(DEPRECIATION_YEARS.value.VEHICLES),
    OFFICE: int(1, 50).default(DEPRECIATION_YEARS.value.OFFICE),
  }).prefault({}),
})
export type PlanAssumptions = z.infer<typeof planAssumptionsSchema>

// --- the plan -----------------------------------------------------------------------------------

export const businessPlanSchema = z.object({
  /** the schema's version, for stored plans */
  schemaVersion: z.literal(1).default(1),
  horizonMonths: z.literal(PLAN_HORIZONS, { error: 'validation.invalid' }).default(12),
  /** N in 启动资金 = 固定资产 + N 个月流动资金 */
  workingCapitalMonths: int(1, 12).default(WORKING_CAPITAL_MONTHS.value),
  overview: planOverviewSchema,
  founder: planFounderSchema.prefault({}),
  market: planMarketSchema.prefault({}),
  marketing: planMarketingSchema,
  organisation: planOrganisationSchema,
  fixedAssets: list(planFixedAssetSchema, PLAN_LIMITS.fixedAssets),
  workingCapital: planWorkingCapitalSchema,
  sales: z.object({ products: list(planProductSchema, PLAN_LIMITS.products) }).prefault({}),
  funding: planFundingSchema.prefault({}),
  cashflow: planCashflowSchema.prefault({}),
  assumptions: planAssumptionsSchema.prefault({}),
}).superRefine((plan, ctx) => {
  const months = plan.horizonMonths
  plan.sales.products.forEach((p, i) => {
    if (p.quantities.length !== months) {
      ctx.addIssue({ code: 'too_small', origin: 'array', minimum: months, inclusive: true, message: 'validation.monthsRequired', path: ['sales', 'products', i, 'quantities'] })
    }
  })
  for (const key of ['additionalOwnerInvestment', 'otherIncome'] as const) {
    if (plan.cashflow[key].length > months) {
      ctx.addIssue({ code: 'too_big', origin: 'array', maximum: months, inclusive: true, message: 'validation.maxItems', path: ['cashflow', key] })
    }
  }
  if (plan.funding.loan.amount > 0 && plan.funding.loan.month > months) {
    ctx.addIssue({ code: 'too_big', origin: 'number', maximum: months, inclusive: true, message: 'validation.maxValue', path: ['funding', 'loan', 'month'] })
  }
})

export type BusinessPlan = z.infer<typeof businessPlanSchema>
/** What the form holds before parsing (defaults not yet applied). */
export type BusinessPlanInput = z.input<typeof businessPlanSchema>
export type PlanFixedAsset = BusinessPlan['fixedAssets'][number]
export type PlanProduct = BusinessPlan['sales']['products'][number]
export type PlanLoan = BusinessPlan['funding']['loan']
