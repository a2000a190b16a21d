import type { AssetKind, EnterpriseType, PlanCategoryCode } from '../schemas/plan'

/**
 * The figures a business plan (方案设计, SYB 创业计划书) starts from. Every value carries where it
 * comes from and since when it applies, and whether it was checked against a text of the rule
 * ('checked') or is sample data still to be confirmed ('sample'). The plan copies the editable
 * ones into its own `assumptions` (a person may change them) and prints them with the plan.
 *
 * Tax figures change by year and place: when a rule changes, add the new value here with its
 * date; plans saved earlier keep the values they were made with.
 */
export type SourceStatus = 'checked' | 'sample'

export interface Sourced<T> {
  value: T
  /** the rule or publication, in the words a reader can look up */
  source: string
  /** first day the value applies (YYYY-MM-DD) */
  effectiveFrom: string
  /** last day, where the rule says so (YYYY-MM-DD) */
  effectiveUntil?: string
  status: SourceStatus
  note?: string
}

/** 增值税 for a small-scale taxpayer (小规模纳税人), the usual case of a new small business. */
export const VAT_RATE_BP: Sourced<number> = {
  value: 100,
  source: '财政部 税务总局公告2023年第19号：小规模纳税人适用3%征收率的应税销售收入减按1%征收',
  effectiveFrom: '2023-01-01',
  effectiveUntil: '2027-12-31',
  status: 'sample',
  note: '一般纳税人按适用税率（如13%、9%、6%）；请按企业实际情况修改。',
}

/** Monthly sales (excluding VAT) up to which a small-scale taxpayer pays no VAT. In fen. */
export const VAT_MONTHLY_EXEMPTION_FEN: Sourced<number> = {
  value: 10_000_000,
  source: '财政部 税务总局公告2023年第19号：月销售额10万元以下（含本数）的小规模纳税人免征增值税',
  effectiveFrom: '2023-01-01',
  effectiveUntil: '2027-12-31',
  status: 'sample',
}

/**
 * Surcharges on VAT: 城市维护建设税 7 % (city; 5 % county town, 1 % elsewhere) + 教育费附加 3 % +
 * 地方教育附加 2 % = 12 %, halved for small-scale taxpayers and 个体工商户 → 6 % of the VAT.
 */
export const VAT_SURCHARGE_BP: Sourced<number> = {
  value: 600,
  source: '《城市维护建设税法》、教育费附加和地方教育附加规定；财政部 税务总局公告2023年第12号第二条（减半征收）',
  effectiveFrom: '2023-01-01',
  effectiveUntil: '2027-12-31',
  status: 'sample',
  note: '减半政策见公告原文（已核对转载文本）；基础税率按市区 7% 计，县城、镇为 5%，其他地区 1%。',
}

/** 企业所得税 of a 小型微利企业: 25 % of the taxable income at 20 % = 5 % effective. Companies only. */
export const CORPORATE_INCOME_TAX_BP: Sourced<number> = {
  value: 500,
  source: '财政部 税务总局公告2023年第12号第三条：小型微利企业减按25%计算应纳税所得额，按20%的税率缴纳企业所得税',
  effectiveFrom: '2023-01-01',
  effectiveUntil: '2027-12-31',
  status: 'checked',
  note: '小型微利企业：年应纳税所得额不超过300万元、从业人数不超过300人、资产总额不超过5000万元；否则税率25%。',
}

/** One bracket of the yearly 经营所得 table, in fen. */
export interface TaxBracket {
  /** upper end of the bracket (inclusive), fen; null: no upper end */
  upTo: number | null
  rateBp: number
  /** 速算扣除数, fen */
  quickDeduction: number
}

