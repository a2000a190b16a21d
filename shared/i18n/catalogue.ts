import type { AppLocale } from './messages'

/**
 * A domain's wording (`loans.*`, `trainings.*` in i18n/locales/*.<domain>.json) for code that
 * runs without vue-i18n — mails, notifications, reasons answered in both languages. The pages
 * read the same keys through `t('<domain>.…')`, so each sentence is written once.
 *
 * Parameters are `{name}`; a message with ` | ` has plural forms chosen by `n` the way vue-i18n
 * chooses them (two forms: 1 → first, else second; three: 0, 1, more).
 */
export type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

export type TextParams = Record<string, string | number>
export type BilingualText = Readonly<Record<AppLocale, string>>

function lookup(tree: unknown, key: string): string {
  let node: unknown = tree
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  return typeof node === 'string' ? node : key
}

function pluralForm(template: string, n: unknown): string {
  const forms = template.split(' | ')
  if (forms.length === 1 || typeof n !== 'number') return forms[0]!
  const c = Math.abs(n)
  const i = forms.length === 2 ? (c === 1 ? 0 : 1) : (c === 0 ? 0 : Math.min(c, 2))
  return forms[Math.min(i, forms.length - 1)]!
}

export interface TextCatalogue<K extends string> {
  text: (locale: AppLocale, key: K, params?: TextParams) => string
  /** both languages at once; `params` may differ per language (lists of names) */
  texts: (key: K, params?: TextParams | Record<AppLocale, TextParams>) => BilingualText
}

export function defineTextCatalogue<T>(trees: Record<AppLocale, T>): TextCatalogue<Leaves<T>> {
  const text = (locale: AppLocale, key: string, params: TextParams = {}) =>
    pluralForm(lookup(trees[locale], key), params.n).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
  return {
    text,
    texts: (key, params = {}) => {
      const per = (l: AppLocale): TextParams => (l in params ? (params as Record<AppLocale, TextParams>)[l] : params as TextParams)
      return { 'zh-CN': text('zh-CN', key, per('zh-CN')), 'en': text('en', key, per('en')) }
    },
  }
}

/** Names from data joined the way each language lists them: 甲、乙 / a, b. */
export function joinNames(names: readonly BilingualText[]): Record<AppLocale, string> {
  return { 'zh-CN': names.map(n => n['zh-CN']).join('、'), 'en': names.map(n => n.en).join(', ') }
}

/** A sentence's values in both languages, from a function of the language. */
export const perLocale = (f: (l: AppLocale) => TextParams): Record<AppLocale, TextParams> => ({ 'zh-CN': f('zh-CN'), 'en': f('en') })
