import zh from '../../i18n/locales/zh-CN.awards.json'
import en from '../../i18n/locales/en.awards.json'
import type { Leaves } from './catalogue'
import { defineTextCatalogue } from './catalogue'

/** The award wording (`awards.*` in i18n/locales/*.awards.json) for mails and notifications. */
export type AwardTextKey = Leaves<typeof zh.awards>

const catalogue = defineTextCatalogue({ 'zh-CN': zh.awards, 'en': en.awards })
export const awardText = catalogue.text
export const awardTexts = catalogue.texts
