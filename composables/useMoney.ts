import { formatPercent, formatYuan } from '#shared/utils/money'

/**
 * Amounts of money in the page's language. Called as a function: whole yuan, rounded for cards
 * (2.8 万元 / ¥28k, 6,000 元 / ¥6,000). `.fen(n)`: an exact amount in integer fen, as loans and
 * plans keep money (12,345.67 元 / ¥12,345.67; whole amounts without ".00" with `{ whole: true }`).
 * `.rate(bp)`: a rate in basis points (4.5%).
 */
export function useMoney() {
  const { locale } = useI18n()
  const yuan = (n: number) => (locale.value === 'en'
    ? `¥${n >= 10_000 ? `${Math.round(n / 1000)}k` : n.toLocaleString('en')}`
    : n >= 10_000 ? `${Math.round(n / 1000) / 10} 万元` : `${n.toLocaleString('zh-CN')} 元`)
  const fen = (n: number, opts: { whole?: boolean } = {}) => {
    const s = formatYuan(n, { dropZeroFen: opts.whole })
    return locale.value === 'en' ? (s.startsWith('-') ? `-¥${s.slice(1)}` : `¥${s}`) : `${s} 元`
  }
  return Object.assign(yuan, { fen, rate: (bp: number) => formatPercent(bp) })
}
