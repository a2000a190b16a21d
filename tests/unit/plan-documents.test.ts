import { describe, expect, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import readXlsxFile from 'read-excel-file/node'
import { extractText, getDocumentProxy } from 'unpdf'
import type { PlanDocumentMeta } from '../../server/services/cases/plan-pdf'
import { renderPlanPdf } from '../../server/services/cases/plan-pdf'
import { planSheetNames, renderPlanXlsx } from '../../server/services/cases/plan-xlsx'
import zhPlan from '../../i18n/locales/zh-CN.plan.json'
import enPlan from '../../i18n/locales/en.plan.json'
import { emptyPlan } from '#shared/utils/plan'
import { cleaningPlan, fullPlan } from '../support/plans'

const meta = (locale: PlanDocumentMeta['locale'] = 'zh-CN'): PlanDocumentMeta => ({
  title: '小鹿奶茶创业计划',
  author: '李小鹿',
  version: 3,
  date: new Date('2026-12-01T02:00:00Z'),
  locale,
})

async function pdfText(buf: Buffer): Promise<{ pages: number, text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(buf))
  const { totalPages, text } = await extractText(pdf, { mergePages: true })
  return { pages: totalPages, text: text.replace(/\s+/g, '') }
}

describe('renderPlanPdf', () => {
  it('is a PDF whose text holds every section title and the total start-up money', async () => {
    const buf = await renderPlanPdf(fullPlan(24, 20), meta())
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const { pages, text } = await pdfText(buf)
    expect(pages).toBeGreaterThan(12)
    for (const title of ['一、企业概况', '二、创业计划作者的个人情况', '三、市场评估', '四、市场营销计划', '五、企业组织结构', '六、固定资产', '七、流动资金(月)', '八、销售收入预测(24个月)', '九、销售和成本计划', '十、现金流量计划', '目录', '测算假设']) {
      expect(text).toContain(title)
    }
    // fixed assets 12,800 + 1,200 (封口机) + 5,000 (2 冷藏柜) = 19,000; working capital 3 × 14,850 = 44,550; licence 300
    expect(text).toContain('启动资金总额63,850.00')
    // the footer: version, date and page numbers
    expect(text).toContain('版本3·2026年12月1日')
    expect(text).toContain(`第1页/共${pages}页`)
    expect(text).toContain(`第${pages}页/共${pages}页`)
    // the assumptions are printed with their sources
    expect(text).toContain('增值税征收率')
    expect(text).toContain('财政部税务总局公告2023年第12号')
    // the 24-month tables continue on a second page for months 13–24
    expect(text).toContain('第13–24月')
  })

  it('prints the competitors and the cash flow\'s own inputs (credit shares) the editor takes', async () => {
    const plan = cleaningPlan()
    plan.market.competitors = [{ name: '洁美家政', strengths: '老牌', strengthScore: 4, weaknesses: '价高', weaknessScore: 2 }]
    const { text } = await pdfText(await renderPlanPdf(plan, meta()))
    expect(text).toContain('洁美家政')
    expect(text).toContain('赊销比例25%，赊购比例50%')
    const sheets = await readXlsxFile(await renderPlanXlsx(plan, meta()))
    const cashflow = sheets.find(s => s.sheet === '现金流量计划')!.data
    expect(cashflow.some(r => typeof r[0] === 'string' && r[0].includes('赊销比例 25%，赊购比例 50%'))).toBe(true)
    // a plan without credit says nothing of it
    plan.cashflow.creditSalesShareBp = 0
    plan.cashflow.creditPurchaseShareBp = 0
    expect((await pdfText(await renderPlanPdf(plan, meta()))).text).not.toContain('赊销比例')
  })

  it('prints the price table, the place and every tax assumption the editor takes', async () => {
    const plan = fullPlan(12, 2)
    plan.assumptions.vatMonthlyExemption = 8_000_000
    plan.assumptions.personalTaxDeduction = 5_000_000
    plan.assumptions.individualBusinessReliefBp = 2500
    const { text } = await pdfText(await renderPlanPdf(plan, meta()))
    for (const s of ['成本价3.00', '销售价10.10', '竞争对手的价格9.00', '折扣销售开业第一周第二杯半价', '赊账销售写字楼团体订单月结', '面积(平方米)20', '销售方式门店直接零售，外卖平台约占六成']) expect(text, s).toContain(s)
    for (const s of ['增值税月销售额免征额（不含税）80,000.00元', '个人所得税计算方法查账征收', '经营所得年减除费用50,000.00元', '个体工商户个人所得税减征比例25%']) expect(text, s).toContain(s)
    // the competitors' price not known is printed as such
    plan.marketing.price.competitorPrice = null
    expect((await pdfText(await renderPlanPdf(plan, meta()))).text).toContain('竞争对手的价格（未填写）')
    // the flat rate, when that is the method, in both documents
    plan.assumptions.personalTaxMethod = 'FLAT_RATE_ON_SALES'
    plan.assumptions.personalTaxFlatBp = 150
    expect((await pdfText(await renderPlanPdf(plan, meta()))).text).toContain('核定征收率1.5%')
    const sheets = await readXlsxFile(await renderPlanXlsx(plan, meta()))
    const rows = sheets.find(s => s.sheet === '测算假设')!.data.map(r => `${String(r[0])}=${String(r[1])}`)
    for (const s of ['增值税月销售额免征额（不含税）=80,000.00 元', '经营所得年减除费用=50,000.00 元', '个体工商户个人所得税减征比例=25%', '核定征收率=1.5%']) expect(rows, s).toContain(s)
    expect(rows.some(r => r.startsWith('个人所得税计算方法=核定征收'))).toBe(true)
  })

  it('writes English titles for the English locale', async () => {
    const { text } = await pdfText(await renderPlanPdf(cleaningPlan(), meta('en')))
    for (const title of ['1.Enterpriseoverview', '7.Workingcapital(monthly)', '8.Salesforecast(24months)', '10.Cashflowplan', 'Contents']) expect(text).toContain(title)
    // 9,500 + 2 × 11,300 = 32,100
    expect(text).toContain('Totalstart-upmoney32,100.00')
    expect(text).toContain('Version3·1Dec2026')
  })
})

