import type { LoanView } from '#shared/types/loan'
import type { ApplicantType } from '#shared/utils/loan-codes'

/**
 * The application form's state, made from the saved draft, and the PATCH body from it: only the
 * fields that differ from what is saved, so a field filled from the case keeps its "prefilled"
 * mark until the applicant changes it. Money is typed in yuan and sent in fen; personal numbers
 * are typed only to replace the saved (masked) ones.
 */
export function useLoanDraft(view: () => LoanView) {
  const fromView = () => {
    const v = view()
    const b = v.details.business
    return {
      applicantType: v.applicantType as ApplicantType,
      category: v.category?.code ?? '',
      city: v.city?.code ?? '',
      realName: v.applicant.realName ?? '',
      idNumber: '',
      phone: '',
      amountYuan: v.amount === null ? '' : String(v.amount / 100),
      termMonths: v.termMonths === null ? '' : String(v.termMonths),
      purpose: v.details.purpose ?? '',
      legalForm: b.legalForm ?? '',
      businessName: b.name ?? '',
      address: b.address ?? '',
      openedOn: b.openedOn ?? '',
      plannedOn: b.plannedOn ?? '',
      jobsCreated: b.jobsCreated === null ? '' : String(b.jobsCreated),
      staffTotal: v.details.staff ? String(v.details.staff.total) : '',
      staffNew: v.details.staff ? String(v.details.staff.newlyHiredEligible) : '',
      staffContracts: v.details.staff ? String(v.details.staff.onContractsOfYear) : '',
      arrears: v.details.arrears === null ? '' : v.details.arrears ? 'yes' : 'no',
      existingLoans: [...v.details.existingLoans],
      earlierCount: v.details.earlierLoans ? String(v.details.earlierLoans.count) : '',
      earlierOverdue: v.details.earlierLoans ? (v.details.earlierLoans.anyOverdueOrUnpaid ? 'yes' : 'no') : '',
      waivers: [...v.details.waivers],
      bankId: v.bank?.id ?? '',
      partners: v.partners.map(p => ({ realName: p.realName, idNumber: '' })),
    }
  }
  const state = reactive(fromView())
  const reset = () => Object.assign(state, fromView())

  const num = (s: string) => (s.trim() === '' ? undefined : Number(s))
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

  /** The PATCH body: what changed since the saved version (and never an empty personal number). */
  function changes(): Record<string, unknown> {
    const was = fromView()
    const out: Record<string, unknown> = { baseRevision: view().revision }
    const put = (key: keyof typeof state, apiKey: string, value: unknown) => {
      if (!same(state[key], was[key])) out[apiKey] = value
    }
    put('applicantType', 'applicantType', state.applicantType)
    put('category', 'category', state.category || undefined)
    put('city', 'city', state.city || undefined)
    put('realName', 'realName', state.realName.trim() || undefined)
    if (state.idNumber.trim()) out.idNumber = state.idNumber
    if (state.phone.trim()) out.phone = state.phone
    if (!same(state.amountYuan, was.amountYuan)) {
      const y = num(state.amountYuan)
      out.amount = y === undefined ? undefined : Math.round(y * 100)
    }
    put('termMonths', 'termMonths', num(state.termMonths))
    put('purpose', 'purpose', state.purpose.trim() || undefined)
    const business: Record<string, unknown> = {}
    if (state.legalForm !== was.legalForm) business.legalForm = state.legalForm || undefined
    if (state.businessName !== was.businessName) business.name = state.businessName.trim() || undefined
    if (state.address !== was.address) business.address = state.address.trim() || undefined
    if (state.openedOn !== was.openedOn) business.openedOn = state.openedOn || null
    if (state.plannedOn !== was.plannedOn) business.plannedOn = state.plannedOn || null
    if (state.jobsCreated !== was.jobsCreated) business.jobsCreated = num(state.jobsCreated)
    if (Object.keys(business).length) out.business = business
    if (state.applicantType === 'ENTERPRISE' && (state.staffTotal !== was.staffTotal || state.staffNew !== was.staffNew || state.staffContracts !== was.staffContracts)) {
      out.staff = { total: num(state.staffTotal), newlyHiredEligible: num(state.staffNew), onContractsOfYear: num(state.staffContracts) }
    }
    if (state.arrears !== was.arrears && state.arrears) out.arrears = state.arrears === 'yes'
    put('existingLoans', 'existingLoans', state.existingLoans)
    if ((state.earlierCount !== was.earlierCount || state.earlierOverdue !== was.earlierOverdue) && (state.earlierCount || state.earlierOverdue)) {
      out.earlierLoans = { count: num(state.earlierCount), anyOverdueOrUnpaid: state.earlierOverdue === 'yes' }
    }
    put('waivers', 'waivers', state.waivers)
    if (state.bankId !== was.bankId) out.bankId = state.bankId || null
    if (state.applicantType === 'PARTNERSHIP' && !same(state.partners, was.partners)) {
      out.partners = state.partners.map(p => ({ realName: p.realName.trim(), ...(p.idNumber.trim() ? { idNumber: p.idNumber } : {}) }))
    }
    return out
  }
  const dirty = computed(() => Object.keys(changes()).length > 1)
  return { state, reset, changes, dirty }
}
