import {
  BUSINESS_INCOME_BRACKETS,
  CATEGORY_PLAN_PROFILES,
  INDIVIDUAL_BUSINESS_RELIEF_CAP_FEN,
  OWNER_WAGE_FEN,
} from '../data/plan-defaults'
import type { CostShares, TaxBracket } from '../data/plan-defaults'
import { PLAN_CATEGORY_CODES, planAssumptionsSchema } from '../schemas/plan'
import { LEGAL_FORMS } from './cases'
import type { AssetKind, BusinessPlan, LegalForm, PlanCategoryCode, PlanFixedAsset, PlanLoan } from '../schemas/plan'

/**
 * The financial tables of a business plan (SYB 创业计划书), computed from what the person typed.
 * Pure: no I/O, no clock; the same plan gives the same figures in the form, on save and in the
 * PDF and spreadsheet.
 *
 * Rounding rule: every figure is an integer number of fen. A cell that needs a division or a
 * rate (depreciation, VAT, surcharges, credit shares, interest, income taxes) is rounded once,
 * half up (half away from zero), to the fen, where it arises; every total and every difference is
 * the exact integer sum of the rounded cells shown, never re-rounded from unrounded figures. A cell
 * split in two (cash and credit sales, cash and credit purchases) rounds one part and gives the
 * other the remainder, so the parts add up to the whole; the last depreciation month of an asset
 * and the last repayment of a loan take what is left, so nothing is lost to rounding.
 *
 * Conventions (printed with the plan):
 * - Prices include VAT; 流转税 = VAT (price × rate ÷ (1 + rate)) + surcharges on it; no VAT in a
 *   month whose sales excluding VAT stay within the exemption.
 * - Monthly costs are the same every month; licence fees (登记注册) and the fixed assets (设备) are
 *   paid in month 1; material cost (原材料) is what the month's sales used (quantity × unit cost).
 * - Depreciation: straight line without residual value, from month 1, per kind's years.
 * - Loans: the money arrives in its month; interest (balance × annual rate ÷ 12) and principal are
 *   paid from the month after.
 * - Income taxes are prepaid monthly on the cumulative profit of each plan year (months 1–12,
 *   13–24), never refunded within the plan: a company pays 企业所得税 on its profit; the other
 *   forms pay 个人所得税 on business income, the owner's wage added back (it is not deductible),
 *   less the yearly deduction (pro rata), with the 个体工商户 relief. Taxes are paid in the month
 *   they arise.
 * - Credit sales are collected, and credit purchases paid, the month after.
 * - Depreciation is a cost, never a cash outflow.
 */

// --- rounding -----------------------------------------------------------------------------------

/** a × b ÷ c, rounded half away from zero, exact for any safe integers (c ≠ 0). */
export function mulDivRound(a: number, b: number, c: number): number {
  const p = a * b
  if (Number.isSafeInteger(p) && Number.isSafeInteger(c)) return divRound(p, c)
  let n = BigInt(a) * BigInt(b)
  let d = BigInt(c)
  if (d < 0n) {
    n = -n
    d = -d
  }
  const neg = n < 0n
  const q = ((neg ? -n : n) * 2n + d) / (2n * d)
  return Number(neg ? -q : q)
}

/** p ÷ c rounded half away from zero (p, c safe integers, c ≠ 0). */
export function divRound(p: number, c: number): number {
  if (c < 0) return divRound(-p, -c)
  const ap = Math.abs(p)
  let q = Math.floor(ap / c)
  let r = ap - q * c
  while (r < 0) {
    q -= 1
    r += c
  }
  while (r >= c) {
    q += 1
    r -= c
  }
  if (2 * r >= c) q += 1
  return p < 0 ? -q : q
}

// --- the result ---------------------------------------------------------------------------------

/** One row of a monthly table: month 1 at index 0, and its total (合计). */
export interface PlanRow {
  months: number[]
  total: number
}

export interface FixedAssetLine extends PlanFixedAsset {
  /** quantity × unit price (总费用) */
  value: number
  years: number
  /** the regular monthly charge; the last month of an asset takes what is left */
  monthlyDepreciation: number
  /** what the first twelve months charge (twelve regular charges, or the whole value of a one-year asset) */
  yearlyDepreciation: number
  depreciation: number[]
}

