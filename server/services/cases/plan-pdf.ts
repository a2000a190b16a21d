import type { AppLocale } from '#shared/i18n/messages'
import type { PlanLabels } from '#shared/i18n/plan'
import { fillLabel, planLabels } from '#shared/i18n/plan'
import { ASSET_KINDS } from '#shared/schemas/plan'
import type { BusinessPlan } from '#shared/schemas/plan'
import { formatDate } from '#shared/utils/format-time'
import { formatPercent, formatYuan } from '#shared/utils/money'
import { WORKING_CAPITAL_ROWS, computePlan } from '#shared/utils/plan'
import type { PlanWarning } from '#shared/utils/plan'
import type { MonthlyTable } from './plan-tables'
import { assumptionLines, bracketLines, monthlyTables } from './plan-tables'
import type { PdfColumn, PdfTableRow } from './plan-pdf-tables'
import { colon, drawTable, indicatorsTable, monthlyPart } from './plan-pdf-tables'
import type { PdfDoc } from '../../utils/pdf'
import { PDF_FONT_NAME, startPdf } from '../../utils/pdf'

/**
 * The business plan as a printed 创业计划书 (pdfkit): a cover, the contents, the ten sections with
 * their tables (the monthly ones on landscape pages, 12 months to a page, the label column
 * repeated), the assumptions and warnings, and on every page a footer with the version, the
 * date and the page number. Figures come from computePlan, so they are the form's to the fen.
 *
 * Chinese needs a CJK font: server/utils/pdf-font.ts (Debian's fonts-wqy-zenhei, or `PDF_FONT`),
 * read once per process.
 */
export interface PlanDocumentMeta {
  title: string
  author: string
  version: number
  date: Date
  locale: AppLocale
}

const FONT = PDF_FONT_NAME

// --- layout ---------------------------------------------------------------------------------------

const MARGIN = { top: 50, bottom: 56, left: 48, right: 48 }
const FOOTER_GAP = 30
const GREY = '#555555'

class PlanPdf {
  readonly doc: PdfDoc
  /** the finished bytes, once the document is ended */
  readonly done: Promise<Buffer>
  readonly sections: { title: string, page: number }[] = []
  private landscape = false

  constructor(readonly l: PlanLabels, readonly meta: PlanDocumentMeta) {
    const { doc, done } = startPdf({
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: false,
      info: { Title: meta.title, Author: meta.author, Subject: l.title, CreationDate: meta.date, ModDate: meta.date },
      lang: meta.locale,
    })
    this.doc = doc
    this.done = done
  }

