import {
  CATEGORY_PLAN_PROFILES,
  OWNER_WAGE_FEN,
} from '../data/plan-defaults'
import type { CostShares } from '../data/plan-defaults'
import { PLAN_CATEGORY_CODES, planAssumptionsSchema } from '../schemas/plan'
import { LEGAL_FORMS } from './cases'
import type { BusinessPlan, LegalForm, PlanCategoryCode } from '../schemas/plan'
import { divRound, mulDivRound } from './plan-model'

/** How a plan begins: empty, or prefilled from a library project (every prefilled field listed). */
/** A plan with nothing filled in yet (the defaults of the schema; overview and costs empty). */
export function emptyPlan(horizonMonths: 12 | 24 = 12): BusinessPlan {
  return {
    schemaVersion: 1,
    horizonMonths,
    workingCapitalMonths: 3,
    overview: { enterpriseName: null, businessScope: '', enterpriseType: 'OTHER' },
    founder: { experience: null, education: null },
    market: { targetCustomers: null, marketSize: null, trend: null, competitors: [], ownStrengths: null, ownWeaknesses: null },
    marketing: {
      product: null,
      price: { costPrice: 0, salePrice: 0, competitorPrice: null, discount: null, creditSales: null },
      place: { address: null, areaSqm: 0, monthlyRent: 0, reason: null, salesChannel: null },
      promotion: null,
    },
    organisation: { legalForm: 'INDIVIDUAL_BUSINESS', staff: [], licences: [], insurance: [] },
    fixedAssets: [],
    workingCapital: { materials: 0, ownerWage: 0, marketing: 0, utilities: 0, maintenance: 0, other: 0 },
    sales: { products: [] },
    funding: { own: 0, family: 0, other: 0, loan: { amount: 0, month: 1, annualRateBp: 0, termMonths: 12, repayment: 'INTEREST_ONLY' } },
    cashflow: { openingCash: 0, creditSalesShareBp: 0, creditPurchaseShareBp: 0, additionalOwnerInvestment: [], otherIncome: [] },
    assumptions: planAssumptionsSchema.parse({}),
  }
}

/** Splits `total` by weights into whole parts of `unit` that add up to `total` (largest remainder). */
export function spread(total: number, weights: readonly number[], unit = 1): number[] {
  const units = Math.floor(total / unit)
  const sum = weights.reduce((s, w) => s + w, 0)
  if (sum <= 0 || units <= 0) return weights.map(() => 0)
  const exact = weights.map(w => (units * w) / sum)
  const parts = exact.map(Math.floor)
  let left = units - parts.reduce((s, p) => s + p, 0)
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((x, y) => y.r - x.r || x.i - y.i)
  for (const { i } of order) {
    if (left <= 0) break
    parts[i]! += 1
    left -= 1
  }
  const out = parts.map(p => p * unit)
  out[0]! += total - units * unit
  return out
}

export interface PrefillSource {
  /** yuan */
  investmentMin: number
  /** yuan */
  investmentMax: number
  /** yuan per month */
  monthlyCost: number
  categoryCode: string
  legalForm?: string
  title: string
}

function isCategory(code: string): code is PlanCategoryCode {
  return (PLAN_CATEGORY_CODES as readonly string[]).includes(code)
}

function isLegalForm(code: string | undefined): code is LegalForm {
  return !!code && (LEGAL_FORMS as readonly string[]).includes(code)
}

const COST_ROWS: readonly (keyof CostShares)[] = ['materials', 'staffWages', 'rent', 'marketing', 'utilities', 'maintenance', 'insurance', 'other']

/**
 * A plan started from a library project: fixed assets from the category's typical equipment
 * (its share of the mean investment, whole yuan), the project's monthly running cost spread over
 * the working-capital rows (exactly, in whole yuan), the owner's wage from the sample default.
 * `prefilled` lists the paths of the fields filled in for the person (rows as `fixedAssets.0`),
 * so the form can mark them until they are confirmed or changed.
 */
export function prefillPlan(source: PrefillSource): { plan: BusinessPlan, prefilled: string[] } {
  const plan = emptyPlan(12)
  const prefilled: string[] = []
  const category = isCategory(source.categoryCode) ? source.categoryCode : null
  const profile = category ? CATEGORY_PLAN_PROFILES[category] : null

  plan.overview.businessScope = source.title.trim()
  prefilled.push('overview.businessScope')
  if (profile) {
    plan.overview.enterpriseType = profile.enterpriseType
    prefilled.push('overview.enterpriseType')
  }
  plan.organisation.legalForm = isLegalForm(source.legalForm) ? source.legalForm : 'INDIVIDUAL_BUSINESS'
  prefilled.push('organisation.legalForm')

  const lo = Math.max(0, Math.round(source.investmentMin))
  const hi = Math.max(lo, Math.round(source.investmentMax))
  const meanFen = Math.round((lo + hi) / 2) * 100
  if (profile && meanFen > 0) {
    const budget = mulDivRound(meanFen, profile.fixedAssetShareBp, 10_000)
    const parts = spread(budget, profile.equipment.map(e => e.weight), 100)
    profile.equipment.forEach((e, i) => {
      const unitPrice = divRound(parts[i]! / 100, e.quantity) * 100
      if (unitPrice <= 0) return
      plan.fixedAssets.push({ name: e.name, kind: e.kind, quantity: e.quantity, unitPrice, supplier: null })
      prefilled.push(`fixedAssets.${plan.fixedAssets.length - 1}`)
    })
  }

  const monthlyFen = Math.max(0, Math.round(source.monthlyCost)) * 100
  if (profile && monthlyFen > 0) {
    const parts = spread(monthlyFen, COST_ROWS.map(k => profile.costShares[k]), 100)
    const cost: CostShares = { materials: 0, staffWages: 0, rent: 0, marketing: 0, utilities: 0, maintenance: 0, insurance: 0, other: 0 }
    COST_ROWS.forEach((k, i) => {
      cost[k] = parts[i]!
    })
    const wc = plan.workingCapital
    for (const key of ['materials', 'marketing', 'utilities', 'maintenance', 'other'] as const) {
      wc[key] = cost[key]
      prefilled.push(`workingCapital.${key}`)
    }
    if (cost.staffWages > 0) {
      plan.organisation.staff.push({ role: profile.staffRole, count: 1, monthlyWage: cost.staffWages })
      prefilled.push('organisation.staff.0')
    }
    if (cost.rent > 0) {
      plan.marketing.place.monthlyRent = cost.rent
      prefilled.push('marketing.place.monthlyRent')
    }
    if (cost.insurance > 0) {
      plan.organisation.insurance.push({ name: '商业保险', monthlyPremium: cost.insurance })
      prefilled.push('organisation.insurance.0')
    }
  }
  if (profile) {
    profile.licences.forEach((name, i) => {
      plan.organisation.licences.push({ name, fee: 0 })
      prefilled.push(`organisation.licences.${i}`)
    })
  }
  plan.workingCapital.ownerWage = OWNER_WAGE_FEN.value
  prefilled.push('workingCapital.ownerWage')
  return { plan, prefilled }
}
