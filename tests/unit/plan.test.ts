import { describe, expect, it } from 'vitest'
import { issueMessage } from '#shared/i18n/messages'
import type { AppLocale } from '#shared/i18n/messages'
import { CATEGORY_PLAN_PROFILES } from '#shared/data/plan-defaults'
import { businessPlanSchema, PLAN_CATEGORY_CODES } from '#shared/schemas/plan'
import type { BusinessPlan } from '#shared/schemas/plan'
import { computePlan, divRound, emptyPlan, mulDivRound, prefillPlan, spread } from '#shared/utils/plan'
import { savablePart } from '#shared/utils/plan-draft'
import { formatPercent, formatYuan } from '#shared/utils/money'
import { cleaningPlan, fullPlan, milkTeaPlan } from '../support/plans'

/*
 * The figures below were worked out by hand (the arithmetic is in the comments), in fen.
 * Rounding: half up per cell.
 */

const twelve = (v: number) => new Array<number>(12).fill(v)
const repeat = (n: number, v: number) => new Array<number>(n).fill(v)

describe('computePlan — worked example, 12 months, 个体工商户 (milkTeaPlan)', () => {
  const f = computePlan(milkTeaPlan(), { minimumMonthlyWage: 212_000, projectPaybackMonths: 10 })

  it('the plan is a valid plan', () => {
    expect(businessPlanSchema.safeParse(milkTeaPlan()).success).toBe(true)
  })

  it('depreciates each asset straight line over its kind\'s years', () => {
    // 制冰机 600,000 / 60 = 10,000; 三轮车 480,000 / 48 = 10,000; 收银机 2 × 100,000 = 200,000 / 36 = 5,555.56 → 5,556
    expect(f.fixedAssets.rows.map(r => [r.value, r.years, r.monthlyDepreciation, r.yearlyDepreciation])).toEqual([
      [600_000, 5, 10_000, 120_000],
      [480_000, 4, 10_000, 120_000],
      [200_000, 3, 5_556, 66_672],
    ])
    expect(f.fixedAssets.total).toEqual({ value: 1_280_000, monthly: 25_556, yearly: 306_672 })
    expect(f.fixedAssets.byKind.OFFICE).toEqual({ value: 200_000, monthly: 5_556, yearly: 66_672, years: 3 })
    expect(f.salesCost.depreciation.months).toEqual(twelve(25_556))
    expect(f.salesCost.depreciation.total).toBe(306_672)
  })

  it('adds up the start-up money and finds the funding gap', () => {
    // monthly: 600,000 + 200,000 + 250,000 (staff) + 300,000 (rent) + 50,000 + 40,000 + 10,000 + 15,000 (insurance) + 20,000 = 1,485,000
    expect(f.workingCapital.staffWages).toBe(250_000)
    expect(f.workingCapital.rent).toBe(300_000)
    expect(f.workingCapital.insurance).toBe(15_000)
    expect(f.workingCapital.monthlyTotal).toBe(1_485_000)
    expect(f.workingCapital.total).toBe(4_455_000) // × 3 months
    // 1,280,000 + 4,455,000 + 30,000 licence = 5,765,000; funding 1,000,000 own + 1,000,000 loan
    expect(f.startUp.total).toBe(5_765_000)
    expect(f.startUp.funding).toEqual({ own: 1_000_000, family: 0, loan: 1_000_000, other: 0, total: 2_000_000 })
    expect(f.startUp.gap).toBe(3_765_000)
    expect(f.warnings).toContainEqual({ code: 'fundingGap', severity: 'warning', amount: 3_765_000, cell: 'startUp.gap' })
  })

  it('forecasts sales per product and in total', () => {
    // 奶茶 500 × 10.10 = 505,000; 1,000 × 1,010 = 1,010,000; 1,800 × 1,010 = 1,818,000
    expect(f.sales.products[0]!.revenue.months).toEqual([505_000, 1_010_000, ...repeat(10, 1_818_000)])
    expect(f.sales.products[0]!.revenue.total).toBe(19_695_000)
    // 小吃 0; 200 × 505 = 101,000; 400 × 505 = 202,000
    expect(f.sales.products[1]!.revenue.total).toBe(2_121_000)
    expect(f.sales.revenue.months).toEqual([505_000, 1_111_000, ...repeat(10, 2_020_000)])
    expect(f.sales.revenue.total).toBe(21_816_000)
    // materials: 500 × 300 = 150,000; 1,000 × 300 + 200 × 200 = 340,000; 1,800 × 300 + 400 × 200 = 620,000
    expect(f.sales.materials.months).toEqual([150_000, 340_000, ...repeat(10, 620_000)])
    expect(f.sales.materials.total).toBe(6_690_000)
  })

  it('takes VAT out of prices that include it, and the surcharges on the VAT', () => {
    // VAT 1 %: 505,000 × 100 / 10,100 = 5,000; 1,111,000 → 11,000; 2,020,000 → 20,000. Surcharge 6 % of VAT.
    expect(f.salesCost.vat.months).toEqual([5_000, 11_000, ...repeat(10, 20_000)])
    expect(f.salesCost.surcharge.months).toEqual([300, 660, ...repeat(10, 1_200)])
    expect(f.salesCost.turnoverTax.total).toBe(228_960) // 216,000 + 12,960
    expect(f.salesCost.netRevenue.months).toEqual([499_700, 1_099_340, ...repeat(10, 1_998_800)])
    expect(f.salesCost.netRevenue.total).toBe(21_587_040)
  })

  it('charges interest on the balance and repays equal parts of principal from the month after', () => {
    // 1,000,000 × 6 % / 12 = 5,000; the balance falls 100,000 a month, the interest 500
    expect(f.loan.interest.months).toEqual([0, 5_000, 4_500, 4_000, 3_500, 3_000, 2_500, 2_000, 1_500, 1_000, 500, 0])
    expect(f.loan.interest.total).toBe(27_500)
    expect(f.loan.principal.months).toEqual([0, ...repeat(10, 100_000), 0])
    expect(f.loan.balanceAtEnd).toBe(0)
  })

  it('costs, profit, 个人所得税 and net income month by month', () => {
    // fixed costs 885,000 a month + depreciation 25,556 + interest + materials; licence 30,000 in month 1
    expect(f.salesCost.totalCost.months).toEqual([1_090_556, 1_255_556, 1_535_056, 1_534_556, 1_534_056, 1_533_556, 1_533_056, 1_532_556, 1_532_056, 1_531_556, 1_531_056, 1_530_556])
    expect(f.salesCost.totalCost.total).toBe(17_674_172)
    expect(f.salesCost.profit.months).toEqual([-590_856, -156_216, 463_744, 464_244, 464_744, 465_244, 465_744, 466_244, 466_744, 467_244, 467_744, 468_244])
    expect(f.salesCost.profit.total).toBe(3_912_868)
    // 经营所得, cumulative: profit + owner's wage (200,000/month, not deductible) − 500,000/month deduction.
    // Taxable first above 0 in month 11: 144,624 → 5 % = 7,231.2 → 7,231, relief half 3,615.5 → 3,616, due 3,615.
    // Month 12: 312,868 → 15,643.4 → 15,643, relief 7,821.5 → 7,822, due 7,821, minus 3,615 paid = 4,206.
    expect(f.salesCost.personalIncomeTax.months).toEqual([...repeat(10, 0), 3_615, 4_206])
    expect(f.salesCost.personalIncomeTax.total).toBe(7_821)
    expect(f.salesCost.corporateIncomeTax.total).toBe(0)
    expect(f.salesCost.netIncome.total).toBe(3_905_047)
  })

  it('the break-even month is the first month with profit ≥ 0', () => {
    expect(f.indicators.breakEvenMonth).toBe(3)
    expect(f.warnings).toContainEqual({ code: 'breakEven', severity: 'info', month: 3, cell: 'salesCost.profit.3' })
  })

  it('cash flow: credit sales come in, and credit purchases go out, the month after', () => {
    // 10 % of sales on credit: 50,500; 111,100; 202,000
    expect(f.cashflow.cashSales.months).toEqual([454_500, 999_900, ...repeat(10, 1_818_000)])
    expect(f.cashflow.creditCollections.months).toEqual([0, 50_500, 111_100, ...repeat(9, 202_000)])
    expect(f.cashflow.receivablesAtEnd).toBe(202_000)
    // 20 % of materials on credit: 30,000; 68,000; 124,000
    expect(f.cashflow.cashPurchases.months).toEqual([120_000, 272_000, ...repeat(10, 496_000)])
    expect(f.cashflow.creditPurchases.months).toEqual([0, 30_000, 68_000, ...repeat(9, 124_000)])
    expect(f.cashflow.wages.months).toEqual(twelve(450_000))
    expect(f.cashflow.equipment.months).toEqual([1_280_000, ...repeat(11, 0)])
    expect(f.cashflow.taxes.months).toEqual([5_300, 11_660, ...repeat(8, 21_200), 24_815, 25_406])
  })

  it('cash flow: month 1 and month 2 in full, and month 2 runs out of cash', () => {
    // month 1: A = 0 + 454,500 + 1,000,000 loan + 1,000,000 own = 2,454,500
    //          B = 120,000 + 450,000 + 300,000 + 50,000 + 40,000 + 10,000 + 15,000 + 30,000 + 1,280,000 + 20,000 + 5,300 = 2,320,300
    expect(f.cashflow.available.months[0]).toBe(2_454_500)
    expect(f.cashflow.totalOut.months[0]).toBe(2_320_300)
    expect(f.cashflow.closing.months[0]).toBe(134_200)
    // month 2: A = 134,200 + 999,900 + 50,500 = 1,184,600
    //          B = 272,000 + 30,000 + 450,000 + 300,000 + 50,000 + 40,000 + 10,000 + 5,000 + 100,000 + 15,000 + 20,000 + 11,660 = 1,303,660
    expect(f.cashflow.opening.months[1]).toBe(134_200)
    expect(f.cashflow.available.months[1]).toBe(1_184_600)
    expect(f.cashflow.totalOut.months[1]).toBe(1_303_660)
    expect(f.cashflow.closing.months[1]).toBe(-119_060)
    expect(f.indicators.firstNegativeCash).toEqual({ month: 2, amount: -119_060 })
    expect(f.warnings).toContainEqual({ code: 'negativeCash', severity: 'warning', month: 2, amount: -119_060, cell: 'cashflow.closing.2' })
    // the month's repayment (100,000 + 5,000) is not covered
    expect(f.warnings).toContainEqual({ code: 'loanRepaymentUncovered', severity: 'warning', month: 2, amount: 105_000, cell: 'cashflow.principal.2' })
    expect(f.warnings.filter(w => w.code === 'loanRepaymentUncovered')).toHaveLength(1)
  })

  it('cash flow: each month opens with the last month\'s closing cash, and the totals add up', () => {
    expect(f.cashflow.closing.months).toEqual([134_200, -119_060, 235_340, 625_140, 1_015_440, 1_406_240, 1_797_540, 2_189_340, 2_581_640, 2_974_440, 3_364_125, 3_853_719])
    expect(f.cashflow.opening.months.slice(1)).toEqual(f.cashflow.closing.months.slice(0, 11))
    // inflows 19,634,400 + 1,979,600 + 1,000,000 + 1,000,000 = 23,614,000; outflows 19,760,281
    expect(f.cashflow.available.total).toBe(23_614_000)
    expect(f.cashflow.totalOut.total).toBe(19_760_281)
    expect(f.cashflow.closing.total).toBe(3_853_719)
  })

  it('depreciation is never a cash outflow', () => {
    expect(Object.keys(f.cashflow)).not.toContain('depreciation')
    // cash at the end = net income + depreciation + funding − equipment − start stock effects: checked by the totals above
  })

  it('warns that the owner earns less than the minimum wage, and that payback is later than the project says', () => {
    expect(f.warnings).toContainEqual({ code: 'ownerWageBelowMinimum', severity: 'warning', amount: 200_000, limit: 212_000, cell: 'workingCapital.ownerWage' })
    // net income 3,905,047 + depreciation 306,672 = 4,211,719 < 5,765,000: not paid back within 12 months
    expect(f.indicators.paybackMonth).toBeNull()
    expect(f.warnings).toContainEqual({ code: 'paybackLonger', severity: 'warning', limit: 10, cell: 'salesCost.netIncome.total' })
  })

  it('says nothing about wage or payback without the figures to compare with', () => {
    const plain = computePlan(milkTeaPlan())
    expect(plain.warnings.map(w => w.code)).not.toContain('ownerWageBelowMinimum')
    expect(plain.warnings.map(w => w.code)).not.toContain('paybackLonger')
  })
})