export interface DepreciationSummary {
  value: number
  yearly: number
  monthly: number
}

/** The rows of the working-capital table (流动资金(月)), in their printed order. */
export const WORKING_CAPITAL_ROWS = ['materials', 'ownerWage', 'staffWages', 'rent', 'marketing', 'utilities', 'maintenance', 'insurance', 'other'] as const
export type WorkingCapitalRow = (typeof WORKING_CAPITAL_ROWS)[number]

export type WorkingCapitalTable = Record<WorkingCapitalRow, number> & {
  /** one month of working capital */
  monthlyTotal: number
  /** N */
  months: number
  /** N × monthlyTotal */
  total: number
  /** licence fees, paid once */
  registration: number
}

export interface StartUpMoney {
  fixedAssets: number
  workingCapital: number
  registration: number
  /** 启动资金 = 固定资产 + N 个月流动资金 + 登记注册 */
  total: number
  funding: { own: number, family: number, loan: number, other: number, total: number }
  /** money still to be found (0 when the funding covers the start-up money) */
  gap: number
  surplus: number
}

export interface ProductForecast {
  name: string
  unitPrice: number
  unitCost: number
  quantity: PlanRow
  revenue: PlanRow
  cost: PlanRow
}

/** The cost rows of the 销售和成本计划, in their printed order. */
export const SALES_COST_COST_ROWS = ['ownerWage', 'staffWages', 'rent', 'marketing', 'utilities', 'maintenance', 'depreciation', 'interest', 'insurance', 'registration', 'materials', 'other'] as const
/** Every row of the 销售和成本计划, in order. */
export const SALES_COST_ROWS = ['grossRevenue', 'vat', 'surcharge', 'turnoverTax', 'netRevenue', ...SALES_COST_COST_ROWS, 'totalCost', 'profit', 'corporateIncomeTax', 'personalIncomeTax', 'netIncome'] as const
export type SalesCostRow = (typeof SALES_COST_ROWS)[number]

export const CASHFLOW_INFLOW_ROWS = ['cashSales', 'creditCollections', 'loan', 'ownerInvestment', 'otherIncome'] as const
export const CASHFLOW_OUTFLOW_ROWS = ['cashPurchases', 'creditPurchases', 'wages', 'rent', 'marketing', 'utilities', 'maintenance', 'interest', 'principal', 'insurance', 'registration', 'equipment', 'other', 'taxes'] as const
/** Every row of the 现金流量计划, in order. `opening` totals to month 1's, `closing` to the last month's. */
export const CASHFLOW_ROWS = ['opening', ...CASHFLOW_INFLOW_ROWS, 'available', ...CASHFLOW_OUTFLOW_ROWS, 'totalOut', 'closing'] as const
export type CashflowRow = (typeof CASHFLOW_ROWS)[number]

export interface LoanSchedule {
  amount: number
  month: number
  interest: PlanRow
  principal: PlanRow
  /** balance at the end of each month */
  balance: number[]
  balanceAtEnd: number
}

export type PlanWarningCode
  = | 'negativeCash'
    | 'breakEven'
    | 'noBreakEven'
    | 'payback'
    | 'noPayback'
    | 'paybackLonger'
    | 'ownerWageBelowMinimum'
    | 'loanRepaymentUncovered'
    | 'fundingGap'
    | 'loanOutstanding'

/**
 * Something a person can act on, pointing at the cell that causes it. `cell` is a stable path:
 * `<table>.<row>.<month>` for a monthly cell (month from 1, `total` for the 合计 column), or the
 * path of a one-figure cell (`startUp.gap`) or of the plan's own field (`workingCapital.ownerWage`).
 */
export interface PlanWarning {
  code: PlanWarningCode
  severity: 'info' | 'warning'
  month?: number
  /** fen, or months for payback */
  amount?: number
  /** the figure it was compared with (minimum wage in fen, the project's payback in months) */
  limit?: number
  cell: string
}

