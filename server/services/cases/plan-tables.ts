import type { Sourced } from '#shared/data/plan-defaults'
import {
  BUSINESS_INCOME_BRACKETS,
  BUSINESS_INCOME_DEDUCTION_FEN,
  CORPORATE_INCOME_TAX_BP,
  DEPRECIATION_YEARS,
  FLAT_PERSONAL_TAX_BP,
  INDIVIDUAL_BUSINESS_RELIEF_BP,
  VAT_MONTHLY_EXEMPTION_FEN,
  VAT_RATE_BP,
  VAT_SURCHARGE_BP,
} from '#shared/data/plan-defaults'
import { ASSET_KINDS } from '#shared/schemas/plan'
import type { BusinessPlan } from '#shared/schemas/plan'
import type { PlanLabels } from '#shared/i18n/plan'
import { fillLabel } from '#shared/i18n/plan'
import type { PlanFinancials, PlanRow } from '#shared/utils/plan'
import { CASHFLOW_INFLOW_ROWS, CASHFLOW_OUTFLOW_ROWS, SALES_COST_COST_ROWS } from '#shared/utils/plan'
import { formatPercent, formatYuan } from '#shared/utils/money'

/**
 * The monthly tables of the plan (销售收入预测, 销售和成本计划, 现金流量计划) described once, for
 * the PDF and the spreadsheet alike: each row with its label, its cells, how its 合计 column is
 * formed, and, where a row is made of other rows, how (the spreadsheet writes that as a formula;
 * the figures are computePlan's either way).
 */
export type RowFormula
  /** Σ of these rows, column by column */
  = | { op: 'sum', rows: string[] }
  /** the first row less the others */
    | { op: 'sub', rows: [string, ...string[]] }
  /** the product of two rows (units × price) */
    | { op: 'mul', rows: [string, string] }
  /** the previous month's value of a row (月初现金 = last month's 月底现金); month 1 is a value */
    | { op: 'prev', row: string }

export interface MonthlyTableRow {
  key: string
  label: string
  unit: 'money' | 'count'
  months: number[]
  /** the 合计 cell; null when a total means nothing (a unit price) */
  total: number | null
  /** how the 合计 is formed: the sum of the months, or by the row's formula */
  totalBy: 'sum' | 'formula' | 'none'
  formula?: RowFormula
  /** 0: a main row, 1: a detail row */
  level: 0 | 1
  strong?: boolean
  /** a heading row without figures (现金流入 / 现金流出) */
  heading?: boolean
}

export interface MonthlyTable {
  key: 'sales' | 'salesCost' | 'cashflow'
  title: string
  rows: MonthlyTableRow[]
  note?: string
}

function money(key: string, label: string, r: PlanRow, extra: Partial<MonthlyTableRow> = {}): MonthlyTableRow {
  return { key, label, unit: 'money', months: r.months, total: r.total, totalBy: 'sum', level: 1, ...extra }
}