describe('computePlan — worked example, 24 months, 有限责任公司 (cleaningPlan)', () => {
  const f = computePlan(cleaningPlan())

  it('the plan is a valid plan', () => {
    expect(businessPlanSchema.safeParse(cleaningPlan()).success).toBe(true)
  })

  it('a one-year asset is fully depreciated in month 12, its last month taking the rounding', () => {
    // 电脑 350,000 / 12 = 29,166.67 → 29,167 × 11 = 320,837; month 12: 29,163. 清洁设备 600,000 / 60 = 10,000.
    expect(f.fixedAssets.rows[0]!.depreciation).toEqual([...repeat(11, 29_167), 29_163, ...repeat(12, 0)])
    expect(f.fixedAssets.rows[0]!.yearlyDepreciation).toBe(350_000)
    expect(f.salesCost.depreciation.months).toEqual([...repeat(11, 39_167), 39_163, ...repeat(12, 10_000)])
    expect(f.salesCost.depreciation.total).toBe(590_000) // 350,000 + 24 × 10,000
    expect(f.fixedAssets.total).toEqual({ value: 950_000, monthly: 39_167, yearly: 470_000 })
  })

  it('no VAT while monthly sales excluding VAT stay within the exemption (default assumptions)', () => {
    // 120 × 10,000 = 1,200,000 a month, under ¥100,000
    expect(f.salesCost.grossRevenue.total).toBe(28_800_000)
    expect(f.salesCost.turnoverTax.total).toBe(0)
    expect(f.salesCost.netRevenue.total).toBe(28_800_000)
  })

  it('interest only for twelve months, the principal at the end', () => {
    // 2,000,000 × 4.8 % / 12 = 8,000 in months 2–13; 2,000,000 in month 13
    expect(f.loan.interest.months).toEqual([0, ...repeat(12, 8_000), ...repeat(11, 0)])
    expect(f.loan.interest.total).toBe(96_000)
    expect(f.loan.principal.months).toEqual([...repeat(12, 0), 2_000_000, ...repeat(11, 0)])
    expect(f.loan.balanceAtEnd).toBe(0)
  })

  it('profit month by month and 企业所得税 on each plan year\'s cumulative profit', () => {
    // month 1: 1,200,000 − (650,000 + 39,167 + 480,000) = 30,833; months 2–11: − 8,000 interest = 22,833;
    // month 12: depreciation 39,163 → 22,837; month 13: 1,200,000 − (650,000 + 10,000 + 8,000 + 480,000) = 52,000; then 60,000
    expect(f.salesCost.profit.months).toEqual([30_833, ...repeat(10, 22_833), 22_837, 52_000, ...repeat(11, 60_000)])
    expect(f.salesCost.profit.total).toBe(994_000) // 282,000 + 712,000
    // year 1 cumulative × 5 %: 1,541.65 → 1,542; 2,683.3 → 2,683 (+1,141); 3,824.95 → 3,825 (+1,142); 4,966.6 → 4,967; 6,108.25 → 6,108;
    // 7,249.9 → 7,250; 8,391.55 → 8,392; 9,533.2 → 9,533; 10,674.85 → 10,675; 11,816.5 → 11,817; 12,958.15 → 12,958; 282,000 → 14,100
    expect(f.salesCost.corporateIncomeTax.months.slice(0, 12)).toEqual([1_542, 1_141, 1_142, 1_142, 1_141, 1_142, 1_142, 1_141, 1_142, 1_142, 1_141, 1_142])
    // year 2 starts again: 52,000 × 5 % = 2,600, then 3,000 a month; total 712,000 × 5 % = 35,600
    expect(f.salesCost.corporateIncomeTax.months.slice(12)).toEqual([2_600, ...repeat(11, 3_000)])
    expect(f.salesCost.corporateIncomeTax.total).toBe(49_700)
    expect(f.salesCost.personalIncomeTax.total).toBe(0)
    expect(f.salesCost.netIncome.total).toBe(944_300)
    expect(f.indicators.breakEvenMonth).toBe(1)
  })

  it('the bullet repayment in month 13 is not covered: cash goes negative by 12,700', () => {
    // month 1: A = 900,000 (75 % cash sales) + 2,000,000 loan + 200,000 own and family = 3,100,000
    //          B = 240,000 + 650,000 + 950,000 equipment + 1,542 tax = 1,841,542 → 1,258,458
    expect(f.cashflow.closing.months[0]).toBe(1_258_458)
    // months 2–12 each add 1,200,000 − (480,000 + 650,000 + 8,000) − tax = 62,000 − tax; year-1 tax after month 1 = 12,558
    // month 12: 1,258,458 + 11 × 62,000 − 12,558 = 1,927,900
    expect(f.cashflow.closing.months[11]).toBe(1_927_900)
    // month 13: 1,927,900 + 1,200,000 − (480,000 + 650,000 + 8,000 + 2,000,000 + 2,600) = −12,700
    expect(f.cashflow.totalOut.months[12]).toBe(3_140_600)
    expect(f.cashflow.closing.months[12]).toBe(-12_700)
    // then 1,200,000 − (480,000 + 650,000 + 3,000) = 67,000 a month: 54,300 … 724,300
    expect(f.cashflow.closing.months[13]).toBe(54_300)
    expect(f.cashflow.closing.months[23]).toBe(724_300)
    expect(f.cashflow.closing.total).toBe(724_300)
    expect(f.warnings).toContainEqual({ code: 'negativeCash', severity: 'warning', month: 13, amount: -12_700, cell: 'cashflow.closing.13' })
    expect(f.warnings).toContainEqual({ code: 'loanRepaymentUncovered', severity: 'warning', month: 13, amount: 12_700, cell: 'cashflow.principal.13' })
  })

  it('cash flow totals: inflows and outflows over 24 months', () => {
    // sales 28,800,000 of which 25 % on credit: 21,600,000 cash + 23 × 300,000 collected; 300,000 still owed at the end
    expect(f.cashflow.cashSales.total).toBe(21_600_000)
    expect(f.cashflow.creditCollections.total).toBe(6_900_000)
    expect(f.cashflow.receivablesAtEnd).toBe(300_000)
    expect(f.cashflow.creditPurchases.total).toBe(5_520_000)
    expect(f.cashflow.payablesAtEnd).toBe(240_000)
    // A total = 0 + 21,600,000 + 6,900,000 + 2,000,000 + 200,000 = 30,700,000; B = 29,975,700
    expect(f.cashflow.available.total).toBe(30_700_000)
    expect(f.cashflow.totalOut.total).toBe(29_975_700)
  })

  it('start-up money with two months of working capital, and the gap', () => {
    // 950,000 + 2 × 1,130,000 = 3,210,000; funding 150,000 + 50,000 + 2,000,000
    expect(f.startUp.total).toBe(3_210_000)
    expect(f.startUp.gap).toBe(1_010_000)
  })
})

