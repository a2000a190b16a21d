import zh from '../../i18n/locales/zh-CN.trainings.json'
import en from '../../i18n/locales/en.trainings.json'
import type { Leaves } from './catalogue'
import { defineTextCatalogue } from './catalogue'

/** The training and events wording (`trainings.*` in i18n/locales/*.trainings.json) for mails and notifications. */
export type TrainingTextKey = Leaves<typeof zh.trainings>

const catalogue = defineTextCatalogue({ 'zh-CN': zh.trainings, 'en': en.trainings })
export const trainingText = catalogue.text
export const trainingTexts = catalogue.texts
