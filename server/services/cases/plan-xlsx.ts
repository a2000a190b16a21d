import { strToU8, zipSync } from 'fflate'
import type { PlanLabels } from '#shared/i18n/plan'
import { fillLabel, planLabels } from '#shared/i18n/plan'
import { ASSET_KINDS } from '#shared/schemas/plan'
import type { BusinessPlan } from '#shared/schemas/plan'
import { formatDate } from '#shared/utils/format-time'
import { WORKING_CAPITAL_ROWS, computePlan } from '#shared/utils/plan'
import type { PlanFinancials } from '#shared/utils/plan'
import type { PlanDocumentMeta } from './plan-pdf'
import type { MonthlyTable, MonthlyTableRow } from './plan-tables'
import { assumptionLines, monthlyTables } from './plan-tables'

/**
 * The plan's financial tables as a real .xlsx (Office Open XML, written by hand and zipped with
 * fflate): fixed assets, working capital, start-up money and funding, sales forecast, sales and
 * cost plan, cash flow, and the assumptions. Amounts are numbers in yuan (format #,##0.00).
 * Totals, sums and differences are formulas (SUM, a−b, units × price, 月初现金 = last month's
 * 月底现金; start-up money refers to the fixed-asset and working-capital sheets), each stored
 * with its computed value, so a reader that does not calculate sees the same figures; cells that
 * need the plan's rounding rule (taxes, depreciation, interest, credit shares) are values from
 * computePlan. Excel recalculates on opening (fullCalcOnLoad).
 */

// --- cells and sheets -------------------------------------------------------------------------------

/** Cell styles (indexes into cellXfs of styles.xml). */
const S = { text: 0, money: 1, count: 2, header: 3, moneyStrong: 4, textStrong: 5, title: 6, wrap: 7, note: 8 } as const
type Style = (typeof S)[keyof typeof S]

interface Cell {
  v: number | string | null
  f?: string
  s?: Style
}

interface Sheet {
  name: string
  rows: Cell[][]
  widths: number[]
  /** frozen panes: columns and rows kept in view */
  freeze?: { cols: number, rows: number }
}

export function columnName(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

const ref = (col: number, row: number) => `${columnName(col)}${row + 1}`
const yuan = (fen: number) => fen / 100
const money = (fen: number, f?: string, strong = false): Cell => ({ v: yuan(fen), f, s: strong ? S.moneyStrong : S.money })
const text = (v: string, s: Style = S.text): Cell => ({ v, s })

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, '\'\'')}'`
}

// --- the sheets ---------------------------------------------------------------------------------------

interface Refs {
  fixedAssetsTotal: string
  workingCapitalTotal: string
  registration: string
}

function fixedAssetsSheet(l: PlanLabels, f: PlanFinancials, name: string): { sheet: Sheet, total: string } {
  const rows: Cell[][] = [
    [text(l.section.fixedAssets, S.title)],
    [text(l.doc.unit, S.note)],
    [l.field.assetName, l.field.assetKind, l.field.quantity, l.field.unitPrice, l.field.assetValue, l.field.years, l.field.monthlyDepreciation, l.field.yearlyDepreciation, l.field.supplier].map(h => text(h, S.header)),
  ]
  const first = rows.length
  for (const a of f.fixedAssets.rows) {
    const r = rows.length
    rows.push([
      text(a.name),
      text(l.assetKind[a.kind]),
      { v: a.quantity, s: S.count },
      money(a.unitPrice),
      money(a.value, `${ref(2, r)}*${ref(3, r)}`),
      { v: a.years, s: S.count },
      money(a.monthlyDepreciation),
      money(a.yearlyDepreciation),
      text(a.supplier ?? ''),
    ])
  }
  const last = rows.length - 1
  const totalRow = rows.length
  const sum = (col: number) => (last >= first ? `SUM(${ref(col, first)}:${ref(col, last)})` : '0')
  rows.push([
    text(l.doc.total, S.textStrong), text('', S.textStrong), text('', S.textStrong), text('', S.textStrong),
    money(f.fixedAssets.total.value, sum(4), true), text('', S.textStrong),
    money(f.fixedAssets.total.monthly, sum(6), true), money(f.fixedAssets.total.yearly, sum(7), true), text('', S.textStrong),
  ])
  rows.push([])
  rows.push([text(l.field.depreciationSummary, S.title)])
  rows.push([l.field.assetKind, l.field.value, l.field.years, l.field.yearlyDepreciation, l.field.monthlyDepreciation].map(h => text(h, S.header)))
  const kindFirst = rows.length
  for (const k of ASSET_KINDS) {
    const s = f.fixedAssets.byKind[k]
    rows.push([text(l.assetKind[k]), money(s.value), { v: s.years, s: S.count }, money(s.yearly), money(s.monthly)])
  }
  const kindLast = rows.length - 1
  rows.push([
    text(l.doc.total, S.textStrong),
    money(f.fixedAssets.total.value, `SUM(${ref(1, kindFirst)}:${ref(1, kindLast)})`, true),
    text('', S.textStrong),
    money(f.fixedAssets.total.yearly, `SUM(${ref(3, kindFirst)}:${ref(3, kindLast)})`, true),
    money(f.fixedAssets.total.monthly, `SUM(${ref(4, kindFirst)}:${ref(4, kindLast)})`, true),
  ])
  return { sheet: { name, rows, widths: [26, 16, 8, 14, 14, 10, 14, 14, 20], freeze: { cols: 0, rows: 3 } }, total: `${quoteSheet(name)}!${ref(4, totalRow)}` }
}

