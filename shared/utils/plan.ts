import {
  BUSINESS_INCOME_BRACKETS,
  INDIVIDUAL_BUSINESS_RELIEF_CAP_FEN,
} from '../data/plan-defaults'
import type { TaxBracket } from '../data/plan-defaults'
import type { AssetKind, BusinessPlan, LegalForm, PlanLoan } from '../schemas/plan'
import type { DepreciationSummary, FixedAssetLine, LoanSchedule, PlanContext, PlanFinancials, PlanRow, PlanWarning, ProductForecast, SalesCostRow, StartUpMoney, WorkingCapitalTable } from './plan-model'
import { CASHFLOW_INFLOW_ROWS, CASHFLOW_OUTFLOW_ROWS, divRound, mulDivRound, SALES_COST_COST_ROWS, WORKING_CAPITAL_ROWS } from './plan-model'

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

export * from './plan-model'
export * from './plan-start'

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
