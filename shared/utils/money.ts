/**
 * Money is integer fen everywhere; this is how it is shown: yuan with two decimals and thousands
 * separators ("12,345.67", "-800.00"), the same in both languages. No floating point is involved.
 */
export function formatYuan(fen: number, opts: { dropZeroFen?: boolean } = {}): string {
  const sign = fen < 0 ? '-' : ''
  const a = Math.abs(Math.trunc(fen))
  const whole = Math.floor(a / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  // a whole amount in a sentence reads better without ".00" (最高 300,000 元)
  if (opts.dropZeroFen && a % 100 === 0) return `${sign}${whole}`
  return `${sign}${whole}.${String(a % 100).padStart(2, '0')}`
}

/** Yuan as a number (for spreadsheets): exact to the fen as far as a double shows it. */
export function fenToYuan(fen: number): number {
  return fen / 100
}

/** A rate in basis points as per cent: 150 → "1.5%", 2500 → "25%". */
export function formatPercent(bp: number): string {
  const whole = Math.trunc(bp / 100)
  const rest = Math.abs(bp % 100)
  return `${whole}${rest ? `.${String(rest).padStart(2, '0').replace(/0$/, '')}` : ''}%`
}

/**
 * Yuan as a person types it ("1,234.5", "¥ 800", "１２００", "") → integer fen, or null when it is
 * not an amount (letters, a minus sign, more than two decimals). The empty field is 0. Digits and
 * the decimal point are read as text, so no floating point is involved.
 */
export function parseYuan(input: string): number | null {
  const s = input
    .replace(/[\uFF10-\uFF19]/g, d => String.fromCharCode(d.charCodeAt(0) - 0xFEE0))
    .replace(/[．。]/g, '.')
    .replace(/[\s,，¥￥元]/g, '')
  if (!s) return 0
  const m = /^(\d{1,13})(?:\.(\d{0,2}))?$/.exec(s) ?? /^()\.(\d{1,2})$/.exec(s)
  if (!m) return null
  const whole = Number(m[1] || '0')
  const cents = Number((m[2] ?? '').padEnd(2, '0') || '0')
  return whole * 100 + cents
}

/** Fen as the text of a yuan input: whole amounts without decimals ("1200"), otherwise two ("12.50"). */
export function yuanInput(fen: number): string {
  const a = Math.abs(Math.trunc(fen))
  const whole = Math.floor(a / 100)
  const rest = a % 100
  return `${fen < 0 ? '-' : ''}${whole}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`
}
