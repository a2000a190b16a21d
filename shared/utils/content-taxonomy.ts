/** Policy tags and the city code for province-wide documents, used by content.config.ts and the pages. */
export const POLICY_TAGS = ['税收优惠', '资金补贴', '场地安排', '创业担保贷款', '培训补贴', '创业服务'] as const
export type PolicyTag = (typeof POLICY_TAGS)[number]

export const PROVINCE_WIDE = 'province'

/** The six stages of the one-stop flow, in order (一条龙服务). */
export const SERVICE_STAGES = ['项目开发', '方案设计', '风险评估', '开业指导', '融资服务', '跟踪扶持'] as const
export type ServiceStage = (typeof SERVICE_STAGES)[number]

/** The guides under content/guides/{zh,en}/ (pages/guides/[slug].vue); links to them name one of these. */
export const GUIDE_SLUGS = ['start-a-business-in-jilin', 'guaranteed-loan-application', 'choose-your-training', 'register-your-business'] as const
export type GuideSlug = (typeof GUIDE_SLUGS)[number]
