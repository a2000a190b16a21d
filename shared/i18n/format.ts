/**
 * The one message format of StartHub, for the pages (app/i18n.ts), the server's mails and
 * notifications (shared/i18n/catalogue.ts) and the API's errors (shared/i18n/messages.ts).
 *
 * - `{name}` is replaced by the value `name`;
 * - ` | ` separates plural forms, chosen by a count: with two forms 1 → the first, any other
 *   count → the second; with three, 0 → the first, 1 → the second, more → the third (the rule
 *   vue-i18n has, which the locale files were written for).
 *
 * A message is parsed once and kept (`compileMessage`); formatting it is then a join.
 */
export type MessageParams = Readonly<Record<string, unknown>>

type Part = string | { name: string }
/** a message's plural forms, each a list of literal texts and parameters */
export type CompiledMessage = readonly (readonly Part[])[]

const PARAM = /\{\s*(\w+)\s*\}/g

export function compileMessage(source: string): CompiledMessage {
  return source.split(' | ').map((form) => {
    const parts: Part[] = []
    let at = 0
    for (const m of form.matchAll(PARAM)) {
      if (m.index > at) parts.push(form.slice(at, m.index))
      parts.push({ name: m[1]! })
      at = m.index + m[0].length
    }
    if (at < form.length) parts.push(form.slice(at))
    return parts
  })
}

/** The message at a dotted key (`site.name`) of a language's messages, if there is one. */
export function lookupMessage(tree: unknown, key: string): string | undefined {
  let node: unknown = tree
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  return typeof node === 'string' ? node : undefined
}

/** Which of `forms` plural forms a count takes. */
export function pluralIndex(forms: number, count: number): number {
  if (forms < 2) return 0
  const c = Math.abs(count)
  const i = forms === 2 ? (c === 1 ? 0 : 1) : (c === 0 ? 0 : Math.min(c, 2))
  return Math.min(i, forms - 1)
}

/**
 * The message with its values. The count is `count` (which `{n}` and `{count}` print unless
 * given values of their own), else the value `n` when it is a number, else 1. A value that was not given prints as nothing, or as `{name}` with `keepMissing`
 * (mails and server texts, where a missing value is a bug to see).
 */
export function formatMessage(message: CompiledMessage, params: MessageParams = {}, count?: number, keepMissing = false): string {
  const n = count ?? (typeof params.n === 'number' ? params.n : 1)
  const form = message[pluralIndex(message.length, n)]!
  if (form.length === 1 && typeof form[0] === 'string') return form[0]
  let text = ''
  for (const part of form) {
    if (typeof part === 'string') text += part
    else {
      const value = params[part.name] ?? (count !== undefined && (part.name === 'n' || part.name === 'count') ? count : undefined)
      text += value === undefined || value === null ? (keepMissing ? `{${part.name}}` : '') : String(value)
    }
  }
  return text
}

/** Parses and formats at once: for texts formatted once (mails), not for a page's every render. */
export function fillMessage(source: string, params: MessageParams = {}, count?: number): string {
  return formatMessage(compileMessage(source), params, count, true)
}