/** 个人所得税 on business income (经营所得) of 个体工商户, 个人独资企业 and partners: 5 %–35 % by year. */
export const BUSINESS_INCOME_BRACKETS: Sourced<readonly TaxBracket[]> = {
  value: [
    { upTo: 3_000_000, rateBp: 500, quickDeduction: 0 },
    { upTo: 9_000_000, rateBp: 1000, quickDeduction: 150_000 },
    { upTo: 30_000_000, rateBp: 2000, quickDeduction: 1_050_000 },
    { upTo: 50_000_000, rateBp: 3000, quickDeduction: 4_050_000 },
    { upTo: null, rateBp: 3500, quickDeduction: 6_550_000 },
  ],
  source: '《中华人民共和国个人所得税法》个人所得税税率表二（经营所得适用）',
  effectiveFrom: '2019-01-01',
  status: 'sample',
}

/** Yearly deduction (减除费用) of a person whose only income is business income, fen. */
export const BUSINESS_INCOME_DEDUCTION_FEN: Sourced<number> = {
  value: 6_000_000,
  source: '《个人所得税法实施条例》第十五条：取得经营所得的个人，没有综合所得的，减除费用6万元',
  effectiveFrom: '2019-01-01',
  status: 'sample',
  note: '业主工资不得在税前扣除（国家税务总局令第35号第十五条），计算时加回。',
}

/** Relief on the 个体工商户's business-income tax: half, on taxable income up to ¥2m a year. */
export const INDIVIDUAL_BUSINESS_RELIEF_BP: Sourced<number> = {
  value: 5000,
  source: '财政部 税务总局公告2023年第12号第一条：个体工商户年应纳税所得额不超过200万元的部分，减半征收个人所得税',
  effectiveFrom: '2023-01-01',
  effectiveUntil: '2027-12-31',
  status: 'checked',
}

/** The taxable-income cap of that relief, fen. */
export const INDIVIDUAL_BUSINESS_RELIEF_CAP_FEN = 200_000_000

/**
 * Depreciation years by kind of asset (straight line, no residual value, as the SYB workbook
 * does). The tax rules set minimums: 器具、工具、家具 5 years, 飞机火车轮船以外的运输工具 4 years,
 * 电子设备 3 years.
 */
export const DEPRECIATION_YEARS: Sourced<Readonly<Record<AssetKind, number>>> = {
  value: { TOOLS: 5, VEHICLES: 4, OFFICE: 3 },
  source: '《企业所得税法实施条例》第六十条（固定资产计算折旧的最低年限）',
  effectiveFrom: '2008-01-01',
  status: 'sample',
  note: '办公家具和设备按电子设备 3 年计；家具可按 5 年。',
}

/** A flat rate for 核定征收 (assessed) business-income tax, used only when the plan picks that method. */
export const FLAT_PERSONAL_TAX_BP: Sourced<number> = {
  value: 100,
  source: 'StartHub 示例值：各地核定征收率不同，请向主管税务机关确认',
  effectiveFrom: '2026-12-01',
  status: 'sample',
}

/** What prefillPlan puts in as the owner's monthly wage (业主工资) until the person changes it, fen. */
export const OWNER_WAGE_FEN: Sourced<number> = {
  value: 200_000,
  source: 'StartHub 示例值：不低于所在城市最低工资标准，请按本人生活所需填写',
  effectiveFrom: '2026-12-01',
  status: 'sample',
}

/** Months of working capital counted into the start-up money (启动资金 = 固定资产 + N 个月流动资金). */
export const WORKING_CAPITAL_MONTHS: Sourced<number> = {
  value: 3,
  source: 'SYB 创办你的企业培训：流动资金一般按企业达到收支平衡前所需的月数准备',
  effectiveFrom: '2026-12-01',
  status: 'sample',
}

// ---------------------------------------------------------------------------------------------
// Per category: what a plan started from a library project looks like
// ---------------------------------------------------------------------------------------------

/** A typical piece of equipment; `weight` is its share of the category's equipment budget. */
export interface TypicalAsset {
  name: string
  kind: AssetKind
  quantity: number
  weight: number
}

/** How a project's monthly running cost spreads over the working-capital rows (bp, adding up to 10 000). */
export interface CostShares {
  materials: number
  staffWages: number
  rent: number
  marketing: number
  utilities: number
  maintenance: number
  insurance: number
  other: number
}