/** 销售收入预测, 销售和成本计划, 现金流量计划, in that order. */
export function monthlyTables(plan: BusinessPlan, f: PlanFinancials, l: PlanLabels): [MonthlyTable, MonthlyTable, MonthlyTable] {
  const h = f.horizonMonths

  const salesRows: MonthlyTableRow[] = []
  f.sales.products.forEach((p, i) => {
    const name = p.name
    salesRows.push({ key: `p${i}.quantity`, label: fillLabel(l.field.productQuantity, { name }), unit: 'count', months: p.quantity.months, total: p.quantity.total, totalBy: 'sum', level: 1 })
    salesRows.push({ key: `p${i}.price`, label: fillLabel(l.field.productPrice, { name }), unit: 'money', months: new Array<number>(h).fill(p.unitPrice), total: null, totalBy: 'none', level: 1 })
    salesRows.push(money(`p${i}.revenue`, fillLabel(l.field.productRevenue, { name }), p.revenue, { level: 0, formula: { op: 'mul', rows: [`p${i}.quantity`, `p${i}.price`] } }))
  })
  salesRows.push(money('revenue', l.field.salesTotal, f.sales.revenue, {
    level: 0,
    strong: true,
    formula: { op: 'sum', rows: f.sales.products.map((_, i) => `p${i}.revenue`) },
    totalBy: 'formula',
  }))

  const sc = f.salesCost
  const costKeys = [...SALES_COST_COST_ROWS]
  const salesCostRows: MonthlyTableRow[] = [
    money('grossRevenue', l.salesCost.grossRevenue, sc.grossRevenue, { level: 0 }),
    money('vat', l.salesCost.vat, sc.vat),
    money('surcharge', l.salesCost.surcharge, sc.surcharge),
    money('turnoverTax', l.salesCost.turnoverTax, sc.turnoverTax, { level: 0, formula: { op: 'sum', rows: ['vat', 'surcharge'] }, totalBy: 'formula' }),
    money('netRevenue', l.salesCost.netRevenue, sc.netRevenue, { level: 0, strong: true, formula: { op: 'sub', rows: ['grossRevenue', 'turnoverTax'] }, totalBy: 'formula' }),
    ...costKeys.map(k => money(k, l.salesCost[k], sc[k])),
    money('totalCost', l.salesCost.totalCost, sc.totalCost, { level: 0, strong: true, formula: { op: 'sum', rows: costKeys }, totalBy: 'formula' }),
    money('profit', l.salesCost.profit, sc.profit, { level: 0, strong: true, formula: { op: 'sub', rows: ['netRevenue', 'totalCost'] }, totalBy: 'formula' }),
    money('corporateIncomeTax', l.salesCost.corporateIncomeTax, sc.corporateIncomeTax),
    money('personalIncomeTax', l.salesCost.personalIncomeTax, sc.personalIncomeTax),
    money('netIncome', l.salesCost.netIncome, sc.netIncome, { level: 0, strong: true, formula: { op: 'sub', rows: ['profit', 'corporateIncomeTax', 'personalIncomeTax'] }, totalBy: 'formula' }),
  ]

  const cf = f.cashflow
  const inKeys = [...CASHFLOW_INFLOW_ROWS]
  const outKeys = [...CASHFLOW_OUTFLOW_ROWS]
  const heading = (key: string, label: string): MonthlyTableRow => ({ key, label, unit: 'money', months: [], total: null, totalBy: 'none', level: 0, heading: true })
  const cashRows: MonthlyTableRow[] = [
    money('opening', l.cashflow.opening, cf.opening, { level: 0, formula: { op: 'prev', row: 'closing' }, totalBy: 'formula' }),
    heading('inflows', l.cashflow.inflows),
    ...inKeys.map(k => money(k, l.cashflow[k], cf[k])),
    money('available', l.cashflow.available, cf.available, { level: 0, strong: true, formula: { op: 'sum', rows: ['opening', ...inKeys] }, totalBy: 'formula' }),
    heading('outflows', l.cashflow.outflows),
    ...outKeys.map(k => money(k, l.cashflow[k], cf[k])),
    money('totalOut', l.cashflow.totalOut, cf.totalOut, { level: 0, strong: true, formula: { op: 'sum', rows: outKeys }, totalBy: 'formula' }),
    money('closing', l.cashflow.closing, cf.closing, { level: 0, strong: true, formula: { op: 'sub', rows: ['available', 'totalOut'] }, totalBy: 'formula' }),
  ]

  return [
    { key: 'sales', title: fillLabel(l.section.sales, { months: plan.horizonMonths }), rows: salesRows },
    { key: 'salesCost', title: l.section.salesCost, rows: salesCostRows },
    { key: 'cashflow', title: l.section.cashflow, rows: cashRows, note: cashflowNote(plan, l) },
  ]
}

/** The cash flow's note: depreciation is not cash, and the shares sold and bought on credit when the plan has any. */
function cashflowNote(plan: BusinessPlan, l: PlanLabels): string {
  const { creditSalesShareBp: sales, creditPurchaseShareBp: purchases } = plan.cashflow
  if (!sales && !purchases) return l.cashflow.note
  return `${l.cashflow.note}${fillLabel(l.cashflow.credit, { sales: formatPercent(sales), purchases: formatPercent(purchases) })}`
}

