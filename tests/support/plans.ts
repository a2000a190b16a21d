import type { BusinessPlan } from '#shared/schemas/plan'
import { emptyPlan } from '#shared/utils/plan'

/**
 * Business plans for the tests and the benchmark. The two worked examples are small enough to
 * compute by hand; tests/unit/plan.test.ts states their figures.
 */

const months = (n: number, v: number) => new Array<number>(n).fill(v)

/**
 * 12 months, 个体工商户: a community milk-tea shop. VAT edited to apply from the first fen
 * (no exemption), 10 % credit sales, 20 % credit purchases, a ¥10,000 loan at 6 % repaid in
 * ten equal parts of principal.
 */
export function milkTeaPlan(): BusinessPlan {
  const p = emptyPlan(12)
  p.overview = { enterpriseName: '小鹿奶茶', businessScope: '社区奶茶和小吃外卖', enterpriseType: 'SERVICE' }
  p.fixedAssets = [
    { name: '制冰机', kind: 'TOOLS', quantity: 1, unitPrice: 600_000, supplier: null },
    { name: '电动三轮车', kind: 'VEHICLES', quantity: 1, unitPrice: 480_000, supplier: null },
    { name: '收银机', kind: 'OFFICE', quantity: 2, unitPrice: 100_000, supplier: null },
  ]
  p.workingCapital = { materials: 600_000, ownerWage: 200_000, marketing: 50_000, utilities: 40_000, maintenance: 10_000, other: 20_000 }
  p.organisation.staff = [{ role: '店员', count: 1, monthlyWage: 250_000 }]
  p.organisation.licences = [{ name: '营业执照', fee: 0 }, { name: '食品经营许可证', fee: 30_000 }]
  p.organisation.insurance = [{ name: '商业保险', monthlyPremium: 15_000 }]
  p.marketing.place.monthlyRent = 300_000
  p.sales.products = [
    { name: '奶茶', unitPrice: 1010, unitCost: 300, quantities: [500, 1000, ...months(10, 1800)] },
    { name: '小吃', unitPrice: 505, unitCost: 200, quantities: [0, 200, ...months(10, 400)] },
  ]
  p.funding = { own: 1_000_000, family: 0, other: 0, loan: { amount: 1_000_000, month: 1, annualRateBp: 600, termMonths: 10, repayment: 'EQUAL_PRINCIPAL' } }
  p.cashflow.creditSalesShareBp = 1000
  p.cashflow.creditPurchaseShareBp = 2000
  p.assumptions.vatMonthlyExemption = 0
  return p
}

/**
 * 24 months, 有限责任公司: home cleaning. Default VAT assumptions (sales under the exemption),
 * 企业所得税 5 %, office equipment depreciated over one year (edited), a ¥20,000 loan at 4.8 %
 * with interest monthly and the principal at the end of twelve months.
 */
export function cleaningPlan(): BusinessPlan {
  const p = emptyPlan(24)
  p.overview = { enterpriseName: '洁家家政服务有限公司', businessScope: '上门家庭保洁服务', enterpriseType: 'SERVICE' }
  p.organisation.legalForm = 'LIMITED_COMPANY'
  p.workingCapitalMonths = 2
  p.fixedAssets = [
    { name: '电脑', kind: 'OFFICE', quantity: 1, unitPrice: 350_000, supplier: null },
    { name: '清洁设备', kind: 'TOOLS', quantity: 1, unitPrice: 600_000, supplier: '本地供应商' },
  ]
  p.assumptions.depreciationYears.OFFICE = 1
  p.workingCapital = { materials: 480_000, ownerWage: 300_000, marketing: 100_000, utilities: 50_000, maintenance: 0, other: 0 }
  p.organisation.licences = [{ name: '营业执照', fee: 0 }]
  p.marketing.place.monthlyRent = 200_000
  p.sales.products = [{ name: '上门保洁', unitPrice: 10_000, unitCost: 4_000, quantities: months(24, 120) }]
  p.funding = { own: 150_000, family: 50_000, other: 0, loan: { amount: 2_000_000, month: 1, annualRateBp: 480, termMonths: 12, repayment: 'INTEREST_ONLY' } }
  p.cashflow.creditSalesShareBp = 2500
  p.cashflow.creditPurchaseShareBp = 5000
  return p
}

/**
 * Every section filled in, `products` products over `horizon` months: the plan the documents
 * and the benchmark render.
 */
export function fullPlan(horizon: 12 | 24 = 24, products = 20): BusinessPlan {
  const p = milkTeaPlan()
  p.horizonMonths = horizon
  p.overview.enterpriseName = '小鹿奶茶（长春朝阳店）'
  p.founder = {
    experience: '在连锁奶茶店做过三年店长，负责进货、排班和外卖平台运营。\n2024年参加 SYB 创业培训并取得合格证书。',
    education: '长春职业技术学院 市场营销专业（大专）；SYB 创办你的企业培训。',
  }
  p.market = {
    targetCustomers: '小区居民、附近中学的学生和写字楼上班族，年龄 15–40 岁。',
    marketSize: '周边 1 公里内约 1.2 万户，预计每天 120 杯，占周边茶饮市场的 8%。',
    trend: '现制茶饮仍在增长，冬季客流下降，需要热饮和外卖补充。',
    competitors: [
      { name: '蜜雪冰城', strengths: '价格低，品牌知名', strengthScore: 5, weaknesses: '口味单一，排队久', weaknessScore: 2 },
      { name: '街角茶铺', strengths: '位置好', strengthScore: 3, weaknesses: '卫生一般，没有外卖', weaknessScore: 4 },
    ],
    ownStrengths: '现煮鲜奶，外卖 20 分钟送达，会员复购。',
    ownWeaknesses: '新店没有知名度，资金有限。',
  }
  p.marketing = {
    product: '现煮奶茶、鲜奶茶和小吃，冬季增加热饮。',
    price: { costPrice: 300, salePrice: 1010, competitorPrice: 900, discount: '开业第一周第二杯半价', creditSales: '写字楼团体订单月结' },
    place: { address: '长春市朝阳区红旗街 88 号', areaSqm: 20, monthlyRent: 300_000, reason: '小区出入口，旁边有中学和公交站', salesChannel: '门店直接零售，外卖平台约占六成' },
    promotion: '开业前在小区群和短视频平台宣传，外卖平台满减，会员积分。',
  }
  p.organisation.legalForm = 'INDIVIDUAL_BUSINESS'
  p.fixedAssets = [
    ...p.fixedAssets,
    { name: '封口机', kind: 'TOOLS', quantity: 1, unitPrice: 120_000, supplier: '长春厨具城' },
    { name: '冷藏柜', kind: 'TOOLS', quantity: 2, unitPrice: 250_000, supplier: '长春厨具城' },
  ]
  const names = ['珍珠奶茶', '鲜奶茶', '水果茶', '柠檬茶', '芋泥奶茶', '烤奶', '咖啡', '热可可', '酸奶', '鸡蛋仔', '炸串', '烤肠', '关东煮', '薯条', '鸡米花', '华夫饼', '冰淇淋', '果汁', '豆浆', '小蛋糕']
  p.sales.products = Array.from({ length: products }, (_, i) => ({
    name: names[i % names.length]!,
    unitPrice: 800 + 37 * i,
    unitCost: 250 + 11 * i,
    quantities: Array.from({ length: horizon }, (_, m) => 150 + 20 * i + 35 * Math.min(m, 8) + (m % 3) * 7),
  }))
  p.cashflow.otherIncome = [0, 0, 300_000]
  p.cashflow.additionalOwnerInvestment = [0, 200_000]
  return p
}