export interface CategoryPlanProfile {
  enterpriseType: EnterpriseType
  /** share of the project's investment that goes into fixed assets, bp */
  fixedAssetShareBp: number
  equipment: readonly TypicalAsset[]
  costShares: CostShares
  /** the role of the first employee (when staff wages are part of the running cost) */
  staffRole: string
  /** licences a business of this kind usually needs (fees are 0 unless known) */
  licences: readonly string[]
}

/** Sample data written for prefilling; every figure is to be replaced by the person's own quotes. */
export const CATEGORY_PLAN_PROFILES_SOURCE: Omit<Sourced<null>, 'value'> = {
  source: 'StartHub 示例数据：按项目库13个类别整理的常见设备和月度费用结构，仅用于预填，须按实际报价修改',
  effectiveFrom: '2026-12-01',
  status: 'sample',
}

const LICENCE = '营业执照'

export const CATEGORY_PLAN_PROFILES: Readonly<Record<PlanCategoryCode, CategoryPlanProfile>> = {
  'food-snacks': {
    enterpriseType: 'SERVICE',
    fixedAssetShareBp: 4500,
    equipment: [
      { name: '制冰机、封口机等操作设备', kind: 'TOOLS', quantity: 1, weight: 40 },
      { name: '冷藏冷冻柜', kind: 'TOOLS', quantity: 2, weight: 25 },
      { name: '操作台和货架', kind: 'OFFICE', quantity: 1, weight: 15 },
      { name: '收银机', kind: 'OFFICE', quantity: 1, weight: 10 },
      { name: '桌椅', kind: 'OFFICE', quantity: 4, weight: 10 },
    ],
    costShares: { materials: 4500, staffWages: 2000, rent: 2000, marketing: 400, utilities: 700, maintenance: 100, insurance: 100, other: 200 },
    staffRole: '店员',
    licences: [LICENCE, '食品经营许可证'],
  },
  'agri-ecommerce': {
    enterpriseType: 'RETAIL',
    fixedAssetShareBp: 3000,
    equipment: [
      { name: '电脑', kind: 'OFFICE', quantity: 2, weight: 30 },
      { name: '直播补光灯和手机支架', kind: 'TOOLS', quantity: 1, weight: 15 },
      { name: '打包台和电子秤', kind: 'TOOLS', quantity: 1, weight: 20 },
      { name: '仓储货架', kind: 'TOOLS', quantity: 4, weight: 20 },
      { name: '小型冷藏柜', kind: 'TOOLS', quantity: 1, weight: 15 },
    ],
    costShares: { materials: 5500, staffWages: 1500, rent: 800, marketing: 1200, utilities: 300, maintenance: 100, insurance: 100, other: 500 },
    staffRole: '客服兼打包员',
    licences: [LICENCE, '食品经营许可证（仅销售预包装食品备案）'],
  },
  'rural-tourism': {
    enterpriseType: 'SERVICE',
    fixedAssetShareBp: 5500,
    equipment: [
      { name: '客房床品和家具', kind: 'OFFICE', quantity: 4, weight: 35 },
      { name: '厨房设备', kind: 'TOOLS', quantity: 1, weight: 30 },
      { name: '餐桌椅', kind: 'OFFICE', quantity: 6, weight: 15 },
      { name: '游乐和采摘工具', kind: 'TOOLS', quantity: 1, weight: 10 },
      { name: '接送用面包车', kind: 'VEHICLES', quantity: 1, weight: 10 },
    ],
    costShares: { materials: 3500, staffWages: 2500, rent: 1500, marketing: 800, utilities: 1000, maintenance: 300, insurance: 200, other: 200 },
    staffRole: '服务员',
    licences: [LICENCE, '食品经营许可证', '特种行业许可证（提供住宿时）'],
  },
  'ice-snow-tourism': {
    enterpriseType: 'SERVICE',
    fixedAssetShareBp: 6000,
    equipment: [
      { name: '雪具（雪板、雪鞋、雪杖）', kind: 'TOOLS', quantity: 20, weight: 50 },
      { name: '雪服和护具', kind: 'TOOLS', quantity: 20, weight: 25 },
      { name: '雪具烘干和存放柜', kind: 'TOOLS', quantity: 2, weight: 15 },
      { name: '收银和租赁登记设备', kind: 'OFFICE', quantity: 1, weight: 10 },
    ],
    costShares: { materials: 1000, staffWages: 3500, rent: 2500, marketing: 1000, utilities: 800, maintenance: 700, insurance: 300, other: 200 },
    staffRole: '租赁和教学助理',
    licences: [LICENCE],
  },
  'ginseng-forest': {
    enterpriseType: 'AGRICULTURE',
    fixedAssetShareBp: 4000,
    equipment: [
      { name: '林下种植工具', kind: 'TOOLS', quantity: 1, weight: 30 },
      { name: '烘干设备', kind: 'TOOLS', quantity: 1, weight: 35 },
      { name: '围栏和看护设施', kind: 'TOOLS', quantity: 1, weight: 20 },
      { name: '农用三轮车', kind: 'VEHICLES', quantity: 1, weight: 15 },
    ],
    costShares: { materials: 4500, staffWages: 3000, rent: 1200, marketing: 300, utilities: 300, maintenance: 300, insurance: 200, other: 200 },
    staffRole: '种植工人',
    licences: [LICENCE, '林地经营权证明'],
  },
  'specialty-farming': {
    enterpriseType: 'AGRICULTURE',
    fixedAssetShareBp: 5000,
    equipment: [
      { name: '圈舍或大棚', kind: 'TOOLS', quantity: 1, weight: 50 },
      { name: '饲喂和灌溉设备', kind: 'TOOLS', quantity: 1, weight: 25 },
      { name: '消毒和防疫设备', kind: 'TOOLS', quantity: 1, weight: 10 },
      { name: '农用三轮车', kind: 'VEHICLES', quantity: 1, weight: 15 },
    ],
    costShares: { materials: 5500, staffWages: 2000, rent: 800, marketing: 300, utilities: 600, maintenance: 300, insurance: 300, other: 200 },
    staffRole: '饲养员',
    licences: [LICENCE, '动物防疫条件合格证（养殖时）'],
  },
  'korean-food': {
    enterpriseType: 'MANUFACTURING',
    fixedAssetShareBp: 5000,
    equipment: [
      { name: '腌制和发酵设备', kind: 'TOOLS', quantity: 1, weight: 35 },
      { name: '冷藏库或冷柜', kind: 'TOOLS', quantity: 2, weight: 30 },
      { name: '包装封口设备', kind: 'TOOLS', quantity: 1, weight: 20 },
      { name: '收银和称重设备', kind: 'OFFICE', quantity: 1, weight: 15 },
    ],
    costShares: { materials: 5000, staffWages: 2000, rent: 1500, marketing: 500, utilities: 600, maintenance: 100, insurance: 100, other: 200 },
    staffRole: '制作工',
    licences: [LICENCE, '食品生产许可证或小作坊登记'],
  },
  'housekeeping': {
    enterpriseType: 'SERVICE',
    fixedAssetShareBp: 2000,
    equipment: [
      { name: '清洁设备（吸尘器、蒸汽机等）', kind: 'TOOLS', quantity: 3, weight: 50 },
      { name: '电脑和打印机', kind: 'OFFICE', quantity: 1, weight: 30 },
      { name: '办公桌椅', kind: 'OFFICE', quantity: 2, weight: 20 },
    ],
    costShares: { materials: 800, staffWages: 6000, rent: 1000, marketing: 800, utilities: 200, maintenance: 200, insurance: 700, other: 300 },
    staffRole: '家政服务员',
    licences: [LICENCE],
  },
  'elderly-childcare': {
    enterpriseType: 'SERVICE',
    fixedAssetShareBp: 4500,
    equipment: [
      { name: '床和护理设备', kind: 'TOOLS', quantity: 6, weight: 45 },
      { name: '厨房和消毒设备', kind: 'TOOLS', quantity: 1, weight: 25 },
      { name: '活动室桌椅和教具', kind: 'OFFICE', quantity: 1, weight: 20 },
      { name: '监控和办公设备', kind: 'OFFICE', quantity: 1, weight: 10 },
    ],
    costShares: { materials: 1500, staffWages: 4500, rent: 2000, marketing: 300, utilities: 700, maintenance: 200, insurance: 500, other: 300 },
    staffRole: '护理员',
    licences: [LICENCE, '养老机构备案或托育机构备案', '食品经营许可证（供餐时）'],
  },
  'community-retail': {
    enterpriseType: 'RETAIL',
    fixedAssetShareBp: 3000,
    equipment: [
      { name: '货架', kind: 'TOOLS', quantity: 10, weight: 35 },
      { name: '冷藏展示柜', kind: 'TOOLS', quantity: 2, weight: 35 },
      { name: '收银机和扫码设备', kind: 'OFFICE', quantity: 1, weight: 20 },
      { name: '监控设备', kind: 'OFFICE', quantity: 1, weight: 10 },
    ],
    costShares: { materials: 6500, staffWages: 1200, rent: 1500, marketing: 200, utilities: 300, maintenance: 100, insurance: 100, other: 100 },
    staffRole: '营业员',
    licences: [LICENCE, '食品经营许可证', '烟草专卖零售许可证（卖烟时）'],
  },
  'auto-services': {
    enterpriseType: 'SERVICE',
    fixedAssetShareBp: 5500,
    equipment: [
      { name: '洗车设备（高压清洗机、泡沫机）', kind: 'TOOLS', quantity: 1, weight: 35 },
      { name: '举升机', kind: 'TOOLS', quantity: 1, weight: 30 },
      { name: '维修和美容工具', kind: 'TOOLS', quantity: 1, weight: 25 },
      { name: '收银和办公设备', kind: 'OFFICE', quantity: 1, weight: 10 },
    ],
    costShares: { materials: 3000, staffWages: 3000, rent: 2000, marketing: 500, utilities: 800, maintenance: 300, insurance: 200, other: 200 },
    staffRole: '技工',
    licences: [LICENCE, '机动车维修经营备案（维修时）', '排水许可（洗车时）'],
  },
  'crafts': {
    enterpriseType: 'MANUFACTURING',
    fixedAssetShareBp: 3500,
    equipment: [
      { name: '手工制作工具', kind: 'TOOLS', quantity: 1, weight: 40 },
      { name: '展示柜和工作台', kind: 'OFFICE', quantity: 2, weight: 35 },
      { name: '拍照和电脑设备', kind: 'OFFICE', quantity: 1, weight: 25 },
    ],
    costShares: { materials: 4500, staffWages: 1500, rent: 1800, marketing: 1000, utilities: 300, maintenance: 100, insurance: 100, other: 700 },
    staffRole: '手工艺人',
    licences: [LICENCE],
  },
  'education-training': {
    enterpriseType: 'SERVICE',
    fixedAssetShareBp: 3500,
    equipment: [
      { name: '课桌椅', kind: 'OFFICE', quantity: 20, weight: 35 },
      { name: '投影和音响设备', kind: 'OFFICE', quantity: 1, weight: 25 },
      { name: '电脑', kind: 'OFFICE', quantity: 2, weight: 25 },
      { name: '教具', kind: 'TOOLS', quantity: 1, weight: 15 },
    ],
    costShares: { materials: 800, staffWages: 4500, rent: 2500, marketing: 1000, utilities: 500, maintenance: 200, insurance: 200, other: 300 },
    staffRole: '教师',
    licences: [LICENCE, '民办学校办学许可证（学科类培训时）'],
  },
}
