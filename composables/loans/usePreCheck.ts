import type { PreCheckInput } from '#shared/schemas/loan'
import type { PreCheckResult } from '#shared/types/loan'

/** The anonymous pre-check: nothing typed is stored; the answer stays in the page. */
export function usePreCheck() {
  const api = useApi()
  const result = ref<PreCheckResult | null>(null)
  async function run(input: PreCheckInput) {
    // the form sends yuan as typed; the schema's output is in fen, the API takes the input form
    const { amount, ...rest } = input
    result.value = await api<PreCheckResult>('/api/loans/pre-check', { method: 'POST', body: { ...rest, amountYuan: amount / 100 } })
    return result.value
  }
  return { result, run }
}