function workingCapitalSheet(l: PlanLabels, f: PlanFinancials, name: string): { sheet: Sheet, total: string, registration: string } {
  const wc = f.workingCapital
  const rows: Cell[][] = [
    [text(l.section.workingCapital, S.title)],
    [text(l.doc.unit, S.note)],
    [text(l.doc.item, S.header), text(l.field.monthlyAmount, S.header)],
  ]
  const first = rows.length
  for (const k of WORKING_CAPITAL_ROWS) rows.push([text(l.workingCapital[k]), money(wc[k])])
  const last = rows.length - 1
  const monthly = rows.length
  rows.push([text(l.workingCapital.monthlyTotal, S.textStrong), money(wc.monthlyTotal, `SUM(${ref(1, first)}:${ref(1, last)})`, true)])
  const months = rows.length
  rows.push([text(l.workingCapital.months), { v: wc.months, s: S.count }])
  const total = rows.length
  rows.push([text(fillLabel(l.workingCapital.total, { n: wc.months }), S.textStrong), money(wc.total, `${ref(1, monthly)}*${ref(1, months)}`, true)])
  const reg = rows.length
  rows.push([text(l.workingCapital.registration), money(wc.registration)])
  return {
    sheet: { name, rows, widths: [30, 16], freeze: { cols: 0, rows: 3 } },
    total: `${quoteSheet(name)}!${ref(1, total)}`,
    registration: `${quoteSheet(name)}!${ref(1, reg)}`,
  }
}

function startUpSheet(l: PlanLabels, f: PlanFinancials, name: string, refs: Refs): Sheet {
  const su = f.startUp
  const rows: Cell[][] = [
    [text(l.section.startUp, S.title)],
    [text(l.doc.unit, S.note)],
    [text(l.doc.item, S.header), text(l.doc.amount, S.header)],
  ]
  const a = rows.length
  rows.push([text(l.startUp.fixedAssets), money(su.fixedAssets, refs.fixedAssetsTotal)])
  rows.push([text(fillLabel(l.startUp.workingCapital, { n: f.workingCapital.months })), money(su.workingCapital, refs.workingCapitalTotal)])
  rows.push([text(l.startUp.registration), money(su.registration, refs.registration)])
  const total = rows.length
  rows.push([text(l.startUp.total, S.textStrong), money(su.total, `SUM(${ref(1, a)}:${ref(1, total - 1)})`, true)])
  rows.push([])
  const b = rows.length
  rows.push([text(l.startUp.own), money(su.funding.own)])
  rows.push([text(l.startUp.family), money(su.funding.family)])
  rows.push([text(l.startUp.loan), money(su.funding.loan)])
  rows.push([text(l.startUp.other), money(su.funding.other)])
  const funding = rows.length
  rows.push([text(l.startUp.fundingTotal, S.textStrong), money(su.funding.total, `SUM(${ref(1, b)}:${ref(1, funding - 1)})`, true)])
  rows.push([text(l.startUp.gap, S.textStrong), money(su.gap, `MAX(0,${ref(1, total)}-${ref(1, funding)})`, true)])
  rows.push([text(l.startUp.surplus), money(su.surplus, `MAX(0,${ref(1, funding)}-${ref(1, total)})`)])
  return { name, rows, widths: [30, 16] }
}

