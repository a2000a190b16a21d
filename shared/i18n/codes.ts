import zh from '../../i18n/locales/zh-CN.codes.json'
import en from '../../i18n/locales/en.codes.json'
import type { AppLocale } from './messages'

/**
 * Names of codes (roles, stages, mentor types, modes, languages, statuses) for the server,
 * which renders mails and index documents without the pages' i18n. They are read from the same locale
 * files the pages use (`t('codes.stage.PLAN')`), so each name is written once.
 */
type Codes = typeof zh.codes
export type CodeGroup = keyof Codes

const catalogue: Record<AppLocale, Codes> = { 'zh-CN': zh.codes, 'en': en.codes }

export function codeLabel<G extends CodeGroup>(locale: AppLocale, group: G, code: string): string {
  return (catalogue[locale][group] as Record<string, string>)[code] ?? code
}

/** Both languages at once, for mails whose parameters carry each. */
export function codeLabels<G extends CodeGroup>(group: G, code: string): Record<AppLocale, string> {
  return { 'zh-CN': codeLabel('zh-CN', group, code), 'en': codeLabel('en', group, code) }
}
