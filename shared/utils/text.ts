/**
 * True when the text holds a C0 control character or DEL. Such characters have no place in any
 * text a person types (a NUL breaks PostgreSQL text, a lone CR forges lines in mail headers and
 * calendar files); multi-line fields may keep tab, line feed and carriage return.
 */
export function hasControlChars(text: string, opts: { multiline?: boolean } = {}): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x7F) return true
    if (c >= 0x20) continue
    if (opts.multiline && (c === 0x09 || c === 0x0A || c === 0x0D)) continue
    return true
  }
  return false
}