describe('computePlan — other rules', () => {
  /** One ¥12,000 tool (20,000/month), 30 sales of ¥100 a month, nothing else. */
  function toolPlan(quantity: number): BusinessPlan {
    const p = emptyPlan(12)
    p.overview.businessScope = '工具租赁服务'
    p.organisation.legalForm = 'PARTNERSHIP'
    p.assumptions.personalTaxMethod = 'NONE'
    p.workingCapitalMonths = 1
    p.fixedAssets = [{ name: '工具', kind: 'TOOLS', quantity: 1, unitPrice: 1_200_000, supplier: null }]
    p.sales.products = [{ name: '租赁', unitPrice: 10_000, unitCost: 0, quantities: twelve(quantity) }]
    p.funding.own = 1_200_000
    return p
  }

  it('payback: the month trading has earned back the start-up money', () => {
    // each month earns 300,000 − 20,000 depreciation = 280,000 profit, + 20,000 depreciation back = 300,000: month 4
    const f = computePlan(toolPlan(30), { projectPaybackMonths: 6 })
    expect(f.indicators.paybackMonth).toBe(4)
    expect(f.warnings).toContainEqual({ code: 'payback', severity: 'info', month: 4, amount: 4, cell: 'salesCost.netIncome.total' })
    expect(f.warnings.map(w => w.code)).not.toContain('paybackLonger')
    const late = computePlan(toolPlan(30), { projectPaybackMonths: 3 })
    expect(late.warnings).toContainEqual({ code: 'paybackLonger', severity: 'warning', month: 4, amount: 4, limit: 3, cell: 'salesCost.netIncome.total' })
  })

  it('no break-even when no month makes a profit', () => {
    const f = computePlan(toolPlan(0))
    expect(f.indicators.breakEvenMonth).toBeNull()
    expect(f.warnings).toContainEqual({ code: 'noBreakEven', severity: 'warning', cell: 'salesCost.profit.total' })
  })

  it('the flat method charges 个人所得税 on net sales', () => {
    const p = toolPlan(30)
    p.organisation.legalForm = 'SOLE_PROPRIETORSHIP'
    p.assumptions.personalTaxMethod = 'FLAT_RATE_ON_SALES'
    p.assumptions.personalTaxFlatBp = 100
    const f = computePlan(p)
    expect(f.salesCost.personalIncomeTax.months).toEqual(twelve(3_000)) // 300,000 × 1 %
    expect(f.salesCost.netIncome.total).toBe(3_324_000) // 12 × (280,000 − 3,000)
  })

  it('equal instalments: one payment a month, interest on the balance, the last one clears it', () => {
    const p = toolPlan(30)
    // ¥3,000 at 12 % a year over 3 months: 300,000 × 1 % / (1 − 1.01⁻³) = 102,006.63 → 102,007
    p.funding.loan = { amount: 300_000, month: 1, annualRateBp: 1_200, termMonths: 3, repayment: 'EQUAL_INSTALMENT' }
    const f = computePlan(p)
    // month 2: interest 3,000, principal 99,007 → 200,993; month 3: 2,009.93 → 2,010, 99,997 → 100,996; month 4: 1,009.96 → 1,010, 100,996
    expect(f.loan.interest.months.slice(0, 5)).toEqual([0, 3_000, 2_010, 1_010, 0])
    expect(f.loan.principal.months.slice(0, 5)).toEqual([0, 99_007, 99_997, 100_996, 0])
    expect(f.loan.principal.total).toBe(300_000)
    expect(f.loan.balance.slice(0, 4)).toEqual([300_000, 200_993, 100_996, 0])
  })

  it('a loan still owed at the end of the plan is reported', () => {
    const p = toolPlan(30)
    p.funding.loan = { amount: 1_200_000, month: 1, annualRateBp: 0, termMonths: 24, repayment: 'EQUAL_PRINCIPAL' }
    const f = computePlan(p)
    // 50,000 a month in months 2–12: 550,000 repaid, 650,000 owed
    expect(f.loan.principal.total).toBe(550_000)
    expect(f.warnings).toContainEqual({ code: 'loanOutstanding', severity: 'info', amount: 650_000, cell: 'cashflow.principal.total' })
  })

  it('24 months × 20 products stays exact and fast', () => {
    const plan = fullPlan(24, 20)
    const f = computePlan(plan)
    for (const r of Object.values(f.salesCost)) expect(r.total).toBe(r.months.reduce((s, v) => s + v, 0))
    const start = performance.now()
    for (let i = 0; i < 200; i++) computePlan(plan)
    expect((performance.now() - start) / 200).toBeLessThan(2)
  })
})

