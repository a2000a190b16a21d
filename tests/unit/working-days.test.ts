import { describe, expect, it } from 'vitest'
import { CHINA_HOLIDAYS } from '#shared/data/holidays'
import type { HolidayCalendar } from '#shared/data/holidays'
import { addWorkingDays, checkCalendar, dayNumber, dayString, dueClock, isWorkingDay, workingDaysBetween } from '#shared/utils/working-days'
import { addDays, isoWeekday } from '#shared/utils/zoned-time'

const cal = CHINA_HOLIDAYS
const after = (date: string, n: number) => addWorkingDays(date, n, cal)
const between = (from: string, to: string) => workingDaysBetween(from, to, cal)

describe('the holiday calendar', () => {
  it('holds 2026 from the State Council notice and 2027 as marked sample data', () => {
    const y2026 = cal.find(y => y.year === 2026)!
    expect(y2026).toMatchObject({ sample: false, publishedOn: '2025-11-04' })
    expect(y2026.holidays).toHaveLength(33) // 3 + 9 + 3 + 5 + 3 + 3 + 7
    expect(cal.find(y => y.year === 2027)).toMatchObject({ sample: true, publishedOn: null })
    expect(checkCalendar(cal)).toEqual([])
  })

  it('finds what is wrong in a calendar an admin typed', () => {
    const typed: HolidayCalendar = [{ year: 2026, source: 'admin', publishedOn: null, sample: false, holidays: ['2026-02-30', '2027-01-01', '2026-10-01', '2026-10-01'], workdays: ['2026-10-01', '2026-10-09'] }]
    expect(checkCalendar(typed).map(p => `${p.code} ${p.date}`)).toEqual([
      'NOT_A_DATE 2026-02-30', 'OTHER_YEAR 2027-01-01', 'DUPLICATE 2026-10-01', 'BOTH 2026-10-01', 'WORKDAY_ON_WEEKDAY 2026-10-01', 'WORKDAY_ON_WEEKDAY 2026-10-09',
    ])
  })
})

