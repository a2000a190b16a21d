import type { Ref } from 'vue'
import type { BusinessPlan } from '#shared/schemas/plan'
import { PLAN_LIMITS } from '#shared/schemas/plan'
import type { PlanFinancials, PlanRow } from '#shared/utils/plan'
import { CASHFLOW_ROWS, SALES_COST_ROWS } from '#shared/utils/plan'
import type { PlanGridCell, PlanGridColumn, PlanGridRow } from '~/components/case/CasePlanGrid.vue'

/**
 * The plan editor's tables as rows and columns for <CasePlanGrid>: the editable ones write into the
 * draft (and confirm a prefilled value when it is edited), the computed ones show the financials
 * of shared/utils/plan.ts with the paths its warnings point at. Names come from the plan locale
 * files (plan.*), the words the PDF uses.
 */
export type PlanList = 'fixedAssets' | 'staff' | 'licences' | 'insurance' | 'products' | 'competitors'

export function usePlanGrids(draft: Ref<BusinessPlan | null>, financials: Ref<PlanFinancials | null>, prefilled: Ref<string[]>, confirm: (...paths: string[]) => void) {
  const { t } = useI18n()
  const months = computed(() => draft.value?.horizonMonths ?? 12)
  const monthColumns = computed<PlanGridColumn[]>(() => Array.from({ length: months.value }, (_, i) => ({ key: `m${i + 1}`, label: t('plan.doc.month', { n: i + 1 }) })))
  const isPrefilled = (...paths: string[]) => paths.some(p => prefilled.value.includes(p))
  const money = (path: string, value: number, set: (v: number) => void, opts: { max?: number, rowPath?: string } = {}): PlanGridCell => ({
    path, value, kind: 'money', max: opts.max ?? PLAN_LIMITS.amount, prefilled: isPrefilled(path, opts.rowPath ?? ''),
    set: (v) => {
      set(v)
      confirm(path, opts.rowPath ?? '')
    },
  })
  const int = (path: string, value: number, set: (v: number) => void, max: number, rowPath?: string, min?: number): PlanGridCell => ({
    path, value, kind: 'int', min, max, prefilled: isPrefilled(path, rowPath ?? ''),
    set: (v) => {
      set(v)
      confirm(path, rowPath ?? '')
    },
  })
  const shown = (path: string, value: number): PlanGridCell => ({ path, value, kind: 'computed' })
  const monthly = (table: string, key: string, r: PlanRow, total = true): PlanGridCell[] => [
    ...r.months.map((v, i) => shown(`${table}.${key}.${i + 1}`, v)),
    ...(total ? [shown(`${table}.${key}.total`, r.total)] : []),
  ]

  /** 流动资金(月): what a person types, and the rows that come from other sections */
  const workingCapital = computed<PlanGridRow[]>(() => {
    const p = draft.value
    const f = financials.value
    if (!p || !f) return []
    const wc = p.workingCapital
    const typed = (key: 'materials' | 'ownerWage' | 'marketing' | 'utilities' | 'maintenance' | 'other'): PlanGridRow => ({
      key, label: t(`plan.workingCapital.${key}`), cells: [money(`workingCapital.${key}`, wc[key], (v) => {
        wc[key] = v
      })],
    })
    return [
      typed('materials'),
      typed('ownerWage'),
      { key: 'staffWages', label: t('plan.workingCapital.staffWages'), cells: [shown('workingCapital.staffWages', f.workingCapital.staffWages)] },
      {
        key: 'rent', label: t('plan.workingCapital.rent'), cells: [money('marketing.place.monthlyRent', p.marketing.place.monthlyRent, (v) => {
          p.marketing.place.monthlyRent = v
        })],
      },
      typed('marketing'),
      typed('utilities'),
      typed('maintenance'),
      { key: 'insurance', label: t('plan.workingCapital.insurance'), cells: [shown('workingCapital.insurance', f.workingCapital.insurance)] },
      typed('other'),
      { key: 'monthlyTotal', label: t('plan.workingCapital.monthlyTotal'), cells: [shown('workingCapital.monthlyTotal', f.workingCapital.monthlyTotal)], strong: true },
    ]
  })

  /** 启动资金来源: own money, family, other, the loan wanted */
  const funding = computed<PlanGridRow[]>(() => {
    const p = draft.value
    if (!p) return []
    const fu = p.funding
    const row = (key: 'own' | 'family' | 'other'): PlanGridRow => ({
      key, label: t(`plan.startUp.${key}`), cells: [money(`funding.${key}`, fu[key], (v) => {
        fu[key] = v
      }, { max: PLAN_LIMITS.funding })],
    })
    return [
      row('own'),
      row('family'),
      {
        key: 'loan', label: t('plan.startUp.loan'), cells: [money('funding.loan.amount', fu.loan.amount, (v) => {
          fu.loan.amount = v
        }, { max: PLAN_LIMITS.funding })],
      },
      row('other'),
    ]
  })

  /** 竞争对手: each one's strengths and weaknesses in words and as a score of 1 to 5 */
  const competitors = computed<PlanGridRow[]>(() => (draft.value?.market.competitors ?? []).map((c, i) => {
    const text = (key: 'strengths' | 'weaknesses'): PlanGridCell => ({
      path: `market.competitors.${i}.${key}`, value: 0, kind: 'text', max: 300, text: c[key] ?? '',
      setText: (v) => {
        c[key] = v || null
      },
    })
    const scored = (key: 'strengthScore' | 'weaknessScore') => int(`market.competitors.${i}.${key}`, c[key], (v) => {
      c[key] = v
    }, 5, `market.competitors.${i}`, 1)
    return { key: `c${i}`, label: c.name || t('cases.planEditor.unnamed'), cells: [text('strengths'), scored('strengthScore'), text('weaknesses'), scored('weaknessScore')] }
  }))

  /** 现金流量计划's own inputs: the cash before month 1, and more owner investment and other income per month */
  const cashflowStart = computed<PlanGridRow[]>(() => {
    const p = draft.value
    if (!p) return []
    return [{
      key: 'openingCash', label: t('cases.planEditor.openingCash'), cells: [money('cashflow.openingCash', p.cashflow.openingCash, (v) => {
        p.cashflow.openingCash = v
      }, { max: PLAN_LIMITS.funding })],
    }]
  })
  const cashflowInputs = computed<PlanGridRow[]>(() => {
    const p = draft.value
    if (!p) return []
    const row = (key: 'additionalOwnerInvestment' | 'otherIncome'): PlanGridRow => ({
      key, label: t(`cases.planEditor.${key}`),
      // the element is `cell-cashflowInput-<key>-<month>`: `cashflow.otherIncome.<n>` is also a computed cell of the cash flow
      cells: Array.from({ length: p.horizonMonths }, (_, m) => ({
        ...money(`cashflow.${key}.${m}`, p.cashflow[key][m] ?? 0, (v) => {
          const list = p.cashflow[key]
          while (list.length <= m) list.push(0)
          list[m] = v
        }, { max: PLAN_LIMITS.funding }),
        id: `cashflowInput.${key}.${m + 1}`,
      })),
    })
    return [row('additionalOwnerInvestment'), row('otherIncome')]
  })

  /** 启动资金 = 固定资产 + N 个月流动资金 (+ 登记注册费); and what the sources leave uncovered */
  const startUp = computed<PlanGridRow[]>(() => {
    const f = financials.value
    if (!f) return []
    const s = f.startUp
    return [
      { key: 'fixedAssets', label: t('plan.startUp.fixedAssets'), cells: [shown('startUp.fixedAssets', s.fixedAssets)] },
      { key: 'workingCapital', label: t('plan.startUp.workingCapital', { n: f.workingCapital.months }), cells: [shown('startUp.workingCapital', s.workingCapital)] },
      { key: 'registration', label: t('plan.startUp.registration'), cells: [shown('startUp.registration', s.registration)] },
      { key: 'total', label: t('plan.startUp.total'), cells: [shown('startUp.total', s.total)], strong: true },
      { key: 'fundingTotal', label: t('plan.startUp.fundingTotal'), cells: [shown('startUp.fundingTotal', s.funding.total)] },
      { key: 'gap', label: t('plan.startUp.gap'), cells: [shown('startUp.gap', s.gap)], strong: true },
    ]
  })

  /** 固定资产: quantity × unit price per asset */
  const fixedAssets = computed<PlanGridRow[]>(() => {
    const p = draft.value
    const f = financials.value
    if (!p || !f) return []
    return p.fixedAssets.map((a, i) => ({
      key: `a${i}`, label: a.name || t('cases.planEditor.unnamed'),
      cells: [
        int(`fixedAssets.${i}.quantity`, a.quantity, (v) => {
          a.quantity = v
        }, PLAN_LIMITS.assetQuantity, `fixedAssets.${i}`),
        money(`fixedAssets.${i}.unitPrice`, a.unitPrice, (v) => {
          a.unitPrice = v
        }, { rowPath: `fixedAssets.${i}` }),
        shown(`fixedAssets.${i}.value`, f.fixedAssets.rows[i]?.value ?? 0),
        shown(`fixedAssets.${i}.monthlyDepreciation`, f.fixedAssets.rows[i]?.monthlyDepreciation ?? 0),
      ],
    }))
  })

  /** 员工: people × monthly wage */
  const staff = computed<PlanGridRow[]>(() => (draft.value?.organisation.staff ?? []).map((s, i) => ({
    key: `s${i}`, label: s.role || t('cases.planEditor.unnamed'),
    cells: [
      int(`organisation.staff.${i}.count`, s.count, (v) => {
        s.count = v
      }, 100, `organisation.staff.${i}`),
      money(`organisation.staff.${i}.monthlyWage`, s.monthlyWage, (v) => {
        s.monthlyWage = v
      }, { rowPath: `organisation.staff.${i}` }),
    ],
  })))

  const licences = computed<PlanGridRow[]>(() => (draft.value?.organisation.licences ?? []).map((l, i) => ({
    key: `l${i}`, label: l.name || t('cases.planEditor.unnamed'),
    cells: [money(`organisation.licences.${i}.fee`, l.fee, (v) => {
      l.fee = v
    }, { rowPath: `organisation.licences.${i}` })],
  })))

  const insurance = computed<PlanGridRow[]>(() => (draft.value?.organisation.insurance ?? []).map((l, i) => ({
    key: `i${i}`, label: l.name || t('cases.planEditor.unnamed'),
    cells: [money(`organisation.insurance.${i}.monthlyPremium`, l.monthlyPremium, (v) => {
      l.monthlyPremium = v
    }, { rowPath: `organisation.insurance.${i}` })],
  })))

  /** 销售收入预测: per product the price, the unit cost and the units sold each month */
  const salesColumns = computed<PlanGridColumn[]>(() => [
    { key: 'unitPrice', label: t('plan.field.unitPrice') },
    { key: 'unitCost', label: t('cases.planEditor.unitCost') },
    ...monthColumns.value,
  ])
  const products = computed<PlanGridRow[]>(() => (draft.value?.sales.products ?? []).map((p, i) => ({
    key: `p${i}`, label: p.name || t('cases.planEditor.unnamed'),
    cells: [
      money(`sales.products.${i}.unitPrice`, p.unitPrice, (v) => {
        p.unitPrice = v
      }, { max: PLAN_LIMITS.unitPrice }),
      money(`sales.products.${i}.unitCost`, p.unitCost, (v) => {
        p.unitCost = v
      }, { max: PLAN_LIMITS.unitPrice }),
      ...p.quantities.map((q, m) => int(`sales.products.${i}.quantities.${m}`, q, (v) => {
        p.quantities[m] = v
      }, PLAN_LIMITS.quantity)),
    ],
  })))

  const withTotal = computed<PlanGridColumn[]>(() => [...monthColumns.value, { key: 'total', label: t('plan.doc.total') }])
  const revenue = computed<PlanGridRow[]>(() => {
    const f = financials.value
    if (!f) return []
    return [
      ...f.sales.products.map((p, i) => ({ key: `r${i}`, label: t('plan.field.productRevenue', { name: p.name || t('cases.planEditor.unnamed') }), cells: monthly(`sales.revenue${i}`, 'revenue', p.revenue) })),
      { key: 'total', label: t('plan.field.salesTotal'), cells: monthly('sales', 'revenue', f.sales.revenue), strong: true },
    ]
  })
  const salesCost = computed<PlanGridRow[]>(() => {
    const f = financials.value
    if (!f) return []
    return SALES_COST_ROWS.map(key => ({ key, label: t(`plan.salesCost.${key}`), cells: monthly('salesCost', key, f.salesCost[key]), strong: ['netRevenue', 'totalCost', 'profit', 'netIncome'].includes(key) }))
  })
  const cashflow = computed<PlanGridRow[]>(() => {
    const f = financials.value
    if (!f) return []
    return CASHFLOW_ROWS.map(key => ({ key, label: t(`plan.cashflow.${key}`), cells: monthly('cashflow', key, f.cashflow[key]), strong: ['available', 'totalOut', 'closing'].includes(key) }))
  })

  /** A new row of a list (its name is typed in the row header). */
  function addRow(list: PlanList) {
    const p = draft.value
    if (!p) return
    if (list === 'fixedAssets') p.fixedAssets.push({ name: '', kind: 'TOOLS', quantity: 1, unitPrice: 0, supplier: null })
    if (list === 'staff') p.organisation.staff.push({ role: '', count: 1, monthlyWage: 0 })
    if (list === 'licences') p.organisation.licences.push({ name: '', fee: 0 })
    if (list === 'insurance') p.organisation.insurance.push({ name: '', monthlyPremium: 0 })
    if (list === 'competitors') p.market.competitors.push({ name: '', strengths: null, strengthScore: 3, weaknesses: null, weaknessScore: 3 })
    if (list === 'products') p.sales.products.push({ name: '', unitPrice: 0, unitCost: 0, quantities: Array.from({ length: p.horizonMonths }, () => 0) })
  }

  const listOf = (p: BusinessPlan, list: PlanList): { name?: string, role?: string }[] => ({
    fixedAssets: p.fixedAssets, staff: p.organisation.staff, licences: p.organisation.licences, insurance: p.organisation.insurance, products: p.sales.products, competitors: p.market.competitors,
  })[list]
  /** A row's name as typed in its row header (a job's title is its role). */
  function renameRow(list: PlanList, index: number, name: string) {
    const row = draft.value ? listOf(draft.value, list)[index] : undefined
    if (!row) return
    if (list === 'staff') row.role = name
    else row.name = name
  }
  function removeRow(list: PlanList, index: number) {
    if (draft.value) listOf(draft.value, list).splice(index, 1)
  }

  /** 12 or 24 months: every product's monthly units follow (a longer plan repeats the last month). */
  function setHorizon(h: 12 | 24) {
    const p = draft.value
    if (!p) return
    p.horizonMonths = h
    for (const prod of p.sales.products) {
      const last = prod.quantities.at(-1) ?? 0
      prod.quantities = Array.from({ length: h }, (_, i) => prod.quantities[i] ?? last)
    }
    p.cashflow.additionalOwnerInvestment = p.cashflow.additionalOwnerInvestment.slice(0, h)
    p.cashflow.otherIncome = p.cashflow.otherIncome.slice(0, h)
    if (p.funding.loan.month > h) p.funding.loan.month = h
  }

  return { monthColumns, withTotal, salesColumns, workingCapital, funding, startUp, fixedAssets, staff, licences, insurance, products, competitors, cashflowStart, cashflowInputs, revenue, salesCost, cashflow, addRow, renameRow, removeRow, setHorizon }
}