describe('computePlan — invariants over many plans', () => {
  /** A small deterministic generator (no Math.random: a failing plan can be found again). */
  function rng(seed: number) {
    let x = seed
    return (n: number) => {
      x = (x * 1_103_515_245 + 12_345) % 2_147_483_648
      return x % n
    }
  }

  function randomPlan(seed: number): BusinessPlan {
    const r = rng(seed)
    const h = r(2) ? 24 : 12
    const p = emptyPlan(h)
    p.overview.businessScope = '随机生成的计划'
    p.organisation.legalForm = (['INDIVIDUAL_BUSINESS', 'SOLE_PROPRIETORSHIP', 'PARTNERSHIP', 'LIMITED_COMPANY'] as const)[r(4)]!
    p.assumptions.personalTaxMethod = (['BUSINESS_INCOME_BRACKETS', 'FLAT_RATE_ON_SALES', 'NONE'] as const)[r(3)]!
    p.assumptions.vatRateBp = r(2) ? 100 : 300 + r(1000)
    p.assumptions.vatMonthlyExemption = r(2) ? 0 : 10_000_000
    p.assumptions.depreciationYears = { TOOLS: 1 + r(10), VEHICLES: 1 + r(10), OFFICE: 1 + r(5) }
    p.fixedAssets = Array.from({ length: r(6) }, (_, i) => ({ name: `资产${i}`, kind: (['TOOLS', 'VEHICLES', 'OFFICE'] as const)[r(3)]!, quantity: 1 + r(5), unitPrice: r(5_000_000) + 1, supplier: null }))
    p.workingCapital = { materials: r(1_000_000), ownerWage: r(500_000), marketing: r(100_000), utilities: r(100_000), maintenance: r(50_000), other: r(50_000) }
    p.organisation.staff = Array.from({ length: r(3) }, (_, i) => ({ role: `岗位${i}`, count: 1 + r(3), monthlyWage: r(400_000) }))
    p.organisation.licences = [{ name: '营业执照', fee: r(100_000) }]
    p.marketing.place.monthlyRent = r(500_000)
    p.sales.products = Array.from({ length: 1 + r(5) }, (_, i) => ({ name: `产品${i}`, unitPrice: 1 + r(50_000), unitCost: r(30_000), quantities: Array.from({ length: h }, () => r(3_000)) }))
    p.funding = { own: r(5_000_000), family: r(1_000_000), other: r(500_000), loan: { amount: r(2) ? 0 : r(10_000_000), month: 1 + r(h), annualRateBp: r(1_500), termMonths: 1 + r(36), repayment: (['EQUAL_PRINCIPAL', 'EQUAL_INSTALMENT', 'INTEREST_ONLY'] as const)[r(3)]! } }
    p.cashflow = { openingCash: r(100_000), creditSalesShareBp: r(10_001), creditPurchaseShareBp: r(10_001), additionalOwnerInvestment: [r(100_000)], otherIncome: [0, r(100_000)] }
    return p
  }

  it('every cell is whole fen, every total the sum of its months, and the cash adds up', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const plan = randomPlan(seed)
      expect(businessPlanSchema.safeParse(plan).success).toBe(true)
      const f = computePlan(plan)
      const h = f.horizonMonths
      for (const [key, row] of Object.entries(f.salesCost)) {
        expect(row.months.every(Number.isSafeInteger), key).toBe(true)
        expect(row.total, key).toBe(row.months.reduce((s, v) => s + v, 0))
      }
      const sc = f.salesCost
      for (let m = 0; m < h; m++) {
        expect(sc.netRevenue.months[m]).toBe(sc.grossRevenue.months[m]! - sc.turnoverTax.months[m]!)
        expect(sc.netIncome.months[m]).toBe(sc.profit.months[m]! - sc.corporateIncomeTax.months[m]! - sc.personalIncomeTax.months[m]!)
        const cf = f.cashflow
        expect(cf.closing.months[m]).toBe(cf.available.months[m]! - cf.totalOut.months[m]!)
        if (m > 0) expect(cf.opening.months[m]).toBe(cf.closing.months[m - 1])
        // cash and credit parts add up to the whole
        expect(cf.cashSales.months[m]! + (m + 1 < h ? cf.creditCollections.months[m + 1]! : cf.receivablesAtEnd)).toBe(sc.grossRevenue.months[m])
        expect(cf.cashPurchases.months[m]! + (m + 1 < h ? cf.creditPurchases.months[m + 1]! : cf.payablesAtEnd)).toBe(sc.materials.months[m])
      }
      for (const key of ['cashSales', 'creditCollections', 'loan', 'ownerInvestment', 'otherIncome', 'cashPurchases', 'creditPurchases', 'wages', 'equipment', 'taxes', 'principal', 'interest'] as const) {
        expect(f.cashflow[key].total, key).toBe(f.cashflow[key].months.reduce((s, v) => s + v, 0))
      }
      expect(f.cashflow.closing.total).toBe(f.cashflow.closing.months[h - 1])
      // no asset depreciates beyond its value; a loan never repays more than it lent
      for (const a of f.fixedAssets.rows) expect(a.depreciation.reduce((s, v) => s + v, 0)).toBeLessThanOrEqual(a.value)
      expect(f.loan.principal.total + f.loan.balanceAtEnd).toBe(plan.funding.loan.month <= h ? plan.funding.loan.amount : 0)
      expect(f.loan.principal.months.every(v => v >= 0)).toBe(true)
    }
  })

  it('an empty plan computes to zeros without warnings it cannot back', () => {
    const f = computePlan(emptyPlan(24))
    expect(f.startUp.total).toBe(0)
    expect(f.cashflow.closing.months).toEqual(repeat(24, 0))
    expect(f.indicators.breakEvenMonth).toBe(1)
    expect(f.warnings.map(w => w.code)).toEqual(['breakEven', 'noPayback'])
  })
})

