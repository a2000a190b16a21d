import zh from '../../i18n/locales/zh-CN.loans.json'
import en from '../../i18n/locales/en.loans.json'
import type { Bilingual } from '../utils/loan-codes'
import type { AppLocale } from './messages'

/**
 * The loan wording (`loans.*` in i18n/locales/*.loans.json) for code that runs without vue-i18n:
 * the pre-check's reasons, decision problems and subsidy notes are answered in both languages.
 * The pages read the same keys through `t('loans.…')`, so each sentence is written once.
 *
 * Parameters are `{name}`; a message with ` | ` has plural forms chosen by `n` the way vue-i18n
 * chooses them (two forms: 1 → first, else second; three: 0, 1, more).
 */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

export type LoanTextKey = Leaves<typeof zh.loans>
export type TextParams = Record<string, string | number>

const catalogue: Record<AppLocale, unknown> = { 'zh-CN': zh.loans, 'en': en.loans }

function lookup(locale: AppLocale, key: string): string {
  let node: unknown = catalogue[locale]
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

export function loanText(locale: AppLocale, key: LoanTextKey, params: TextParams = {}): string {
  return pluralForm(lookup(locale, key), params.n).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
}

/** Both languages at once; `params` may differ per language (lists of names). */
export function loanTexts(key: LoanTextKey, params: TextParams | Record<AppLocale, TextParams> = {}): Bilingual {
  const per = (l: AppLocale): TextParams => (l in params ? (params as Record<AppLocale, TextParams>)[l] : params as TextParams)
  return { 'zh-CN': loanText('zh-CN', key, per('zh-CN')), 'en': loanText('en', key, per('en')) }
}

/** Names from data joined the way each language lists them: 甲、乙 / a, b. */
export function joinNames(names: readonly Bilingual[]): Record<AppLocale, string> {
  return { 'zh-CN': names.map(n => n['zh-CN']).join('、'), 'en': names.map(n => n.en).join(', ') }
}