export interface PlanFinancials {
  horizonMonths: number
  fixedAssets: {
    rows: FixedAssetLine[]
    byKind: Record<AssetKind, DepreciationSummary & { years: number }>
    total: DepreciationSummary
    depreciation: PlanRow
  }
  workingCapital: WorkingCapitalTable
  startUp: StartUpMoney
  sales: { products: ProductForecast[], revenue: PlanRow, materials: PlanRow }
  salesCost: Record<SalesCostRow, PlanRow>
  cashflow: Record<CashflowRow, PlanRow> & {
    /** credit sales of the last month, collected after the plan */
    receivablesAtEnd: number
    /** credit purchases of the last month, paid after the plan */
    payablesAtEnd: number
  }
  loan: LoanSchedule
  indicators: {
    breakEvenMonth: number | null
    paybackMonth: number | null
    firstNegativeCash: { month: number, amount: number } | null
    lowestCash: { month: number, amount: number }
  }
  warnings: PlanWarning[]
}

export interface PlanContext {
  /** the city's minimum monthly wage, fen */
  minimumMonthlyWage?: number
  /** the library project's payback period, months */
  projectPaybackMonths?: number
}

// --- helpers ------------------------------------------------------------------------------------

function row(months: number[]): PlanRow {
  let total = 0
  for (const v of months) total += v
  return { months, total }
}

function constant(h: number, v: number): PlanRow {
  return { months: new Array<number>(h).fill(v), total: v * h }
}

function firstMonth(h: number, v: number): PlanRow {
  const months = new Array<number>(h).fill(0)
  if (h > 0) months[0] = v
  return { months, total: v }
}

function zeros(h: number): number[] {
  return new Array<number>(h).fill(0)
}

/** Straight-line depreciation by month over `years`; the last month of the life takes what is left. */
function depreciate(value: number, years: number, horizon: number): { monthly: number, yearly: number, schedule: number[] } {
  const life = years * 12
  const monthly = divRound(value, life)
  const schedule = zeros(Math.max(horizon, 12))
  let left = value
  for (let m = 0; m < schedule.length && m < life; m++) {
    const charge = m === life - 1 ? left : Math.min(monthly, left)
    schedule[m] = charge
    left -= charge
  }
  let yearly = 0
  for (let m = 0; m < 12; m++) yearly += schedule[m]!
  return { monthly, yearly, schedule: schedule.slice(0, horizon) }
}

function loanSchedule(loan: PlanLoan, horizon: number): LoanSchedule {
  const interest = zeros(horizon)
  const principal = zeros(horizon)
  const balance = zeros(horizon)
  const { amount, termMonths: term, annualRateBp: rate } = loan
  const start = loan.month
  let left = amount
  if (amount > 0) {
    const equalPrincipal = divRound(amount, term)
    let instalment = equalPrincipal
    if (loan.repayment === 'EQUAL_INSTALMENT' && rate > 0) {
      const i = rate / 120_000
      instalment = Math.round((amount * i) / (1 - (1 + i) ** -term))
    }
    for (let m = start; m <= horizon; m++) {
      const k = m - start
      if (k >= 1 && k <= term && left > 0) {
        const due = mulDivRound(left, rate, 120_000)
        let repay: number
        if (k === term) repay = left
        else if (loan.repayment === 'INTEREST_ONLY') repay = 0
        else if (loan.repayment === 'EQUAL_PRINCIPAL') repay = Math.min(equalPrincipal, left)
        else repay = Math.max(0, Math.min(instalment - due, left))
        interest[m - 1] = due
        principal[m - 1] = repay
        left -= repay
      }
      balance[m - 1] = left
    }
  }
  return {
    amount,
    month: start,
    interest: row(interest),
    principal: row(principal),
    balance,
    balanceAtEnd: amount > 0 && start <= horizon ? left : 0,
  }
}

/** Tax on a yearly amount by a bracket table (rate × amount − 速算扣除数), fen. */
export function bracketTax(taxable: number, brackets: readonly TaxBracket[]): number {
  if (taxable <= 0) return 0
  for (const b of brackets) {
    if (b.upTo === null || taxable <= b.upTo) return Math.max(0, mulDivRound(taxable, b.rateBp, 10_000) - b.quickDeduction)
  }
  return 0
}

// --- computePlan --------------------------------------------------------------------------------

/**
 * Every table of the plan, row by row and month by month, and the warnings. Cheap enough for
 * every keystroke (a 24-month plan with 20 products takes well under a millisecond).
 */
