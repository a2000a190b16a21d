/** Amounts of money (whole yuan) in the page's language: 2.8 万元 / ¥28k, 6,000 元 / ¥6,000. */
export function useMoney() {
  const { locale } = useI18n()
  return (n: number) => (locale.value === 'en'
    ? `¥${n >= 10_000 ? `${Math.round(n / 1000)}k` : n.toLocaleString('en')}`
    : n >= 10_000 ? `${Math.round(n / 1000) / 10} 万元` : `${n.toLocaleString('zh-CN')} 元`)
}