describe('rounding helpers', () => {
  it('round half away from zero, exactly, also past 2⁵³', () => {
    expect(divRound(5, 2)).toBe(3)
    expect(divRound(-5, 2)).toBe(-3)
    expect(divRound(7, 3)).toBe(2)
    expect(mulDivRound(7_231, 5_000, 10_000)).toBe(3_616) // 3,615.5
    expect(mulDivRound(4_800_000_000_000, 9_999, 10_000)).toBe(4_799_520_000_000)
    expect(mulDivRound(900_719_925_474_099, 5_000, 10_000)).toBe(450_359_962_737_050) // …049.5, past 2⁵³ on the way
  })

  it('spreads a total by weights into whole parts that add up', () => {
    expect(spread(1_000, [1, 1, 1])).toEqual([334, 333, 333])
    expect(spread(800_000, [4500, 2000, 2000, 400, 700, 100, 100, 200], 100)).toEqual([360_000, 160_000, 160_000, 32_000, 56_000, 8_000, 8_000, 16_000])
  })

  it('shows money in yuan and rates in per cent', () => {
    expect(formatYuan(123_456_789)).toBe('1,234,567.89')
    expect(formatYuan(-119_060)).toBe('-1,190.60')
    expect(formatYuan(5)).toBe('0.05')
    expect(formatPercent(150)).toBe('1.5%')
    expect(formatPercent(500)).toBe('5%')
  })
})