export function computePlan(plan: BusinessPlan, context: PlanContext = {}): PlanFinancials {
  const h = plan.horizonMonths
  const a = plan.assumptions

  // 6. fixed assets and depreciation
  const summary = (k: AssetKind) => ({ value: 0, yearly: 0, monthly: 0, years: a.depreciationYears[k] })
  const byKind: PlanFinancials['fixedAssets']['byKind'] = { TOOLS: summary('TOOLS'), VEHICLES: summary('VEHICLES'), OFFICE: summary('OFFICE') }
  const total: DepreciationSummary = { value: 0, yearly: 0, monthly: 0 }
  const depreciation = zeros(h)
  const assetRows: FixedAssetLine[] = plan.fixedAssets.map((asset) => {
    const value = asset.quantity * asset.unitPrice
    const years = a.depreciationYears[asset.kind]
    const { monthly, yearly, schedule } = depreciate(value, years, h)
    for (let m = 0; m < h; m++) depreciation[m]! += schedule[m]!
    const k = byKind[asset.kind]
    k.value += value
    k.monthly += monthly
    k.yearly += yearly
    total.value += value
    total.monthly += monthly
    total.yearly += yearly
    return { ...asset, value, years, monthlyDepreciation: monthly, yearlyDepreciation: yearly, depreciation: schedule }
  })

  // 7. working capital
  const org = plan.organisation
  const wc = plan.workingCapital
  let staffWages = 0
  for (const s of org.staff) staffWages += s.count * s.monthlyWage
  let insurance = 0
  for (const i of org.insurance) insurance += i.monthlyPremium
  let registration = 0
  for (const l of org.licences) registration += l.fee
  const rent = plan.marketing.place.monthlyRent
  const monthlyRows: Record<WorkingCapitalRow, number> = {
    materials: wc.materials,
    ownerWage: wc.ownerWage,
    staffWages,
    rent,
    marketing: wc.marketing,
    utilities: wc.utilities,
    maintenance: wc.maintenance,
    insurance,
    other: wc.other,
  }
  let monthlyTotal = 0
  for (const key of WORKING_CAPITAL_ROWS) monthlyTotal += monthlyRows[key]
  const n = plan.workingCapitalMonths
  const workingCapital: WorkingCapitalTable = { ...monthlyRows, monthlyTotal, months: n, total: monthlyTotal * n, registration }

  // start-up money and funding
  const f = plan.funding
  const loanAmount = f.loan.amount
  const fundingTotal = f.own + f.family + loanAmount + f.other
  const startTotal = total.value + workingCapital.total + registration
  const startUp: StartUpMoney = {
    fixedAssets: total.value,
    workingCapital: workingCapital.total,
    registration,
    total: startTotal,
    funding: { own: f.own, family: f.family, loan: loanAmount, other: f.other, total: fundingTotal },
    gap: Math.max(0, startTotal - fundingTotal),
    surplus: Math.max(0, fundingTotal - startTotal),
  }

  // 8. sales forecast
  const revenue = zeros(h)
  const materials = zeros(h)
  const products: ProductForecast[] = plan.sales.products.map((p) => {
    const q = zeros(h)
    const rev = zeros(h)
    const cost = zeros(h)
    for (let m = 0; m < h; m++) {
      const qty = p.quantities[m] ?? 0
      q[m] = qty
      rev[m] = qty * p.unitPrice
      cost[m] = qty * p.unitCost
      revenue[m]! += rev[m]!
      materials[m]! += cost[m]!
    }
    return { name: p.name, unitPrice: p.unitPrice, unitCost: p.unitCost, quantity: row(q), revenue: row(rev), cost: row(cost) }
  })

  // 9. sales and costs: turnover tax
  const vat = zeros(h)
  const surcharge = zeros(h)
  const turnoverTax = zeros(h)
  const netRevenue = zeros(h)
  for (let m = 0; m < h; m++) {
    const gross = revenue[m]!
    let v = a.vatRateBp > 0 ? mulDivRound(gross, a.vatRateBp, 10_000 + a.vatRateBp) : 0
    if (gross - v <= a.vatMonthlyExemption) v = 0
    const s = mulDivRound(v, a.vatSurchargeBp, 10_000)
    vat[m] = v
    surcharge[m] = s
    turnoverTax[m] = v + s
    netRevenue[m] = gross - v - s
  }

  const loan = loanSchedule(f.loan, h)
  const costRows: Record<(typeof SALES_COST_COST_ROWS)[number], PlanRow> = {
    ownerWage: constant(h, wc.ownerWage),
    staffWages: constant(h, staffWages),
    rent: constant(h, rent),
    marketing: constant(h, wc.marketing),
    utilities: constant(h, wc.utilities),
    maintenance: constant(h, wc.maintenance),
    depreciation: row(depreciation),
    interest: loan.interest,
    insurance: constant(h, insurance),
    registration: firstMonth(h, registration),
    materials: row(materials),
    other: constant(h, wc.other),
  }
  const totalCost = zeros(h)
  for (const key of SALES_COST_COST_ROWS) {
    const r = costRows[key].months
    for (let m = 0; m < h; m++) totalCost[m]! += r[m]!
  }
  const profit = zeros(h)
  for (let m = 0; m < h; m++) profit[m] = netRevenue[m]! - totalCost[m]!

  // income taxes, prepaid on each plan year's cumulative profit
  const cit = zeros(h)
  const pit = zeros(h)
  const legal: LegalForm = org.legalForm
  const company = legal === 'LIMITED_COMPANY'
  let cumProfit = 0
  let cumOwnerWage = 0
  let paidCit = 0
  let paidPit = 0
  for (let m = 0; m < h; m++) {
    const inYear = (m % 12) + 1
    if (inYear === 1) {
      cumProfit = 0
      cumOwnerWage = 0
      paidCit = 0
      paidPit = 0
    }
    cumProfit += profit[m]!
    cumOwnerWage += wc.ownerWage
    if (company) {
      const due = mulDivRound(Math.max(0, cumProfit), a.corporateIncomeTaxBp, 10_000)
      cit[m] = Math.max(0, due - paidCit)
      paidCit += cit[m]!
    }
    else if (a.personalTaxMethod === 'BUSINESS_INCOME_BRACKETS') {
      const taxable = Math.max(0, cumProfit + cumOwnerWage - mulDivRound(a.personalTaxDeduction, inYear, 12))
      let due = bracketTax(taxable, BUSINESS_INCOME_BRACKETS.value)
      if (legal === 'INDIVIDUAL_BUSINESS' && a.individualBusinessReliefBp > 0) {
        const relieved = bracketTax(Math.min(taxable, INDIVIDUAL_BUSINESS_RELIEF_CAP_FEN), BUSINESS_INCOME_BRACKETS.value)
        due -= mulDivRound(relieved, a.individualBusinessReliefBp, 10_000)
      }
      pit[m] = Math.max(0, due - paidPit)
      paidPit += pit[m]!
    }
    else if (a.personalTaxMethod === 'FLAT_RATE_ON_SALES') {
      pit[m] = mulDivRound(Math.max(0, netRevenue[m]!), a.personalTaxFlatBp, 10_000)
    }
  }
  const netIncome = zeros(h)
  for (let m = 0; m < h; m++) netIncome[m] = profit[m]! - cit[m]! - pit[m]!

  const salesCost: Record<SalesCostRow, PlanRow> = {
    grossRevenue: row(revenue),
    vat: row(vat),
    surcharge: row(surcharge),
    turnoverTax: row(turnoverTax),
    netRevenue: row(netRevenue),
    ...costRows,
    totalCost: row(totalCost),
    profit: row(profit),
    corporateIncomeTax: row(cit),
    personalIncomeTax: row(pit),
    netIncome: row(netIncome),
  }

  // 10. cash flow
  const cf = plan.cashflow
  const creditSales = revenue.map(v => mulDivRound(v, cf.creditSalesShareBp, 10_000))
  const creditBuys = materials.map(v => mulDivRound(v, cf.creditPurchaseShareBp, 10_000))
  const cashSales = revenue.map((v, m) => v - creditSales[m]!)
  const collections = revenue.map((_, m) => (m > 0 ? creditSales[m - 1]! : 0))
  const loanIn = zeros(h)
  if (loanAmount > 0 && f.loan.month <= h) loanIn[f.loan.month - 1] = loanAmount
  const ownerIn = zeros(h).map((_, m) => (m === 0 ? f.own + f.family : 0) + (cf.additionalOwnerInvestment[m] ?? 0))
  const otherIn = zeros(h).map((_, m) => (m === 0 ? f.other : 0) + (cf.otherIncome[m] ?? 0))
  const cashBuys = materials.map((v, m) => v - creditBuys[m]!)
  const payables = materials.map((_, m) => (m > 0 ? creditBuys[m - 1]! : 0))
  const wages = wc.ownerWage + staffWages
  const taxes = zeros(h).map((_, m) => turnoverTax[m]! + cit[m]! + pit[m]!)
  const outflows: Record<(typeof CASHFLOW_OUTFLOW_ROWS)[number], PlanRow> = {
    cashPurchases: row(cashBuys),
    creditPurchases: row(payables),
    wages: constant(h, wages),
    rent: constant(h, rent),
    marketing: constant(h, wc.marketing),
    utilities: constant(h, wc.utilities),
    maintenance: constant(h, wc.maintenance),
    interest: loan.interest,
    principal: loan.principal,
    insurance: constant(h, insurance),
    registration: firstMonth(h, registration),
    equipment: firstMonth(h, total.value),
    other: constant(h, wc.other),
    taxes: row(taxes),
  }
  const inflows: Record<(typeof CASHFLOW_INFLOW_ROWS)[number], PlanRow> = {
    cashSales: row(cashSales),
    creditCollections: row(collections),
    loan: row(loanIn),
    ownerInvestment: row(ownerIn),
    otherIncome: row(otherIn),
  }
  const opening = zeros(h)
  const available = zeros(h)
  const totalOut = zeros(h)
  const closing = zeros(h)
  let cash = cf.openingCash
  for (let m = 0; m < h; m++) {
    opening[m] = cash
    let inSum = 0
    for (const key of CASHFLOW_INFLOW_ROWS) inSum += inflows[key].months[m]!
    let outSum = 0
    for (const key of CASHFLOW_OUTFLOW_ROWS) outSum += outflows[key].months[m]!
    available[m] = cash + inSum
    totalOut[m] = outSum
    cash = available[m]! - outSum
    closing[m] = cash
  }
  let inflowTotal = 0
  for (const key of CASHFLOW_INFLOW_ROWS) inflowTotal += inflows[key].total
  const outRow = row(totalOut)
  const cashflow: PlanFinancials['cashflow'] = {
    opening: { months: opening, total: cf.openingCash },
    ...inflows,
    available: { months: available, total: cf.openingCash + inflowTotal },
    ...outflows,
    totalOut: outRow,
    closing: { months: closing, total: cf.openingCash + inflowTotal - outRow.total },
    receivablesAtEnd: h > 0 ? creditSales[h - 1]! : 0,
    payablesAtEnd: h > 0 ? creditBuys[h - 1]! : 0,
  }

  // indicators and warnings
  const warnings: PlanWarning[] = []
  let firstNegativeCash: PlanFinancials['indicators']['firstNegativeCash'] = null
  let lowestCash = { month: 1, amount: closing[0] ?? 0 }
  for (let m = 0; m < h; m++) {
    if (closing[m]! < lowestCash.amount) lowestCash = { month: m + 1, amount: closing[m]! }
    if (!firstNegativeCash && closing[m]! < 0) firstNegativeCash = { month: m + 1, amount: closing[m]! }
  }
  if (firstNegativeCash) {
    warnings.push({ code: 'negativeCash', severity: 'warning', month: firstNegativeCash.month, amount: firstNegativeCash.amount, cell: `cashflow.closing.${firstNegativeCash.month}` })
  }
  if (startUp.gap > 0) warnings.push({ code: 'fundingGap', severity: 'warning', amount: startUp.gap, cell: 'startUp.gap' })

  const breakEvenIndex = profit.findIndex(v => v >= 0)
  const breakEvenMonth = breakEvenIndex >= 0 ? breakEvenIndex + 1 : null
  warnings.push(breakEvenMonth
    ? { code: 'breakEven', severity: 'info', month: breakEvenMonth, cell: `salesCost.profit.${breakEvenMonth}` }
    : { code: 'noBreakEven', severity: 'warning', cell: 'salesCost.profit.total' })

  // payback: the month the cash earned by trading (net income + depreciation) has repaid the start-up money
  let paybackMonth: number | null = null
  let earned = 0
  for (let m = 0; m < h && startTotal > 0; m++) {
    earned += netIncome[m]! + depreciation[m]!
    if (earned >= startTotal) {
      paybackMonth = m + 1
      break
    }
  }
  warnings.push(paybackMonth
    ? { code: 'payback', severity: 'info', month: paybackMonth, amount: paybackMonth, cell: 'salesCost.netIncome.total' }
    : { code: 'noPayback', severity: 'info', cell: 'salesCost.netIncome.total' })
  const target = context.projectPaybackMonths
  if (target && target > 0 && (paybackMonth === null ? target <= h : paybackMonth > target)) {
    warnings.push({ code: 'paybackLonger', severity: 'warning', ...(paybackMonth ? { month: paybackMonth, amount: paybackMonth } : {}), limit: target, cell: 'salesCost.netIncome.total' })
  }

  const minimum = context.minimumMonthlyWage
  if (minimum && wc.ownerWage < minimum) {
    warnings.push({ code: 'ownerWageBelowMinimum', severity: 'warning', amount: wc.ownerWage, limit: minimum, cell: 'workingCapital.ownerWage' })
  }

  for (let m = 0; m < h; m++) {
    const repay = loan.principal.months[m]! + loan.interest.months[m]!
    if (repay > 0 && closing[m]! < 0) {
      const cell = loan.principal.months[m]! > 0 ? `cashflow.principal.${m + 1}` : `cashflow.interest.${m + 1}`
      warnings.push({ code: 'loanRepaymentUncovered', severity: 'warning', month: m + 1, amount: Math.min(repay, -closing[m]!), cell })
    }
  }
  if (loan.balanceAtEnd > 0) warnings.push({ code: 'loanOutstanding', severity: 'info', amount: loan.balanceAtEnd, cell: `cashflow.principal.total` })

  return {
    horizonMonths: h,
    fixedAssets: { rows: assetRows, byKind, total, depreciation: row(depreciation) },
    workingCapital,
    startUp,
    sales: { products, revenue: row(revenue), materials: row(materials) },
    salesCost,
    cashflow,
    loan,
    indicators: { breakEvenMonth, paybackMonth, firstNegativeCash, lowestCash },
    warnings,
  }
}