/** A monthly table: label, months, 合计; sums and differences as formulas over the rows they name. */
function monthlySheet(l: PlanLabels, t: MonthlyTable, horizon: number, name: string): Sheet {
  const top = 3
  const rowOf = new Map<string, number>()
  t.rows.forEach((r, i) => rowOf.set(r.key, top + i))
  const totalCol = horizon + 1
  const rows: Cell[][] = [
    [text(t.title, S.title)],
    [text(l.doc.unit, S.note)],
    [text(l.doc.item, S.header), ...Array.from({ length: horizon }, (_, m) => text(fillLabel(l.doc.month, { n: m + 1 }), S.header)), text(l.doc.total, S.header)],
  ]
  const at = (key: string, col: number) => ref(col, rowOf.get(key)!)
  const list = (keys: string[], col: number) => {
    const idx = keys.map(k => rowOf.get(k)!)
    const contiguous = idx.every((v, i) => i === 0 || v === idx[i - 1]! + 1)
    return contiguous && idx.length > 1 ? `SUM(${ref(col, idx[0]!)}:${ref(col, idx[idx.length - 1]!)})` : idx.length ? `SUM(${idx.map(r => ref(col, r)).join(',')})` : '0'
  }
  const formulaAt = (r: MonthlyTableRow, col: number): string | undefined => {
    const fo = r.formula
    if (!fo) return undefined
    switch (fo.op) {
      case 'sum': return list(fo.rows, col)
      case 'sub': return fo.rows.map(k => at(k, col)).join('-')
      case 'mul': return `${at(fo.rows[0], col)}*${at(fo.rows[1], col)}`
      case 'prev': return col === 1 ? undefined : col === totalCol ? ref(1, rowOf.get(r.key)!) : at(fo.row, col - 1)
    }
  }
  t.rows.forEach((r, i) => {
    const row = top + i
    if (r.heading) {
      rows.push([text(r.label, S.textStrong)])
      return
    }
    const label = text(r.level === 1 ? `  ${r.label}` : r.label, r.strong ? S.textStrong : S.text)
    const cells: Cell[] = [label]
    for (let m = 0; m < horizon; m++) {
      const v = r.months[m] ?? 0
      cells.push(r.unit === 'count' ? { v, s: S.count, f: formulaAt(r, m + 1) } : money(v, formulaAt(r, m + 1), r.strong))
    }
    if (r.total === null || r.totalBy === 'none') cells.push(text('', r.strong ? S.textStrong : S.text))
    else {
      const f = r.totalBy === 'sum' ? `SUM(${ref(1, row)}:${ref(horizon, row)})` : formulaAt(r, totalCol)
      cells.push(r.unit === 'count' ? { v: r.total, s: S.count, f } : money(r.total, f, r.strong))
    }
    rows.push(cells)
  })
  if (t.note) {
    rows.push([])
    rows.push([text(t.note, S.note)])
  }
  return { name, rows, widths: [30, ...Array.from({ length: horizon + 1 }, () => 13)], freeze: { cols: 1, rows: 3 } }
}

function assumptionsSheet(plan: BusinessPlan, l: PlanLabels, name: string): Sheet {
  const rows: Cell[][] = [
    [text(l.section.assumptions, S.title)],
    [l.field.assumption, l.field.assumptionValue, l.field.source, l.field.effective, l.field.status].map(h => text(h, S.header)),
    ...assumptionLines(plan, l).map(a => [text(a.label, S.wrap), text(a.value), text(a.source, S.wrap), text(a.effective), text(a.status)]),
    [],
    [text(l.assumption.rounding, S.title)],
    ...l.rules.map(r => [text(r, S.note)]),
  ]
  return { name, rows, widths: [34, 18, 60, 24, 18] }
}

// --- OOXML ------------------------------------------------------------------------------------------

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** An Excel sheet name: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(s: string): string {
  return s.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim()
}