describe('working days in 2026 (State Council notice)', () => {
  it('knows the Spring Festival and its two working Saturdays', () => {
    expect(isWorkingDay('2026-02-13', cal)).toBe(true) // Friday
    expect(isWorkingDay('2026-02-14', cal)).toBe(true) // Saturday, 调休
    for (const d of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23']) expect(isWorkingDay(d, cal)).toBe(false)
    expect(isWorkingDay('2026-02-24', cal)).toBe(true)
    expect(isWorkingDay('2026-02-28', cal)).toBe(true) // Saturday, 调休
    expect(isWorkingDay('2026-02-21', cal)).toBe(false) // a Saturday inside the holiday
  })

  it('counts N working days after the Friday before the Spring Festival through the working Saturday', () => {
    expect(after('2026-02-13', 1)).toBe('2026-02-14')
    expect(after('2026-02-13', 2)).toBe('2026-02-24')
    expect(between('2026-02-13', '2026-02-27')).toBe(5) // Sat 14, Tue 24 – Fri 27
    expect(between('2026-02-13', '2026-02-28')).toBe(6)
  })

  it('knows National Day with its working Sunday before and Saturday after', () => {
    expect(isWorkingDay('2026-09-20', cal)).toBe(true) // Sunday, 调休
    expect(isWorkingDay('2026-10-01', cal)).toBe(false)
    expect(isWorkingDay('2026-10-07', cal)).toBe(false)
    expect(isWorkingDay('2026-10-10', cal)).toBe(true) // Saturday, 调休
    expect(after('2026-09-30', 1)).toBe('2026-10-08')
    expect(after('2026-09-30', 3)).toBe('2026-10-10')
    expect(between('2026-09-30', '2026-10-12')).toBe(4)
    // the Friday before National Day is 中秋 (25 Sep): the Thursday before it runs into Monday
    expect(after('2026-09-24', 1)).toBe('2026-09-28')
  })

  it('never counts the start day, and N working days after a Friday before a long weekend skip it', () => {
    expect(after('2026-11-02', 1)).toBe('2026-11-03')
    expect(after('2026-04-03', 1)).toBe('2026-04-07') // 清明 4–6 Apr
    expect(after('2026-06-18', 1)).toBe('2026-06-22') // 端午 19–21 Jun
    expect(after('2026-02-14', 0)).toBe('2026-02-14')
    expect(between('2026-11-02', '2026-11-02')).toBe(0)
  })

  it('counts backwards, and workingDaysBetween undoes addWorkingDays', () => {
    expect(after('2026-10-08', -1)).toBe('2026-09-30')
    expect(after('2026-10-08', -2)).toBe('2026-09-29')
    expect(between('2026-10-12', '2026-09-30')).toBe(-4)
    let seed = 7
    const rnd = (n: number) => (seed = (seed * 48_271) % 2_147_483_647) % n
    for (let i = 0; i < 500; i++) {
      const d = addDays('2025-12-01', rnd(400))
      const n = rnd(40)
      expect(between(d, after(d, n))).toBe(n)
    }
  })
})

describe('working days in 2027 (sample data)', () => {
  it('knows the sample Spring Festival and National Day', () => {
    expect(isWorkingDay('2027-01-31', cal)).toBe(true) // Sunday, sample 调休
    expect(after('2027-02-04', 1)).toBe('2027-02-15')
    expect(isWorkingDay('2027-02-20', cal)).toBe(true) // Saturday, sample 调休
    expect(after('2027-09-30', 1)).toBe('2027-10-08')
    expect(isWorkingDay('2027-10-09', cal)).toBe(true)
    expect(between('2027-09-24', '2027-10-11')).toBe(8) // 27–30 Sep, Sun 26 Sep, 8, 9, 11 Oct
  })
})

describe('the due clock', () => {
  it('counts in Beijing days: late on 30 September UTC is already 1 October in Beijing', () => {
    const started = new Date('2026-09-30T17:00:00Z') // 1 Oct 01:00 Beijing
    expect(dueClock(started, 1, started, cal).startedOn).toBe('2026-10-01')
    expect(dueClock(started, 1, started, cal).dueOn).toBe('2026-10-08')
  })

  it('says how many working days are left, the due day, and how far overdue', () => {
    const started = new Date('2026-09-30T10:00:00+08:00')
    const at = (day: string) => dueClock(started, 3, new Date(`${day}T12:00:00+08:00`), cal)
    expect(at('2026-10-08')).toEqual({ startedOn: '2026-09-30', dueOn: '2026-10-10', workingDaysLeft: 2, overdue: false, overdueDays: 0, estimated: false })
    expect(at('2026-10-03')).toMatchObject({ workingDaysLeft: 3, overdue: false })
    expect(at('2026-10-10')).toMatchObject({ workingDaysLeft: 0, overdue: false })
    expect(at('2026-10-11')).toMatchObject({ workingDaysLeft: 0, overdue: true, overdueDays: 0 }) // Sunday after the due day
    expect(at('2026-10-13')).toMatchObject({ overdue: true, overdueDays: 2 })
  })

  it('says when it counted a year that is sample data or missing (Monday to Friday)', () => {
    expect(dueClock(new Date('2026-12-28T10:00:00+08:00'), 7, new Date('2026-12-28T10:00:00+08:00'), cal).estimated).toBe(true)
    expect(after('2028-05-01', 1)).toBe('2028-05-02') // no 2028 data: plain weekdays
    expect(between('2027-12-31', '2028-01-10')).toBe(6)
  })

  it('takes an edited calendar as an argument', () => {
    const edited: HolidayCalendar = cal.map(y => (y.year === 2026 ? { ...y, holidays: [...y.holidays, '2026-11-03'] } : y))
    expect(addWorkingDays('2026-11-02', 1, edited)).toBe('2026-11-04')
    expect(addWorkingDays('2026-11-02', 1, cal)).toBe('2026-11-03')
  })
})

describe('speed and agreement with a plain day-by-day count', () => {
  it('agrees with counting day by day on 10 000 date pairs', () => {
    const holidays = new Set(cal.flatMap(y => y.holidays))
    const workdays = new Set(cal.flatMap(y => y.workdays))
    const plain = (d: string) => workdays.has(d) || (!holidays.has(d) && isoWeekday(d) < 6)
    const start = dayNumber('2025-10-01')
    const prefix: number[] = [0]
    for (let i = 0; i < 1000; i++) prefix.push(prefix[i]! + (plain(dayString(start + i + 1)) ? 1 : 0))
    let seed = 11
    const rnd = (n: number) => (seed = (seed * 48_271) % 2_147_483_647) % n
    const wrong: string[] = []
    for (let i = 0; i < 10_000; i++) {
      const a = rnd(900)
      const b = a + rnd(100)
      const from = dayString(start + a)
      const to = dayString(start + b)
      if (between(from, to) !== prefix[b]! - prefix[a]!) wrong.push(`${from}..${to}`)
    }
    expect(wrong).toEqual([])
  })
})

describe('Beijing days of instants', () => {
  it('agree with the time-zone database around midnight, across years', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    for (const iso of ['2026-09-30T15:59:59Z', '2026-09-30T16:00:00Z', '2026-12-31T16:00:00Z', '1995-06-01T12:00:00Z', '1988-07-01T15:30:00Z']) {
      const d = new Date(iso)
      expect(dueClock(d, 0, d, cal).startedOn, iso).toBe(intl.format(d))
    }
  })
})