// --- a new plan ---------------------------------------------------------------------------------

/** A plan with nothing filled in yet (the defaults of the schema; overview and costs empty). */
export function emptyPlan(horizonMonths: 12 | 24 = 12): BusinessPlan {
  return {
    schemaVersion: 1,
    horizonMonths,
    workingCapitalMonths: 3,
    overview: { enterpriseName: null, businessScope: '', enterpriseType: 'OTHER' },
    founder: { experience: null, education: null },
    market: { targetCustomers: null, marketSize: null, trend: null, competitors: [], ownStrengths: null, ownWeaknesses: null },
    marketing: {
      product: null,
      price: { costPrice: 0, salePrice: 0, competitorPrice: null, discount: null, creditSales: null },
      place: { address: null, areaSqm: 0, monthlyRent: 0, reason: null, salesChannel: null },
      promotion: null,
    },
    organisation: { legalForm: 'INDIVIDUAL_BUSINESS', staff: [], licences: [], insurance: [] },
    fixedAssets: [],
    workingCapital: { materials: 0, ownerWage: 0, marketing: 0, utilities: 0, maintenance: 0, other: 0 },
    sales: { products: [] },
    funding: { own: 0, family: 0, other: 0, loan: { amount: 0, month: 1, annualRateBp: 0, termMonths: 12, repayment: 'INTEREST_ONLY' } },
    cashflow: { openingCash: 0, creditSalesShareBp: 0, creditPurchaseShareBp: 0, additionalOwnerInvestment: [], otherIncome: [] },
    assumptions: planAssumptionsSchema.parse({}),
  }
}

