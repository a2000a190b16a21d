/**
 * Monthly minimum wages by city (fen), as data with their source and effective date. An owner's
 * wage in the business plan below the city's minimum is flagged (shared/utils/plan.ts).
 *
 * SAMPLE DATA: Jilin publishes three classes; the figures and the class of each city below are
 * from the 2021 adjustment as remembered, not checked against the current notice. Replace them
 * with the province's latest notice before relying on them.
 */
export interface MinimumWageSet {
  effectiveFrom: string
  source: string
  sample: boolean
  /** fen per month, by class */
  classes: Record<1 | 2 | 3, number>
  /** city code → class; cities not listed use `defaultClass` */
  cityClass: Record<string, 1 | 2 | 3>
  defaultClass: 1 | 2 | 3
}

export const MINIMUM_WAGES: readonly MinimumWageSet[] = [
  {
    effectiveFrom: '2021-12-01',
    source: '吉林省人力资源和社会保障厅《关于调整全省最低工资标准的通知》（2021 年，示例数据，待核对）',
    sample: true,
    classes: { 1: 188_000, 2: 176_000, 3: 164_000 },
    cityClass: { changchun: 1, jiutai: 2, jilin: 1, liaoyuan: 2, siping: 2, tonghua: 2, baishan: 2, songyuan: 2, baicheng: 3, yanbian: 2, changbaishan: 2 },
    defaultClass: 3,
  },
]

/** The minimum monthly wage (fen) of a city on a day, or undefined when no set is in force. */
export function minimumWageOn(city: string | null, day: string, sets: readonly MinimumWageSet[] = MINIMUM_WAGES): number | undefined {
  const set = [...sets].filter(s => s.effectiveFrom <= day).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0]
  if (!set) return undefined
  return set.classes[(city && set.cityClass[city]) || set.defaultClass]
}
