import { formatYuan, parseYuan, yuanInput } from '#shared/utils/money'

/**
 * Amounts of money in the page's language. Called as a function: whole yuan, rounded for reading
 * (2.8 万元 / ¥28k, 6,000 元 / ¥6,000). For amounts in fen (plans, loans): `.fen` writes them exactly
 * (12,345.67), `.parse` reads what a person typed in yuan into fen (null when it is not an amount),
 * `.input` writes fen back into a yuan input.
 */
export function useMoney() {
  const { locale } = useI18n()
  const whole = (n: number) => (locale.value === 'en'
    ? `¥${n >= 10_000 ? `${Math.round(n / 1000)}k` : n.toLocaleString('en')}`
    : n >= 10_000 ? `${Math.round(n / 1000) / 10} 万元` : `${n.toLocaleString('zh-CN')} 元`)
  return Object.assign(whole, {
    fen: (fen: number) => formatYuan(fen),
    parse: parseYuan,
    input: yuanInput,
  })
}
