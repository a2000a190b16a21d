/**
 * A small strict XML reader for the feeds the tests read back: elements, attributes, text and
 * the five predefined entities plus character references. It throws on anything not
 * well-formed that our feeds could get wrong (a bare `&` or `<`, a mismatched or unclosed tag,
 * a duplicate attribute, a character XML 1.0 forbids), so a test that parses a feed proves it.
 */
export interface XmlElement { name: string, attrs: Record<string, string>, children: XmlElement[], text: string }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' }
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

function decode(s: string): string {
  if (/<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(s)) throw new Error(`not well-formed text: ${s.slice(0, 60)}`)
  return s.replace(/&(#x[\da-fA-F]+|#\d+|\w+);/g, (_, e: string) => e.startsWith('#x') ? String.fromCodePoint(Number.parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!)
}

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('a character XML 1.0 forbids')
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '')
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  let at = 0
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const between = body.slice(at, m.index)
    if (stack.length) stack.at(-1)!.text += decode(between)
    else if (between.trim()) throw new Error(`text outside the root: ${between.slice(0, 40)}`)
    at = tag.lastIndex
    const [, close, name, rawAttrs, selfClose] = m as unknown as [string, string, string, string, string]
    if (close) {
      const open = stack.pop()
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`)
      continue
    }
    const attrs: Record<string, string> = {}
    for (const a of rawAttrs.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`)
      attrs[a[1]!] = decode(a[2] ?? a[3] ?? '')
    }
    const el: XmlElement = { name, attrs, children: [], text: '' }
    if (stack.length) stack.at(-1)!.children.push(el)
    else if (root) throw new Error('a second root element')
    else root = el
    if (!selfClose) stack.push(el)
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is not closed`)
  if (body.slice(at).trim()) throw new Error('text after the root')
  if (!root) throw new Error('no root element')
  return root
}

export const childrenNamed = (el: XmlElement, name: string) => el.children.filter(c => c.name === name)
export const childText = (el: XmlElement, name: string) => childrenNamed(el, name)[0]?.text

/** RFC 3339 date-time (as Atom's dates must be). */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/
