import { describe, expect, it } from 'vitest'
import { wallClock, zoneOffsetMinutes } from '#shared/utils/zoned-time'

/** What Intl says, asked directly for every instant: the reference the cached offsets must match. */
function byIntl(t: number, tz: string) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(t)
  const get = (type: string) => Number(parts.find(p => p.type === type)!.value)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
}

// zones with daylight saving, half- and quarter-hour offsets, a 30-minute shift (Lord Howe),
// and dates before standard time (local mean time offsets with seconds, e.g. Shanghai +8:05:43)
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham', 'UTC']

describe('wallClock', () => {
  it('gives what Intl gives, at random instants from 1850 to 2100, in every zone', () => {
    let seed = 42
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const from = Date.UTC(1850, 0, 1)
    const to = Date.UTC(2100, 0, 1)
    for (const tz of ZONES) {
      for (let i = 0; i < 400; i++) {
        const t = Math.floor(from + rand() * (to - from))
        expect(wallClock(new Date(t), tz), `${tz} ${new Date(t).toISOString()}`).toEqual(byIntl(t, tz))
      }
    }
  })

  it('gives what Intl gives every minute around changes of offset, the quarter-hours that hold one included', () => {
    const around = [
      ['America/New_York', Date.UTC(2026, 2, 8, 7, 0)], // 02:00 EST → 03:00 EDT
      ['America/New_York', Date.UTC(2026, 10, 1, 6, 0)], // 02:00 EDT → 01:00 EST
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15, 0)], // +11 → +10:30
      ['Asia/Shanghai', Date.UTC(1991, 8, 14, 17, 0)], // China's last daylight saving ends
      ['Asia/Shanghai', Date.UTC(1900, 11, 31, 15, 54, 17)], // local mean time → +8 (a change at no quarter-hour)
    ] as const
    for (const [tz, at] of around) {
      for (let t = at - 3_600_000; t <= at + 3_600_000; t += 60_000 + 7_000) {
        expect(wallClock(new Date(t), tz), `${tz} ${new Date(t).toISOString()}`).toEqual(byIntl(t, tz))
      }
    }
  })

  it('keeps Beijing time at +8 today', () => {
    expect(zoneOffsetMinutes(new Date('2026-12-02T12:00:00Z'))).toBe(480)
    expect(wallClock(new Date('2026-12-02T16:30:05.900Z'))).toEqual({ year: 2026, month: 12, day: 3, hour: 0, minute: 30, second: 5 })
  })
})