// --- the assumptions, as printed ------------------------------------------------------------------

export interface AssumptionLine {
  label: string
  value: string
  source: string
  effective: string
  /** checked / sample data / changed in this plan */
  status: string
}

export function assumptionLines(plan: BusinessPlan, l: PlanLabels): AssumptionLine[] {
  const a = plan.assumptions
  const yuan = (fen: number) => fillLabel(l.doc.yuanValue, { amount: formatYuan(fen) })
  const line = <T>(label: string, value: T, shown: string, d: Sourced<T>): AssumptionLine => ({
    label,
    value: shown,
    source: d.source,
    effective: d.effectiveUntil ? `${d.effectiveFrom} – ${d.effectiveUntil}` : d.effectiveFrom,
    status: JSON.stringify(value) === JSON.stringify(d.value) ? l.sourceStatus[d.status] : l.sourceStatus.plan,
  })
  const lines: AssumptionLine[] = [
    line(l.assumption.vatRateBp, a.vatRateBp, formatPercent(a.vatRateBp), VAT_RATE_BP),
    line(l.assumption.vatMonthlyExemption, a.vatMonthlyExemption, yuan(a.vatMonthlyExemption), VAT_MONTHLY_EXEMPTION_FEN),
    line(l.assumption.vatSurchargeBp, a.vatSurchargeBp, formatPercent(a.vatSurchargeBp), VAT_SURCHARGE_BP),
    line(l.assumption.corporateIncomeTaxBp, a.corporateIncomeTaxBp, formatPercent(a.corporateIncomeTaxBp), CORPORATE_INCOME_TAX_BP),
    {
      label: l.assumption.personalTaxMethod,
      value: l.personalTaxMethod[a.personalTaxMethod],
      source: BUSINESS_INCOME_BRACKETS.source,
      effective: BUSINESS_INCOME_BRACKETS.effectiveFrom,
      status: a.personalTaxMethod === 'BUSINESS_INCOME_BRACKETS' ? l.sourceStatus[BUSINESS_INCOME_BRACKETS.status] : l.sourceStatus.plan,
    },
    line(l.assumption.personalTaxDeduction, a.personalTaxDeduction, yuan(a.personalTaxDeduction), BUSINESS_INCOME_DEDUCTION_FEN),
    line(l.assumption.individualBusinessReliefBp, a.individualBusinessReliefBp, formatPercent(a.individualBusinessReliefBp), INDIVIDUAL_BUSINESS_RELIEF_BP),
  ]
  if (a.personalTaxMethod === 'FLAT_RATE_ON_SALES') {
    lines.push(line(l.assumption.personalTaxFlatBp, a.personalTaxFlatBp, formatPercent(a.personalTaxFlatBp), FLAT_PERSONAL_TAX_BP))
  }
  for (const kind of ASSET_KINDS) {
    const years = a.depreciationYears[kind]
    lines.push({
      label: fillLabel(l.assumption.depreciationYears, { kind: l.assetKind[kind] }),
      value: fillLabel(l.doc.yearsValue, { n: years }),
      source: DEPRECIATION_YEARS.source,
      effective: DEPRECIATION_YEARS.effectiveFrom,
      status: years === DEPRECIATION_YEARS.value[kind] ? l.sourceStatus[DEPRECIATION_YEARS.status] : l.sourceStatus.plan,
    })
  }
  return lines
}

/** The 经营所得 brackets as printed: "≤ 30,000.00 元: 5%, 速算扣除数 0.00". */
export function bracketLines(l: PlanLabels): string[] {
  return BUSINESS_INCOME_BRACKETS.value.map((b, i, all) => {
    const from = i === 0 ? 0 : all[i - 1]!.upTo!
    const range = b.upTo === null ? `> ${formatYuan(from)}` : `${formatYuan(from)} – ${formatYuan(b.upTo)}`
    return `${range}: ${formatPercent(b.rateBp)} − ${fillLabel(l.doc.yuanValue, { amount: formatYuan(b.quickDeduction) })}`
  })
}