describe('prefillPlan', () => {
  const { plan, prefilled } = prefillPlan({ investmentMin: 30_000, investmentMax: 50_000, monthlyCost: 8_000, categoryCode: 'food-snacks', title: '社区鲜奶茶外卖小店' })

  it('puts 45 % of the mean investment into the category\'s typical equipment', () => {
    // mean ¥40,000 × 45 % = ¥18,000, by weights 40/25/15/10/10: 7,200, 4,500 (2 × 2,250), 2,700, 1,800, 1,800 (4 × 450)
    expect(plan.fixedAssets.map(a => [a.name, a.quantity, a.unitPrice])).toEqual([
      ['制冰机、封口机等操作设备', 1, 720_000],
      ['冷藏冷冻柜', 2, 225_000],
      ['操作台和货架', 1, 270_000],
      ['收银机', 1, 180_000],
      ['桌椅', 4, 45_000],
    ])
    expect(computePlan(plan).fixedAssets.total.value).toBe(1_800_000)
  })

  it('spreads the monthly running cost over the working-capital rows, exactly', () => {
    // ¥8,000: materials 45 % 3,600, staff 20 % 1,600, rent 20 % 1,600, marketing 4 % 320, utilities 7 % 560, maintenance 80, insurance 80, other 160
    expect(plan.workingCapital).toEqual({ materials: 360_000, ownerWage: 200_000, marketing: 32_000, utilities: 56_000, maintenance: 8_000, other: 16_000 })
    expect(plan.organisation.staff).toEqual([{ role: '店员', count: 1, monthlyWage: 160_000 }])
    expect(plan.marketing.place.monthlyRent).toBe(160_000)
    expect(plan.organisation.insurance).toEqual([{ name: '商业保险', monthlyPremium: 8_000 }])
    const f = computePlan(plan)
    expect(f.workingCapital.monthlyTotal - f.workingCapital.ownerWage).toBe(800_000)
  })

  it('lists what it filled in, and the plan is valid', () => {
    expect(prefilled).toEqual([
      'overview.businessScope', 'overview.enterpriseType', 'organisation.legalForm',
      'fixedAssets.0', 'fixedAssets.1', 'fixedAssets.2', 'fixedAssets.3', 'fixedAssets.4',
      'workingCapital.materials', 'workingCapital.marketing', 'workingCapital.utilities', 'workingCapital.maintenance', 'workingCapital.other',
      'organisation.staff.0', 'marketing.place.monthlyRent', 'organisation.insurance.0',
      'organisation.licences.0', 'organisation.licences.1',
      'workingCapital.ownerWage',
    ])
    expect(plan.overview).toEqual({ enterpriseName: null, businessScope: '社区鲜奶茶外卖小店', enterpriseType: 'SERVICE' })
    expect(plan.organisation.legalForm).toBe('INDIVIDUAL_BUSINESS')
    expect(businessPlanSchema.safeParse(plan).success).toBe(true)
  })

  it('keeps a legal form the project names; an unknown category fills in only what it can', () => {
    const other = prefillPlan({ investmentMin: 10_000, investmentMax: 10_000, monthlyCost: 1_000, categoryCode: 'unknown', legalForm: 'LIMITED_COMPANY', title: '自主创业项目' })
    expect(other.plan.organisation.legalForm).toBe('LIMITED_COMPANY')
    expect(other.plan.fixedAssets).toEqual([])
    expect(other.prefilled).toEqual(['overview.businessScope', 'organisation.legalForm', 'workingCapital.ownerWage'])
  })

  it('every category has equipment, and cost shares that add up to 100 %', () => {
    for (const code of PLAN_CATEGORY_CODES) {
      const profile = CATEGORY_PLAN_PROFILES[code]
      expect(profile.equipment.length).toBeGreaterThan(0)
      expect(Object.values(profile.costShares).reduce((s, v) => s + v, 0)).toBe(10_000)
      const filled = prefillPlan({ investmentMin: 20_000, investmentMax: 60_000, monthlyCost: 5_000, categoryCode: code, title: '示例创业项目' })
      expect(businessPlanSchema.safeParse(filled.plan).success).toBe(true)
      expect(filled.plan.fixedAssets.length).toBe(profile.equipment.length)
    }
  })
})

