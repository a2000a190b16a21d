import type { AssetKind, PlanFixedAsset } from '../schemas/plan'

/**
 * The shapes of a business plan's computed tables (shared/utils/plan.ts computes them) and the
 * one rounding rule every cell follows: integer fen, half away from zero, once where it arises.
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
