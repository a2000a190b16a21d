/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese), CRLF lines, quoted where
 * needed, and a cell that starts like a formula (= + - @) prefixed with ' so it never runs.
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v)
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  return `\uFEFF${rows.map(r => r.map(cell).join(',')).join('\r\n')}\r\n`
}
