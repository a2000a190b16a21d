import zh from '../../i18n/locales/zh-CN.loans.json'
import en from '../../i18n/locales/en.loans.json'
import type { Leaves } from './catalogue'
import { defineTextCatalogue } from './catalogue'

/**
 * The loan wording (`loans.*` in i18n/locales/*.loans.json) for code that runs outside the pages:
 * the pre-check's reasons, decision problems and subsidy notes are answered in both languages.
 */
export type { TextParams } from './catalogue'
export { joinNames } from './catalogue'
export type LoanTextKey = Leaves<typeof zh.loans>

const catalogue = defineTextCatalogue({ 'zh-CN': zh.loans, 'en': en.loans })
export const loanText = catalogue.text
export const loanTexts = catalogue.texts
