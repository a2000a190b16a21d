/**
 * China's public holidays and adjusted working days (调休), one entry per year, as the State
 * Council's General Office publishes them each November for the next year (国务院办公厅关于
 * 20XX年部分节假日安排的通知). Data, not code: shared/utils/working-days.ts takes a calendar as an
 * argument, so a calendar that an admin edits in the database is passed in the same way.
 *
 * - `holidays`: every day off of each holiday period, weekend days inside the period included
 *   (the notice's "1月1日至3日放假调休").
 * - `workdays`: the Saturdays and Sundays that are working days (the notice's "1月4日（周日）上班").
 * - `sample: true`: not checked against the notice; dates worked out from the lunar festivals so
 *   that clocks running into that year count something sensible. Replace with the notice's dates.
 *
 * A year that is missing counts Monday to Friday as working days; clocks say so (`estimated`).
 */
export interface HolidayYear {
  year: number
  /** where the dates come from */
  source: string
  /** the date of the notice (YYYY-MM-DD); null for sample data */
  publishedOn: string | null
  sample: boolean
  /** days off, YYYY-MM-DD, in order */
  holidays: readonly string[]
  /** Saturdays and Sundays that are working days (调休), YYYY-MM-DD, in order */
  workdays: readonly string[]
}

export type HolidayCalendar = readonly HolidayYear[]

export const CHINA_HOLIDAYS: HolidayCalendar = [
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社北京11月4日电全文发布）',
    publishedOn: '2025-11-04',
    sample: false,
    holidays: [
      // 元旦：1月1日（周四）至3日（周六），共3天
      '2026-01-01', '2026-01-02', '2026-01-03',
      // 春节：2月15日（腊月二十八、周日）至23日（正月初七、周一），共9天
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
      // 清明节：4月4日（周六）至6日（周一），共3天
      '2026-04-04', '2026-04-05', '2026-04-06',
      // 劳动节：5月1日（周五）至5日（周二），共5天
      '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
      // 端午节：6月19日（周五）至21日（周日），共3天
      '2026-06-19', '2026-06-20', '2026-06-21',
      // 中秋节：9月25日（周五）至27日（周日），共3天
      '2026-09-25', '2026-09-26', '2026-09-27',
      // 国庆节：10月1日（周四）至7日（周三），共7天
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ],
    // 1月4日（周日）、2月14日（周六）、2月28日（周六）、5月9日（周六）、9月20日（周日）、10月10日（周六）上班
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  {
    year: 2027,
    source: '样例数据：按 2027 年农历节日推算（春节 2月6日、清明 4月5日、端午 6月9日、中秋 9月15日），未核对国务院办公厅 2027 年通知 / sample: worked out from the 2027 lunar festivals, not checked against the State Council notice',
    publishedOn: null,
    sample: true,
    holidays: [
      '2027-01-01', '2027-01-02', '2027-01-03',
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13',
      '2027-04-03', '2027-04-04', '2027-04-05',
      '2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07',
    ],
    workdays: ['2027-01-31', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09'],
  },
]
