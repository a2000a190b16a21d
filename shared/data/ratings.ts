import type { Bilingual } from '../utils/loan-codes'

/**
 * The government service rating (好差评, 国办发〔2019〕51号) as data: the five grades and the
 * call-back deadline for a bad review (local rules set 5–15 working days).
 */
export const RATING_RULES = {
  source: '国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见（国办发〔2019〕51号）；回访时限为样例数据 / call-back deadline is sample data',
  effectiveFrom: '2019-12-03',
  sample: true,
  /** working days staff have to call back a bad review */
  callbackWorkingDays: 5,
  grades: [
    { grade: 5, name: { 'zh-CN': '非常满意', 'en': 'Very satisfied' } },
    { grade: 4, name: { 'zh-CN': '满意', 'en': 'Satisfied' } },
    { grade: 3, name: { 'zh-CN': '基本满意', 'en': 'Fairly satisfied' } },
    { grade: 2, name: { 'zh-CN': '不满意', 'en': 'Dissatisfied' } },
    { grade: 1, name: { 'zh-CN': '非常不满意', 'en': 'Very dissatisfied' } },
  ] as readonly { grade: number, name: Bilingual }[],
} as const
