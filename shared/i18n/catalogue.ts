import { compileMessage, formatMessage, lookupMessage } from './format'
import type { CompiledMessage } from './format'
import type { AppLocale } from './messages'

/**
 * A domain's wording (`loans.*`, `trainings.*` in i18n/locales/*.<domain>.json) for code that
 * runs outside the pages — mails, notifications, reasons answered in both languages. The pages
 * read the same keys through `t('<domain>.…')`, so each sentence is written once.
 *
 * The format is the pages' own (shared/i18n/format.ts): `{name}`, and plural forms chosen by `n`.
 */
export type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

export type TextParams = Record<string, string | number>
export type BilingualText = Readonly<Record<AppLocale, string>>

export interface TextCatalogue<K extends string> {
  text: (locale: AppLocale, key: K, params?: TextParams) => string
  /** both languages at once; `params` may differ per language (lists of names) */
  texts: (key: K, params?: TextParams | Record<AppLocale, TextParams>) => BilingualText
}

export function defineTextCatalogue<T>(trees: Record<AppLocale, T>): TextCatalogue<Leaves<T>> {
  const compiled = new Map<string, CompiledMessage>()
  const text = (locale: AppLocale, key: string, params: TextParams = {}) => {
    const k = `${locale}\u0000${key}`
    let message = compiled.get(k)
    if (!message) compiled.set(k, message = compileMessage(lookupMessage(trees[locale], key) ?? key))
    return formatMessage(message, params, undefined, true)
  }
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