  get pageIndex(): number {
    const range = this.doc.bufferedPageRange()
    return range.start + range.count - 1
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  get contentWidth(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right
  }

  page(landscape = false): void {
    this.landscape = landscape
    this.doc.addPage({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margins: MARGIN })
    this.doc.font(FONT).fillColor('black')
  }

  /** A new page unless `height` points still fit on a portrait one. */
  room(height: number): void {
    if (this.landscape || this.doc.y + height > this.bottom) this.page(false)
  }

  section(title: string, landscape = false): void {
    if (landscape) this.page(true)
    else this.room(160)
    this.sections.push({ title, page: this.pageIndex + 1 })
    this.heading(title, 15)
  }

  heading(text: string, size = 12): void {
    const d = this.doc
    if (d.y + size * 3 > this.bottom) this.page(this.landscape)
    d.moveDown(size > 12 ? 0.2 : 0.6)
    d.fontSize(size).fillColor('black').text(text, MARGIN.left, d.y, { width: this.contentWidth })
    d.moveDown(0.4)
  }

  note(text: string, size = 8.5): void {
    const d = this.doc
    const h = d.fontSize(size).heightOfString(text, { width: this.contentWidth })
    if (d.y + h > this.bottom) this.page(this.landscape)
    d.fillColor(GREY).text(text, MARGIN.left, d.y, { width: this.contentWidth })
    d.fillColor('black').moveDown(0.3)
  }

  /** A labelled value, the way the SYB workbook asks each question. */
  field(label: string, value: string | null | undefined): void {
    const d = this.doc
    const text = value && value.trim() ? value : this.l.doc.empty
    d.fontSize(10.5)
    const h = d.heightOfString(text, { width: this.contentWidth }) + 16
    if (d.y + Math.min(h, 120) > this.bottom) this.page(false)
    d.fontSize(9).fillColor(GREY).text(label, MARGIN.left, d.y, { width: this.contentWidth })
    d.fontSize(10.5).fillColor('black').text(text, MARGIN.left, d.y + 1, { width: this.contentWidth })
    d.moveDown(0.5)
  }

  /** A ruled table that continues on the next page with its header repeated (plan-pdf-tables.ts). */
  table(columns: PdfColumn[], rows: PdfTableRow[], size = 9): void {
    drawTable(this.doc, { left: MARGIN.left, bottom: () => this.bottom, newPage: () => this.page(this.landscape) }, columns, rows, size)
  }

  /** A monthly table on landscape pages, 12 months to a page, the total on the last. */
  monthly(table: MonthlyTable, horizon: number): void {
    const l = this.l
    const chunks: [number, number][] = horizon > 12 ? [[0, 12], [12, horizon]] : [[0, horizon]]
    chunks.forEach(([from, to], ci) => {
      const last = ci === chunks.length - 1
      if (ci === 0) this.section(table.title, true)
      else {
        this.page(true)
        this.heading(`${table.title}（${fillLabel(l.doc.monthsPart, { from: from + 1, to })}）`, 12)
      }
      if (chunks.length > 1 && ci === 0) this.note(fillLabel(l.doc.monthsPart, { from: from + 1, to }))
      this.note(l.doc.unit)
      const { columns, rows, size } = monthlyPart(this.doc, l, table, from, to, last, this.contentWidth)
      this.table(columns, rows, size)
    })
    if (table.note) this.note(table.note)
  }

  cover(plan: BusinessPlan): void {
    const d = this.doc
    const l = this.l
    this.page(false)
    const w = this.contentWidth
    d.y = 200
    d.fontSize(30).text(l.title, MARGIN.left, d.y, { width: w, align: 'center' })
    d.moveDown(1.2)
    d.fontSize(18).text(this.meta.title, { width: w, align: 'center' })
    d.moveDown(3)
    d.fontSize(12)
    const sep = colon(this.meta.locale)
    const lines = [
      plan.overview.enterpriseName ? `${l.doc.enterprise}${sep}${plan.overview.enterpriseName}` : null,
      `${l.doc.author}${sep}${this.meta.author}`,
      `${l.doc.version}${sep}${this.meta.version}`,
      `${l.doc.date}${sep}${formatDate(this.meta.date, this.meta.locale)}`,
    ].filter((s): s is string => !!s)
    for (const line of lines) {
      d.text(line, { width: w, align: 'center' })
      d.moveDown(0.6)
    }
    d.fontSize(9).fillColor(GREY).text(l.doc.generated, MARGIN.left, d.page.height - MARGIN.bottom - 40, { width: w, align: 'center' })
    d.fillColor('black')
  }

  contents(page: number): void {
    const d = this.doc
    d.switchToPage(page)
    d.font(FONT).fillColor('black')
    d.y = MARGIN.top
    d.fontSize(16).text(this.l.doc.contents, MARGIN.left, d.y, { width: this.contentWidth, align: 'center' })
    d.moveDown(1)
    d.fontSize(11)
    for (const s of this.sections) {
      const y = d.y
      d.text(s.title, MARGIN.left, y, { width: this.contentWidth - 40, lineBreak: false })
      d.text(String(s.page), MARGIN.left, y, { width: this.contentWidth, align: 'right', lineBreak: false })
      d.y = y + 22
    }
  }

  footers(): void {
    const d = this.doc
    const range = d.bufferedPageRange()
    const total = range.count
    const left = fillLabel(this.l.doc.footer, { version: this.meta.version, date: formatDate(this.meta.date, this.meta.locale) })
    for (let i = range.start; i < range.start + total; i++) {
      d.switchToPage(i)
      const page = d.page
      const keep = page.margins.bottom
      page.margins.bottom = 0
      const y = page.height - FOOTER_GAP
      const width = page.width - MARGIN.left - MARGIN.right
      d.font(FONT).fontSize(8).fillColor(GREY)
      d.text(`${this.meta.title} · ${left}`, MARGIN.left, y, { width: width - 90, lineBreak: false, height: 10 })
      d.text(fillLabel(this.l.doc.page, { page: i + 1, pages: total }), MARGIN.left, y, { width, align: 'right', lineBreak: false, height: 10 })
      page.margins.bottom = keep
    }
    d.fillColor('black')
  }
}

function warningText(l: PlanLabels, w: PlanWarning): string {
  return fillLabel(l.warning[w.code], {
    month: w.month ?? '',
    amount: w.amount === undefined ? '' : formatYuan(Math.abs(w.amount)),
    limit: w.limit === undefined ? '' : w.code === 'paybackLonger' ? w.limit : formatYuan(w.limit),
  })
}

// --- the sections -------------------------------------------------------------------------------------

function numbered(l: PlanLabels, i: number, title: string, locale: AppLocale): string {
  return locale === 'en' ? `${l.numbering[i]}. ${title}` : `${l.numbering[i]}、${title}`
}

export function renderPlanPdf(plan: BusinessPlan, meta: PlanDocumentMeta): Promise<Buffer> {
  const l = planLabels(meta.locale)
  const f = computePlan(plan)
  const pdf = new PlanPdf(l, meta)
  const doc = pdf.doc
  const done = pdf.done
  const n = (i: number, title: string) => numbered(l, i, title, meta.locale)
  const yuan = formatYuan

  pdf.cover(plan)
  const w = pdf.contentWidth // of a portrait page
  pdf.page(false) // the contents, written at the end
  const contentsPage = pdf.pageIndex

  // 1. 企业概况
  pdf.page(false)
  pdf.section(n(0, l.section.overview))
  pdf.field(l.field.enterpriseName, plan.overview.enterpriseName)
  pdf.field(l.field.businessScope, plan.overview.businessScope)
  pdf.field(l.field.enterpriseType, l.enterpriseType[plan.overview.enterpriseType])

  // 2. 创业计划作者的个人情况
  pdf.section(n(1, l.section.founder))
  pdf.field(l.doc.author, meta.author)
  pdf.field(l.field.experience, plan.founder.experience)
  pdf.field(l.field.education, plan.founder.education)

  // 3. 市场评估
  const m = plan.market
  pdf.section(n(2, l.section.market))
  pdf.field(l.field.targetCustomers, m.targetCustomers)
  pdf.field(l.field.marketSize, m.marketSize)
  pdf.field(l.field.trend, m.trend)
  pdf.heading(l.field.competitors, 11)
  if (m.competitors.length) {
    pdf.table(
      [
        { header: l.field.competitor, width: w * 0.18 },
        { header: l.field.strengths, width: w * 0.31 },
        { header: l.field.score, width: w * 0.1, align: 'center' },
        { header: l.field.weaknesses, width: w * 0.31 },
        { header: l.field.score, width: w * 0.1, align: 'center' },
      ],
      m.competitors.map(c => ({ cells: [c.name, c.strengths ?? '', String(c.strengthScore), c.weaknesses ?? '', String(c.weaknessScore)] })),
    )
  }
  else pdf.note(l.doc.none)
  pdf.field(l.field.ownStrengths, m.ownStrengths)
  pdf.field(l.field.ownWeaknesses, m.ownWeaknesses)

  // 4. 市场营销计划
  const mk = plan.marketing
  pdf.section(n(3, l.section.marketing))
  pdf.field(l.field.product, mk.product)
  pdf.heading(l.field.price, 11)
  pdf.table(
    [{ header: l.doc.item, width: w * 0.35 }, { header: l.doc.amount, width: w * 0.65 }],
    [
      { cells: [l.field.costPrice, yuan(mk.price.costPrice)] },
      { cells: [l.field.salePrice, yuan(mk.price.salePrice)] },
      { cells: [l.field.competitorPrice, mk.price.competitorPrice === null ? l.doc.empty : yuan(mk.price.competitorPrice)] },
      { cells: [l.field.discount, mk.price.discount ?? l.doc.empty] },
      { cells: [l.field.creditSales, mk.price.creditSales ?? l.doc.empty] },
    ],
  )
  pdf.heading(l.field.place, 11)
  pdf.field(l.field.address, mk.place.address)
  pdf.field(l.field.area, String(mk.place.areaSqm))
  pdf.field(l.field.monthlyRent, fillLabel(l.doc.yuanValue, { amount: yuan(mk.place.monthlyRent) }))
  pdf.field(l.field.reason, mk.place.reason)
  pdf.field(l.field.salesChannel, mk.place.salesChannel)
  pdf.field(l.field.promotion, mk.promotion)

  // 5. 企业组织结构
  const org = plan.organisation
  pdf.section(n(4, l.section.organisation))
  pdf.field(l.field.legalForm, l.legalForm[org.legalForm])
  pdf.heading(l.field.staff, 11)
  pdf.table(
    [{ header: l.field.role, width: w * 0.4 }, { header: l.field.count, width: w * 0.15, align: 'right' }, { header: l.field.monthlyWage, width: w * 0.22, align: 'right' }, { header: l.field.subtotal, width: w * 0.23, align: 'right' }],
    [
      ...org.staff.map(s => ({ cells: [s.role, String(s.count), yuan(s.monthlyWage), yuan(s.count * s.monthlyWage)] })),
      { cells: [l.doc.total, '', '', yuan(f.workingCapital.staffWages)], strong: true },
    ],
  )
  pdf.heading(l.field.licences, 11)
  pdf.table(
    [{ header: l.field.licence, width: w * 0.7 }, { header: l.field.fee, width: w * 0.3, align: 'right' }],
    [...org.licences.map(x => ({ cells: [x.name, yuan(x.fee)] })), { cells: [l.doc.total, yuan(f.workingCapital.registration)], strong: true }],
  )
  pdf.heading(l.field.insurance, 11)
  pdf.table(
    [{ header: l.field.insuranceName, width: w * 0.7 }, { header: l.field.monthlyPremium, width: w * 0.3, align: 'right' }],
    [...org.insurance.map(x => ({ cells: [x.name, yuan(x.monthlyPremium)] })), { cells: [l.doc.total, yuan(f.workingCapital.insurance)], strong: true }],
  )

  // 6. 固定资产
  pdf.section(n(5, l.section.fixedAssets))
  pdf.note(l.doc.unit)
  pdf.table(
    [
      { header: l.field.assetName, width: w * 0.24 },
      { header: l.field.assetKind, width: w * 0.16 },
      { header: l.field.quantity, width: w * 0.08, align: 'right' },
      { header: l.field.unitPrice, width: w * 0.14, align: 'right' },
      { header: l.field.assetValue, width: w * 0.16, align: 'right' },
      { header: l.field.supplier, width: w * 0.22 },
    ],
    [
      ...f.fixedAssets.rows.map(r => ({ cells: [r.name, l.assetKind[r.kind], String(r.quantity), yuan(r.unitPrice), yuan(r.value), r.supplier ?? ''] })),
      { cells: [l.doc.total, '', '', '', yuan(f.fixedAssets.total.value), ''], strong: true },
    ],
  )
  pdf.heading(l.field.depreciationSummary, 11)
  pdf.table(
    [
      { header: l.field.assetKind, width: w * 0.28 },
      { header: l.field.value, width: w * 0.18, align: 'right' },
      { header: l.field.years, width: w * 0.14, align: 'right' },
      { header: l.field.yearlyDepreciation, width: w * 0.2, align: 'right' },
      { header: l.field.monthlyDepreciation, width: w * 0.2, align: 'right' },
    ],
    [
      ...ASSET_KINDS.map((k) => {
        const s = f.fixedAssets.byKind[k]
        return { cells: [l.assetKind[k], yuan(s.value), String(s.years), yuan(s.yearly), yuan(s.monthly)] }
      }),
      { cells: [l.doc.total, yuan(f.fixedAssets.total.value), '', yuan(f.fixedAssets.total.yearly), yuan(f.fixedAssets.total.monthly)], strong: true },
    ],
  )

  // 7. 流动资金(月) and the start-up money
  const wc = f.workingCapital
  pdf.section(n(6, l.section.workingCapital))
  pdf.note(l.doc.unit)
  pdf.table(
    [{ header: l.doc.item, width: w * 0.6 }, { header: l.field.monthlyAmount, width: w * 0.4, align: 'right' }],
    [
      ...WORKING_CAPITAL_ROWS.map(k => ({ cells: [l.workingCapital[k], yuan(wc[k])] })),
      { cells: [l.workingCapital.monthlyTotal, yuan(wc.monthlyTotal)], strong: true },
      { cells: [fillLabel(l.workingCapital.total, { n: wc.months }), yuan(wc.total)], strong: true },
      { cells: [l.workingCapital.registration, yuan(wc.registration)] },
    ],
  )
  const su = f.startUp
  pdf.heading(l.section.startUp, 11)
  pdf.table(
    [{ header: l.doc.item, width: w * 0.6 }, { header: l.doc.amount, width: w * 0.4, align: 'right' }],
    [
      { cells: [l.startUp.fixedAssets, yuan(su.fixedAssets)] },
      { cells: [fillLabel(l.startUp.workingCapital, { n: wc.months }), yuan(su.workingCapital)] },
      { cells: [l.startUp.registration, yuan(su.registration)] },
      { cells: [l.startUp.total, yuan(su.total)], strong: true },
      { cells: [l.startUp.own, yuan(su.funding.own)] },
      { cells: [l.startUp.family, yuan(su.funding.family)] },
      { cells: [l.startUp.loan, yuan(su.funding.loan)] },
      { cells: [l.startUp.other, yuan(su.funding.other)] },
      { cells: [l.startUp.fundingTotal, yuan(su.funding.total)], strong: true },
      { cells: [su.gap > 0 ? l.startUp.gap : l.startUp.surplus, yuan(su.gap > 0 ? su.gap : su.surplus)], strong: true },
    ],
  )
  const loan = plan.funding.loan
  if (loan.amount > 0) {
    pdf.heading(l.field.loan, 11)
    pdf.table(
      [{ header: l.doc.item, width: w * 0.6 }, { header: '', width: w * 0.4, align: 'right' }],
      [
        { cells: [l.field.loanAmount, yuan(loan.amount)] },
        { cells: [l.field.loanMonth, fillLabel(l.doc.month, { n: loan.month })] },
        { cells: [l.field.loanRate, formatPercent(loan.annualRateBp)] },
        { cells: [l.field.loanTerm, String(loan.termMonths)] },
        { cells: [l.field.repayment, l.repayment[loan.repayment]] },
      ],
    )
  }

  // 8–10. the monthly tables
  monthlyTables(plan, f, l).forEach((t, i) => pdf.monthly({ ...t, title: n(7 + i, t.title) }, f.horizonMonths))
  pdf.table(
    [{ header: l.doc.item, width: 360 }, { header: l.doc.amount, width: 160, align: 'right' }],
    [
      { cells: [l.field.receivablesAtEnd, yuan(f.cashflow.receivablesAtEnd)] },
      { cells: [l.field.payablesAtEnd, yuan(f.cashflow.payablesAtEnd)] },
      { cells: [l.field.loanBalanceAtEnd, yuan(f.loan.balanceAtEnd)] },
    ],
  )

  // appendix: key figures, warnings, assumptions
  pdf.section(`${l.doc.appendix} · ${l.section.indicators}`)
  pdf.table(...indicatorsTable(l, f, meta.locale, pdf.contentWidth))
  for (const warning of f.warnings) pdf.note(`• ${warningText(l, warning)}`, 9.5)
  pdf.section(`${l.doc.appendix} · ${l.section.assumptions}`)
  pdf.table(
    [
      { header: l.field.assumption, width: w * 0.27 },
      { header: l.field.assumptionValue, width: w * 0.15 },
      { header: l.field.source, width: w * 0.34 },
      { header: l.field.effective, width: w * 0.12 },
      { header: l.field.status, width: w * 0.12 },
    ],
    assumptionLines(plan, l).map(a => ({ cells: [a.label, a.value, a.source, a.effective, a.status] })),
    8,
  )
  pdf.heading(l.assumption.brackets, 11)
  for (const line of bracketLines(l)) pdf.note(line, 9)
  pdf.heading(l.assumption.rounding, 11)
  for (const rule of l.rules) pdf.note(`• ${rule}`, 9)

  pdf.contents(contentsPage)
  pdf.footers()
  doc.end()
  return done
}
