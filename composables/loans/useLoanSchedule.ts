import type { LoanView } from '#shared/types/loan'

/**
 * The repayment schedule with what is paid: an instalment counts as paid once everything repaid
 * so far (principal and interest) covers it and every one before it; `next` is the first one not
 * covered (the bank's form offers it as the payment).
 */
export function useLoanSchedule(loan: () => LoanView) {
  const rows = computed(() => {
    const paid = loan().repayments.reduce((n, r) => n + r.principal + r.interest, 0)
    let due = 0
    return loan().schedule.map((r) => {
      due += r.total
      return { ...r, paid: paid >= due }
    })
  })
  const next = computed(() => rows.value.find(r => !r.paid))
  return { rows, next }
}