function sheetXml(sheet: Sheet, strings: Map<string, number>): string {
  const index = (s: string) => {
    let i = strings.get(s)
    if (i === undefined) {
      i = strings.size
      strings.set(s, i)
    }
    return i
  }
  const body = sheet.rows.map((cells, r) => {
    const xs = cells.map((c, col) => {
      const at = ref(col, r)
      const style = c.s ? ` s="${c.s}"` : ''
      if (c.f) {
        const value = typeof c.v === 'number' ? `<v>${c.v}</v>` : ''
        return `<c r="${at}"${style}><f>${esc(c.f)}</f>${value}</c>`
      }
      if (typeof c.v === 'number') return `<c r="${at}"${style}><v>${c.v}</v></c>`
      if (c.v === null || c.v === '') return c.s ? `<c r="${at}"${style}/>` : ''
      return `<c r="${at}"${style} t="s"><v>${index(c.v)}</v></c>`
    }).join('')
    return `<row r="${r + 1}">${xs}</row>`
  }).join('')
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')
  const fz = sheet.freeze
  const pane = fz && (fz.cols || fz.rows)
    ? `<pane${fz.cols ? ` xSplit="${fz.cols}"` : ''}${fz.rows ? ` ySplit="${fz.rows}"` : ''} topLeftCell="${ref(fz.cols, fz.rows)}" activePane="${fz.cols && fz.rows ? 'bottomRight' : fz.rows ? 'bottomLeft' : 'topRight'}" state="frozen"/>`
    : ''
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${body}</sheetData><pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>`
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="等线"/><family val="2"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/></font><font><b/><sz val="14"/><name val="等线"/><family val="2"/></font><font><sz val="9"/><color rgb="FF666666"/><name val="等线"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEEEEEE"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="9">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`

function workbook(sheets: Sheet[], meta: PlanDocumentMeta): Uint8Array {
  const strings = new Map<string, number>()
  const sheetFiles = sheets.map(s => sheetXml(s, strings))
  const shared = [...strings.keys()].map(s => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`
  const wb = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`
  const wbRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  const iso = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(meta.title)}</dc:title><dc:creator>${esc(meta.author)}</dc:creator><cp:revision>${meta.version}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`
  const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>StartHub</Application></Properties>`
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${shared}</sst>`
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(ct),
    '_rels/.rels': strToU8(rootRels),
    'docProps/core.xml': strToU8(core),
    'docProps/app.xml': strToU8(app),
    'xl/workbook.xml': strToU8(wb),
    'xl/_rels/workbook.xml.rels': strToU8(wbRels),
    'xl/styles.xml': strToU8(STYLES),
    'xl/sharedStrings.xml': strToU8(sst),
  }
  sheetFiles.forEach((x, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(x)
  })
  return zipSync(files, { level: 6, mtime: meta.date })
}

/** The sheet names of a plan's workbook, in order. */
export function planSheetNames(locale: PlanDocumentMeta['locale'], horizonMonths: number): string[] {
  const l = planLabels(locale)
  return [
    l.section.fixedAssets,
    l.section.workingCapital,
    l.section.startUp,
    fillLabel(l.section.sales, { months: horizonMonths }),
    l.section.salesCost,
    l.section.cashflow,
    l.section.assumptions,
  ].map(sheetName)
}

export async function renderPlanXlsx(plan: BusinessPlan, meta: PlanDocumentMeta): Promise<Buffer> {
  const l = planLabels(meta.locale)
  const f = computePlan(plan)
  const names = planSheetNames(meta.locale, plan.horizonMonths)
  const fa = fixedAssetsSheet(l, f, names[0]!)
  const wc = workingCapitalSheet(l, f, names[1]!)
  const start = startUpSheet(l, f, names[2]!, { fixedAssetsTotal: fa.total, workingCapitalTotal: wc.total, registration: wc.registration })
  const [sales, salesCost, cashflow] = monthlyTables(plan, f, l)
  const sheets = [
    fa.sheet,
    wc.sheet,
    start,
    monthlySheet(l, sales, f.horizonMonths, names[3]!),
    monthlySheet(l, salesCost, f.horizonMonths, names[4]!),
    monthlySheet(l, cashflow, f.horizonMonths, names[5]!),
    assumptionsSheet(plan, l, names[6]!),
  ]
  // the title and date of the plan above the first sheet's table
  sheets[0]!.rows[1] = [text(`${meta.title} · ${fillLabel(l.doc.footer, { version: meta.version, date: formatDate(meta.date, meta.locale) })} · ${l.doc.unit}`, S.note)]
  return Buffer.from(workbook(sheets, meta))
}