/** Splits `total` by weights into whole parts of `unit` that add up to `total` (largest remainder). */
export function spread(total: number, weights: readonly number[], unit = 1): number[] {
  const units = Math.floor(total / unit)
  const sum = weights.reduce((s, w) => s + w, 0)
  if (sum <= 0 || units <= 0) return weights.map(() => 0)
  const exact = weights.map(w => (units * w) / sum)
  const parts = exact.map(Math.floor)
  let left = units - parts.reduce((s, p) => s + p, 0)
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((x, y) => y.r - x.r || x.i - y.i)
  for (const { i } of order) {
    if (left <= 0) break
    parts[i]! += 1
    left -= 1
  }
  const out = parts.map(p => p * unit)
  out[0]! += total - units * unit
  return out
}

export interface PrefillSource {
  /** yuan */
  investmentMin: number
  /** yuan */
  investmentMax: number
  /** yuan per month */
  monthlyCost: number
  categoryCode: string
  legalForm?: string
  title: string
}

function isCategory(code: string): code is PlanCategoryCode {
  return (PLAN_CATEGORY_CODES as readonly string[]).includes(code)
}

function isLegalForm(code: string | undefined): code is LegalForm {
  return !!code && (LEGAL_FORMS as readonly string[]).includes(code)
}

const COST_ROWS: readonly (keyof CostShares)[] = ['materials', 'staffWages', 'rent', 'marketing', 'utilities', 'maintenance', 'insurance', 'other']

