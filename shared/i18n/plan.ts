import zh from '../../i18n/locales/zh-CN.plan.json'
import en from '../../i18n/locales/en.plan.json'
import type { AppLocale } from './messages'
import { fillMessage } from './format'

/**
 * The words of the business plan (section titles, row names, code names, warnings) for the
 * server's PDF and spreadsheet, read from the same locale files the pages use
 * (`t('plan.section.overview')`), so each word is written once.
 */
export type PlanLabels = typeof zh.plan

const catalogue: Record<AppLocale, PlanLabels> = { 'zh-CN': zh.plan, 'en': en.plan }

export function planLabels(locale: AppLocale): PlanLabels {
  return catalogue[locale]
}

/** Fills `{name}` placeholders, as `t` does on the pages. */
export function fillLabel(template: string, params: Record<string, string | number>): string {
  return fillMessage(template, params)
}
