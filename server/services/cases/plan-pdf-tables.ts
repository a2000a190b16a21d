import type { AppLocale } from '#shared/i18n/messages'
import { fillLabel } from '#shared/i18n/plan'
import type { PlanLabels } from '#shared/i18n/plan'
import { formatYuan } from '#shared/utils/money'
import type { PlanFinancials } from '#shared/utils/plan'
import type { PdfDoc } from '../../utils/pdf'
import type { MonthlyTable, MonthlyTableRow } from './plan-tables'

/**
 * The tables of the printed business plan (plan-pdf.ts): a ruled table that continues on the
 * next page with its header repeated, the columns, rows and type size of a monthly table's
 * months on one landscape page, and the table of indicators.
 */

const LINE = '#9a9a9a'
const FILL = '#eeeeee'
const PAD = 3

export interface PdfColumn {
  header: string
  width: number
  align?: 'left' | 'right' | 'center'
  /** one line that always fits (figures): not measured, not wrapped */
  nowrap?: boolean
}

export interface PdfTableRow {
  cells: string[]
  strong?: boolean
  /** indent of the first cell, points */
  indent?: number
}

/** Where a table is drawn: its left edge, the lowest point a row may reach, and how to go on to the next page. */
export interface PdfTablePage {
  left: number
  bottom: () => number
  newPage: () => void
}

/** A ruled table that continues on the next page with its header repeated. */
export function drawTable(d: PdfDoc, page: PdfTablePage, columns: PdfColumn[], rows: PdfTableRow[], size = 9): void {
  d.fontSize(size)
  const lineHeight = d.currentLineHeight(true)
  const heightOf = (cells: string[], all = false) => {
    let h = lineHeight
    cells.forEach((c, i) => {
      const col = columns[i]!
      if (c && (all || !col.nowrap)) h = Math.max(h, d.heightOfString(c, { width: col.width - 2 * PAD }))
    })
    return h + 2 * PAD
  }
  const header = () => {
    const h = heightOf(columns.map(c => c.header), true)
    const y = d.y
    drawRow(d, page.left, columns, columns.map(c => c.header), y, h, { fill: true, align: 'center', header: true })
    d.y = y + h
  }
  if (d.y + 2 * (lineHeight + 2 * PAD) > page.bottom()) page.newPage()
  header()
  for (const r of rows) {
    const h = heightOf(r.cells)
    if (d.y + h > page.bottom()) {
      page.newPage()
      d.fontSize(size)
      header()
    }
    const y = d.y
    drawRow(d, page.left, columns, r.cells, y, h, { fill: r.strong, indent: r.indent })
    d.y = y + h
  }
  d.x = page.left
  d.moveDown(0.6)
}

function drawRow(d: PdfDoc, left: number, columns: PdfColumn[], cells: string[], y: number, h: number, o: { fill?: boolean, align?: 'center', indent?: number, header?: boolean }): void {
  let x = left
  columns.forEach((c, i) => {
    if (o.fill) d.rect(x, y, c.width, h).fill(FILL)
    d.lineWidth(0.5).strokeColor(LINE).rect(x, y, c.width, h).stroke()
    const text = cells[i] ?? ''
    const indent = i === 0 ? (o.indent ?? 0) : 0
    const align = o.align ?? c.align ?? 'left'
    d.fillColor('black')
    if (!text) {
      // nothing to write
    }
    else if (c.nowrap && !o.header) {
      // a figure: placed by hand, which spares pdfkit's line wrapping (most of the cost of a big table)
      const room = c.width - 2 * PAD
      const tw = d.widthOfString(text)
      const left = align === 'right' ? room - tw : align === 'center' ? (room - tw) / 2 : 0
      d.text(text, x + PAD + Math.max(0, left), y + PAD, { lineBreak: false })
    }
    else d.text(text, x + PAD + indent, y + PAD, { width: c.width - 2 * PAD - indent, align })
    x += c.width
  })
}

/** A whole number with thousands separators. */
export function count(n: number): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * The columns and rows of a monthly table's months `from` to `to` (the total with the last part),
 * `width` points wide, and the type size its widest figure allows (at most 7.5 pt, at least 5.5 pt).
 */
export function monthlyPart(d: PdfDoc, l: PlanLabels, table: MonthlyTable, from: number, to: number, last: boolean, width: number): { columns: PdfColumn[], rows: PdfTableRow[], size: number } {
  const cell = (r: MonthlyTableRow, v: number | null) => (v === null || r.heading ? '' : r.unit === 'money' ? formatYuan(v) : count(v))
  const months = Array.from({ length: to - from }, (_, i) => from + i)
  const labelWidth = 128
  const n = months.length + (last ? 1 : 0)
  // the widest figure decides the type size (at most 7.5 pt, at least 5.5 pt)
  const texts = table.rows.flatMap(r => [...months.map(m => cell(r, r.months[m] ?? 0)), last ? cell(r, r.total) : ''])
  const columnWidth = (width - labelWidth) / n
  d.fontSize(7.5)
  const widest = Math.max(...texts.map(t => d.widthOfString(t)))
  const size = Math.max(5.5, Math.min(7.5, (7.5 * (columnWidth - 2 * PAD)) / Math.max(widest, 1)))
  const columns: PdfColumn[] = [
    { header: l.doc.item, width: labelWidth },
    ...months.map(m => ({ header: fillLabel(l.doc.month, { n: m + 1 }), width: columnWidth, align: 'right' as const, nowrap: true })),
    ...(last ? [{ header: l.doc.total, width: columnWidth, align: 'right' as const, nowrap: true }] : []),
  ]
  const rows: PdfTableRow[] = table.rows.map(r => ({
    cells: [r.label, ...months.map(m => cell(r, r.months[m] ?? 0)), ...(last ? [cell(r, r.total)] : [])],
    strong: r.strong || r.heading,
    indent: r.level === 1 ? 8 : 0,
  }))
  return { columns, rows, size }
}

/** The colon after a label: `: ` in English, `：` in Chinese. */
export function colon(locale: AppLocale): string {
  return locale === 'en' ? ': ' : '：'
}

/** The table of indicators (启动资金, break-even, payback, lowest cash), `width` points wide. */
export function indicatorsTable(l: PlanLabels, f: PlanFinancials, locale: AppLocale, width: number): [PdfColumn[], PdfTableRow[]] {
  const month = (m: number | null) => (m === null ? l.doc.none : fillLabel(l.doc.month, { n: m }))
  return [
    [{ header: l.doc.item, width: width * 0.6 }, { header: '', width: width * 0.4, align: 'right' }],
    [
      { cells: [l.startUp.total, formatYuan(f.startUp.total)] },
      { cells: [l.field.breakEvenMonth, month(f.indicators.breakEvenMonth)] },
      { cells: [l.field.paybackMonth, month(f.indicators.paybackMonth)] },
      { cells: [l.field.lowestCash, `${month(f.indicators.lowestCash.month)}${colon(locale)}${formatYuan(f.indicators.lowestCash.amount)}`] },
    ],
  ]
}