/**
 * A plan started from a library project: fixed assets from the category's typical equipment
 * (its share of the mean investment, whole yuan), the project's monthly running cost spread over
 * the working-capital rows (exactly, in whole yuan), the owner's wage from the sample default.
 * `prefilled` lists the paths of the fields filled in for the person (rows as `fixedAssets.0`),
 * so the form can mark them until they are confirmed or changed.
 */
export function prefillPlan(source: PrefillSource): { plan: BusinessPlan, prefilled: string[] } {
  const plan = emptyPlan(12)
  const prefilled: string[] = []
  const category = isCategory(source.categoryCode) ? source.categoryCode : null
  const profile = category ? CATEGORY_PLAN_PROFILES[category] : null

  plan.overview.businessScope = source.title.trim()
  prefilled.push('overview.businessScope')
  if (profile) {
    plan.overview.enterpriseType = profile.enterpriseType
    prefilled.push('overview.enterpriseType')
  }
  plan.organisation.legalForm = isLegalForm(source.legalForm) ? source.legalForm : 'INDIVIDUAL_BUSINESS'
  prefilled.push('organisation.legalForm')

  const lo = Math.max(0, Math.round(source.investmentMin))
  const hi = Math.max(lo, Math.round(source.investmentMax))
  const meanFen = Math.round((lo + hi) / 2) * 100
  if (profile && meanFen > 0) {
    const budget = mulDivRound(meanFen, profile.fixedAssetShareBp, 10_000)
    const parts = spread(budget, profile.equipment.map(e => e.weight), 100)
    profile.equipment.forEach((e, i) => {
      const unitPrice = divRound(parts[i]! / 100, e.quantity) * 100
      if (unitPrice <= 0) return
      plan.fixedAssets.push({ name: e.name, kind: e.kind, quantity: e.quantity, unitPrice, supplier: null })
      prefilled.push(`fixedAssets.${plan.fixedAssets.length - 1}`)
    })
  }

  const monthlyFen = Math.max(0, Math.round(source.monthlyCost)) * 100
  if (profile && monthlyFen > 0) {
    const parts = spread(monthlyFen, COST_ROWS.map(k => profile.costShares[k]), 100)
    const cost: CostShares = { materials: 0, staffWages: 0, rent: 0, marketing: 0, utilities: 0, maintenance: 0, insurance: 0, other: 0 }
    COST_ROWS.forEach((k, i) => {
      cost[k] = parts[i]!
    })
    const wc = plan.workingCapital
    for (const key of ['materials', 'marketing', 'utilities', 'maintenance', 'other'] as const) {
      wc[key] = cost[key]
      prefilled.push(`workingCapital.${key}`)
    }
    if (cost.staffWages > 0) {
      plan.organisation.staff.push({ role: profile.staffRole, count: 1, monthlyWage: cost.staffWages })
      prefilled.push('organisation.staff.0')
    }
    if (cost.rent > 0) {
      plan.marketing.place.monthlyRent = cost.rent
      prefilled.push('marketing.place.monthlyRent')
    }
    if (cost.insurance > 0) {
      plan.organisation.insurance.push({ name: '商业保险', monthlyPremium: cost.insurance })
      prefilled.push('organisation.insurance.0')
    }
  }
  if (profile) {
    profile.licences.forEach((name, i) => {
      plan.organisation.licences.push({ name, fee: 0 })
      prefilled.push(`organisation.licences.${i}`)
    })
  }
  plan.workingCapital.ownerWage = OWNER_WAGE_FEN.value
  prefilled.push('workingCapital.ownerWage')
  return { plan, prefilled }
}