describe('renderPlanXlsx', () => {
  it('opens with the financial sheets, numbers as numbers in yuan, totals that add up', async () => {
    const buf = await renderPlanXlsx(cleaningPlan(), meta())
    const sheets = await readXlsxFile(buf)
    expect(sheets.map(s => s.sheet)).toEqual(['固定资产', '流动资金(月)', '启动资金和资金来源', '销售收入预测(24个月)', '销售和成本计划', '现金流量计划', '测算假设'])
    expect(planSheetNames('zh-CN', 24)).toEqual(sheets.map(s => s.sheet))
    const sheet = (name: string) => sheets.find(s => s.sheet === name)!.data
    const rowOf = (name: string, label: string) => sheet(name).find(r => typeof r[0] === 'string' && r[0].trim() === label)!

    // fixed assets: 3,500 + 6,000 = 9,500
    expect(rowOf('固定资产', '合计')[4]).toBe(9_500)
    // start-up money: 9,500 + 2 × 11,300 = 32,100; funding 1,500 + 500 + 20,000; gap 10,100
    expect(rowOf('启动资金和资金来源', '启动资金总额')[1]).toBe(32_100)
    expect(rowOf('启动资金和资金来源', '资金缺口')[1]).toBe(10_100)
    // sales: 24 × 120 × ¥100
    expect(rowOf('销售收入预测(24个月)', '销售总收入')[25]).toBe(288_000)
    // profit 9,940; net income after 企业所得税 497: 9,443
    expect(rowOf('销售和成本计划', '利润')[25]).toBe(9_940)
    expect(rowOf('销售和成本计划', '净收入（税后）')[25]).toBe(9_443)
    // cash: −127 at the end of month 13, 7,243 at the end
    const closing = rowOf('现金流量计划', '月底现金（A−B）')
    expect(closing[13]).toBe(-127)
    expect(closing[24]).toBe(7_243)
    expect(closing[25]).toBe(7_243)
    expect(typeof closing[5]).toBe('number')
  })

  it('writes sums and differences as formulas with their values', async () => {
    const files = unzipSync(new Uint8Array(await renderPlanXlsx(cleaningPlan(), meta())))
    expect(Object.keys(files)).toContain('xl/workbook.xml')
    const cashflow = strFromU8(files['xl/worksheets/sheet6.xml']!)
    // 月初现金 of month 2 is month 1's 月底现金; A − B; the 合计 column sums the months
    expect(cashflow).toMatch(/<c r="C4" s="1"><f>B\d+<\/f><v>12584\.58<\/v><\/c>/)
    expect(cashflow).toMatch(/<f>B\d+-B\d+<\/f><v>12584\.58<\/v>/)
    expect(cashflow).toContain('<f>SUM(B')
    const start = strFromU8(files['xl/worksheets/sheet3.xml']!)
    expect(start).toContain('<f>\'固定资产\'!E')
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('fullCalcOnLoad="1"')
  })

  it('English sheet names for the English locale', async () => {
    const sheets = await readXlsxFile(await renderPlanXlsx(fullPlan(12, 3), meta('en')))
    expect(sheets.map(s => s.sheet)).toEqual(['Fixed assets', 'Working capital (monthly)', 'Start-up money and funding', 'Sales forecast (12 months)', 'Sales and cost plan', 'Cash flow plan', 'Assumptions'])
  })
})

describe('plan labels', () => {
  function keys(o: Record<string, unknown>, prefix = ''): string[] {
    return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]))
  }
  it('Chinese and English have the same keys, and the section titles of ONE-STOP.md', () => {
    expect(keys(enPlan).sort()).toEqual(keys(zhPlan).sort())
    expect(zhPlan.plan.rules.length).toBe(enPlan.plan.rules.length)
    expect(Object.values(zhPlan.plan.section).slice(0, 10)).toEqual(['企业概况', '创业计划作者的个人情况', '市场评估', '市场营销计划', '企业组织结构', '固定资产', '流动资金(月)', '销售收入预测({months}个月)', '销售和成本计划', '现金流量计划'])
  })
})

describe('documents of a plan just started', () => {
  it('an empty plan still prints and exports', async () => {
    const plan = emptyPlan(12)
    const { text } = await pdfText(await renderPlanPdf(plan, meta()))
    expect(text).toContain('十、现金流量计划')
    expect(text).toContain('（未填写）')
    const sheets = await readXlsxFile(await renderPlanXlsx(plan, meta()))
    expect(sheets).toHaveLength(7)
  })
})
