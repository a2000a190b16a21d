import type { ChecklistCategoryRule, ChecklistLink, ChecklistNeed, OpeningCategoryCode } from '#shared/utils/opening-checklist'
import type { LegalFormCode } from '#shared/utils/cases'

/** What the parts of the opening checklist (shared/data/opening-checklist/…) share: the offices' links and the shorthands for who needs an item. */

export const JISHIBAN: ChecklistLink = {
  label: { 'zh-CN': '吉事办（吉林省政务服务网）：搜索事项名称', 'en': 'Jishiban (Jilin government services online): search for the item' },
  url: 'https://zwfw.jl.gov.cn/',
  verified: false,
}
export const E_CHUANGTONG: ChecklistLink = {
  label: { 'zh-CN': 'e窗通（吉林省市场主体准入系统），经吉林省市场监督管理厅网站进入', 'en': 'e-Chuangtong (Jilin\'s online business registration), via the provincial market regulation department\'s site' },
  url: 'http://scjg.jl.gov.cn/',
  verified: false,
}
export const E_TAX: ChecklistLink = {
  label: { 'zh-CN': '国家税务总局吉林省电子税务局', 'en': 'Jilin electronic tax bureau (State Taxation Administration)' },
  url: 'https://etax.jilin.chinatax.gov.cn/',
  verified: false,
}
export const HRSS: ChecklistLink = {
  label: { 'zh-CN': '吉林省人力资源和社会保障厅', 'en': 'Jilin Department of Human Resources and Social Security' },
  url: 'http://hrss.jl.gov.cn/',
  verified: false,
}
export const HEALTHCARE_SECURITY: ChecklistLink = {
  label: { 'zh-CN': '吉林省医疗保障局', 'en': 'Jilin Healthcare Security Administration' },
  url: 'http://ybj.jl.gov.cn/',
  verified: false,
}

// --- shorthands ------------------------------------------------------------------------------

export const every = (need: ChecklistNeed): Record<LegalFormCode, ChecklistNeed> => ({ INDIVIDUAL_BUSINESS: need, SOLE_PROPRIETORSHIP: need, PARTNERSHIP: need, LIMITED_COMPANY: need })
export const FREE = { fen: 0 }
export const when = (zh: string, en: string): ChecklistCategoryRule => ({ need: 'CONDITIONAL', condition: { 'zh-CN': zh, 'en': en } })
export const REQUIRED: ChecklistCategoryRule = { need: 'REQUIRED' }
export const conditionalFor = (codes: readonly OpeningCategoryCode[], rule: ChecklistCategoryRule) =>
  Object.fromEntries(codes.map(c => [c, rule])) as Partial<Record<OpeningCategoryCode, ChecklistCategoryRule>>

/** categories with a shop, office or site that customers come to */
export const STOREFRONT: readonly OpeningCategoryCode[] = [
  'food-snacks', 'korean-food', 'community-retail', 'auto-services', 'housekeeping', 'elderly-childcare',
  'education-training', 'crafts', 'rural-tourism', 'ice-snow-tourism',
]
