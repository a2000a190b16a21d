import { formatPercent, formatYuan, parseYuan, yuanInput } from '#shared/utils/money'

/**
 * Amounts of money in the page's language. Called as a function: whole yuan, rounded for cards
 * (2.8 万元 / ¥28k, 6,000 元 / ¥6,000). For amounts in integer fen, as loans and plans keep money:
 * `.fen(n)` writes one exactly with its unit (12,345.67 元 / ¥12,345.67; whole amounts without
 * ".00" with `{ whole: true }`); `.amount(n)` the number alone, for a table whose heading names the
 * unit (12,345.67); `.parse` reads what a person typed in yuan into fen (null when it is not an
 * amount); `.input` writes fen back into a yuan input. `.rate(bp)`: a rate in basis points (4.5%).
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
  return Object.assign(yuan, {
    fen,
    amount: (n: number) => formatYuan(n),
    parse: parseYuan,
    input: yuanInput,
    rate: (bp: number) => formatPercent(bp),
  })
}