describe('businessPlanSchema messages', () => {
  function messages(input: unknown, locale: AppLocale = 'zh-CN'): Record<string, string> {
    const r = businessPlanSchema.safeParse(input)
    if (r.success) return {}
    return Object.fromEntries(r.error.issues.map(i => [i.path.join('.'), issueMessage(locale, i)]))
  }
  const valid = () => milkTeaPlan()

  it('accepts the worked examples and fills in defaults', () => {
    const parsed = businessPlanSchema.parse({ ...valid(), assumptions: undefined, funding: undefined, cashflow: undefined })
    expect(parsed.assumptions.vatRateBp).toBe(100)
    expect(parsed.assumptions.depreciationYears).toEqual({ TOOLS: 5, VEHICLES: 4, OFFICE: 3 })
    expect(parsed.funding.loan.amount).toBe(0)
  })

  it('a too-short text names its minimum, in both languages', () => {
    const p = { ...valid(), overview: { ...valid().overview, businessScope: '奶茶' } }
    expect(messages(p)['overview.businessScope']).toBe('至少 4 个字。')
    expect(messages(p, 'en')['overview.businessScope']).toBe('At least 4 characters.')
  })

  it('a too-long text names its maximum; control characters are refused', () => {
    const p = valid()
    p.founder.education = '学'.repeat(1001)
    p.organisation.staff = [{ role: '店\u0007员', count: 1, monthlyWage: 1 }]
    const m = messages(p)
    expect(m['founder.education']).toBe('最多 1000 个字。')
    expect(m['organisation.staff.0.role']).toBe('不能包含控制字符（如换行以外的不可见字符）。')
  })

  it('amounts are whole fen and name their limits in yuan; rates name theirs in per cent', () => {
    const p = valid()
    p.workingCapital.ownerWage = 1_000_000_001
    p.workingCapital.other = 10.5
    p.cashflow.creditSalesShareBp = 10_001
    p.funding.loan.annualRateBp = -1
    const m = messages(p)
    expect(m['workingCapital.ownerWage']).toBe('不能超过 10,000,000 元。')
    expect(m['workingCapital.other']).toBe('此项的格式不正确。')
    expect(m['cashflow.creditSalesShareBp']).toBe('不能高于 100%。')
    expect(m['funding.loan.annualRateBp']).toBe('不能低于 0%。')
    expect(messages(p, 'en')['workingCapital.ownerWage']).toBe('Must be at most ¥10,000,000.')
  })

  it('each product has a quantity for every month of the horizon; lists have maximum sizes', () => {
    const p = valid()
    p.sales.products[0]!.quantities = [1, 2, 3]
    expect(messages(p)['sales.products.0.quantities']).toBe('请填写全部 12 个月。')
    const many = valid()
    many.sales.products = Array.from({ length: 21 }, () => ({ ...valid().sales.products[0]! }))
    expect(messages(many)['sales.products']).toBe('最多选择 20 项。')
    const assets = valid()
    assets.fixedAssets = Array.from({ length: 51 }, () => ({ ...valid().fixedAssets[0]! }))
    expect(messages(assets).fixedAssets).toBe('最多选择 50 项。')
  })

  it('the horizon is 12 or 24 months; working capital counts 1–12 months; scores are 1–5', () => {
    const m = messages({ ...valid(), horizonMonths: 18, workingCapitalMonths: 13, market: { ...valid().market, competitors: [{ name: '对手', strengths: null, strengthScore: 6, weaknesses: null, weaknessScore: 0 }] } })
    expect(m.horizonMonths).toBe('此项只能是以下之一：12, 24。')
    expect(m.workingCapitalMonths).toBe('不能大于 12。')
    expect(m['market.competitors.0.strengthScore']).toBe('不能大于 5。')
    expect(m['market.competitors.0.weaknessScore']).toBe('不能小于 1。')
  })
})

describe('savablePart (what the editor saves while a field breaks a rule)', () => {
  it('puts each field with a problem back to its saved value, a list with a problem back whole, and keeps every other edit', () => {
    const saved = milkTeaPlan()
    const draft = milkTeaPlan()
    draft.overview.enterpriseName = '新名字小店'
    draft.workingCapitalMonths = 20
    draft.fixedAssets = [{ ...draft.fixedAssets[0]!, unitPrice: -5 }, ...draft.fixedAssets]
    const issues = businessPlanSchema.safeParse(draft)
    expect(issues.success).toBe(false)
    const part = savablePart(draft, saved, issues.error!.issues.map(i => i.path))
    expect(businessPlanSchema.safeParse(part).success).toBe(true)
    expect(part.overview.enterpriseName).toBe('新名字小店')
    expect(part.workingCapitalMonths).toBe(saved.workingCapitalMonths)
    expect(part.fixedAssets).toEqual(saved.fixedAssets)
    // the draft itself is left as typed
    expect(draft.workingCapitalMonths).toBe(20)
  })
})
