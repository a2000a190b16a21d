import zh from '../../i18n/locales/zh-CN.release.json'
import en from '../../i18n/locales/en.release.json'
import type { Leaves } from './catalogue'
import { defineTextCatalogue } from './catalogue'

/** The wording of information release (`release.*` in i18n/locales/*.release.json) for mails and feeds. */
export type ReleaseTextKey = Leaves<typeof zh.release>

const catalogue = defineTextCatalogue({ 'zh-CN': zh.release, 'en': en.release })
export const releaseText = catalogue.text
export const releaseTexts = catalogue.texts
