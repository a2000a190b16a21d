import { afterEach, describe, expect, it } from 'vitest'
import type { AvailabilitySettings } from '#shared/utils/slots'
import { dayRanges, generateSlots, slotProblem } from '#shared/utils/slots'
import { addDays, isoWeekday, toZonedIso, weekStart, zonedDate, zonedTime, zonedToUtc } from '#shared/utils/zoned-time'

const base: AvailabilitySettings = {
  sessionMinutes: 60, bufferMinutes: 0, noticeHours: 0, horizonDays: 30, weeklyCap: 40, paused: false,
  rules: [1, 2, 3, 4, 5, 6, 7].map(weekday => ({ weekday, startMinute: 9 * 60, endMinute: 12 * 60 })),
  overrides: [],
}
// Sunday 2026-11-29 00:00 in Beijing = Saturday 16:00 UTC
const now = new Date('2026-11-28T16:00:00Z')
const times = (slots: { startsAt: Date }[]) => slots.map(s => toZonedIso(s.startsAt))
const run = (settings: Partial<AvailabilitySettings>, opts: { from?: string, to?: string, held?: { startsAt: Date, blockedUntil: Date }[], counted?: Date[], at?: Date } = {}) =>
  generateSlots({ settings: { ...base, ...settings }, held: opts.held ?? [], counted: opts.counted ?? [], from: opts.from ?? '2026-11-30', to: opts.to ?? opts.from ?? '2026-11-30', now: opts.at ?? now })

describe('Asia/Shanghai wall clock', () => {
  it('converts both ways, with the +08:00 offset, whatever the process time zone', () => {
    expect(zonedToUtc('2026-12-01', 10 * 60).toISOString()).toBe('2026-12-01T02:00:00.000Z')
    expect(toZonedIso(new Date('2026-12-01T02:00:00Z'))).toBe('2026-12-01T10:00:00+08:00')
    // 23:30 Beijing is still the same Beijing day, but the previous UTC day… and 00:30 the next
    expect(zonedToUtc('2026-12-01', 30).toISOString()).toBe('2026-11-30T16:30:00.000Z')
    expect(zonedDate(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01')
  })

  it('gives calendar arithmetic across month and year ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(isoWeekday('2026-11-30')).toBe(1)
    expect(isoWeekday('2026-11-29')).toBe(7)
    expect(weekStart('2026-12-06')).toBe('2026-11-30')
    expect(weekStart('2027-01-01')).toBe('2026-12-28')
  })

  it('shows the same instant to a viewer in another time zone at their own wall-clock time', () => {
    const slot = zonedToUtc('2026-12-01', 9 * 60)
    expect(zonedTime(slot, 'America/New_York')).toBe('20:00')
    expect(zonedDate(slot, 'America/New_York')).toBe('2026-11-30')
    expect(toZonedIso(slot, 'Europe/Berlin')).toBe('2026-12-01T02:00:00+01:00')
  })
})

describe('slot generation', () => {
  const savedTz = process.env.TZ
  afterEach(() => {
    process.env.TZ = savedTz
  })

  it('fills each range with sessions, and with the buffer between them', () => {
    expect(times(run({}))).toEqual(['2026-11-30T09:00:00+08:00', '2026-11-30T10:00:00+08:00', '2026-11-30T11:00:00+08:00'])
    expect(times(run({ bufferMinutes: 15 }))).toEqual(['2026-11-30T09:00:00+08:00', '2026-11-30T10:15:00+08:00'])
    // 09:00, 09:40, 10:20, 11:00 (11:40 would end after 12:00)
    expect(times(run({ sessionMinutes: 30, bufferMinutes: 10 })).map(s => s.slice(11, 16))).toEqual(['09:00', '09:40', '10:20', '11:00'])
  })

  it('merges overlapping ranges and only offers sessions that fit', () => {
    const rules = [{ weekday: 1, startMinute: 9 * 60, endMinute: 10 * 60 + 30 }, { weekday: 1, startMinute: 10 * 60, endMinute: 11 * 60 + 30 }]
    expect(dayRanges({ rules, overrides: [] }, '2026-11-30')).toEqual([[540, 690]])
    expect(times(run({ rules }))).toEqual(['2026-11-30T09:00:00+08:00', '2026-11-30T10:00:00+08:00'])
  })

  it('is the same whatever time zone the server process runs in', () => {
    process.env.TZ = 'America/Los_Angeles'
    const la = times(run({}, { from: '2026-11-30', to: '2026-12-02' }))
    process.env.TZ = 'Asia/Tokyo'
    const tokyo = times(run({}, { from: '2026-11-30', to: '2026-12-02' }))
    expect(la).toEqual(tokyo)
    expect(la).toHaveLength(9)
  })

  it('respects the minimum notice', () => {
    const at = zonedToUtc('2026-11-30', 8 * 60) // Monday 08:00 Beijing
    expect(times(run({ noticeHours: 2 }, { at }))).toEqual(['2026-11-30T10:00:00+08:00', '2026-11-30T11:00:00+08:00'])
    expect(run({ noticeHours: 12 }, { at })).toEqual([])
  })

  it('respects the booking horizon', () => {
    const slots = run({ horizonDays: 3 }, { from: '2026-11-29', to: '2026-12-10' })
    expect(zonedDate(slots.at(-1)!.startsAt)).toBe('2026-12-01')
  })

  it('applies date overrides: a day off, extra hours (also on a day without rules)', () => {
    const overrides = [{ date: '2026-11-30', kind: 'OFF' as const }, { date: '2026-12-01', kind: 'EXTRA' as const, startMinute: 19 * 60, endMinute: 21 * 60 }]
    const rules = base.rules.filter(r => r.weekday !== 2)
    const slots = times(run({ rules, overrides }, { from: '2026-11-30', to: '2026-12-01' }))
    expect(slots).toEqual(['2026-12-01T19:00:00+08:00', '2026-12-01T20:00:00+08:00'])
    // a day off with extra hours on the same date: only the extra hours
    expect(times(run({ overrides: [{ date: '2026-11-30', kind: 'OFF' }, { date: '2026-11-30', kind: 'EXTRA', startMinute: 14 * 60, endMinute: 15 * 60 }] }))).toEqual(['2026-11-30T14:00:00+08:00'])
  })

  it('never offers time held by a booking, with either side\'s buffer', () => {
    const held = [{ startsAt: zonedToUtc('2026-11-30', 10 * 60), blockedUntil: zonedToUtc('2026-11-30', 11 * 60 + 15) }]
    // 11:00 would start inside the held booking's buffer
    expect(times(run({}, { held }))).toEqual(['2026-11-30T09:00:00+08:00'])
    // with a 30-minute buffer of our own, 09:00–10:00 plus 30 minutes touches the booking at 10:00
    expect(times(run({ bufferMinutes: 30 }, { held }))).toEqual([])
  })

  it('stops offering a week once the weekly cap is reached, and counts weeks Monday to Sunday in Beijing', () => {
    const counted = [zonedToUtc('2026-11-30', 9 * 60), zonedToUtc('2026-12-06', 23 * 60 + 30)]
    const slots = run({ weeklyCap: 2 }, { from: '2026-11-30', to: '2026-12-07', counted })
    expect(new Set(slots.map(s => zonedDate(s.startsAt)))).toEqual(new Set(['2026-12-07']))
    // Sunday 23:30 Beijing is Sunday 15:30 UTC: still the week of 30 Nov, not the next one
    expect(run({ weeklyCap: 1 }, { from: '2026-12-07', to: '2026-12-07', counted: [zonedToUtc('2026-12-06', 23 * 60 + 30)] })).toHaveLength(3)
  })

  it('offers nothing while paused', () => {
    expect(run({ paused: true })).toEqual([])
  })

  it('handles a range that ends at midnight and days across the month end', () => {
    const rules = [{ weekday: 1, startMinute: 22 * 60, endMinute: 24 * 60 }, { weekday: 2, startMinute: 0, endMinute: 60 }]
    const slots = run({ rules }, { from: '2026-11-30', to: '2026-12-01' })
    expect(times(slots)).toEqual(['2026-11-30T22:00:00+08:00', '2026-11-30T23:00:00+08:00', '2026-12-01T00:00:00+08:00'])
    expect(slots[1]!.endsAt.toISOString()).toBe('2026-11-30T16:00:00.000Z')
    expect(slots[2]!.startsAt.toISOString()).toBe('2026-11-30T16:00:00.000Z')
  })

  it('explains why a requested start is not bookable', () => {
    const input = { settings: base, held: [], counted: [], now }
    expect(slotProblem(input, zonedToUtc('2026-11-30', 9 * 60))).toBeNull()
    expect(slotProblem(input, zonedToUtc('2026-11-30', 9 * 60 + 13))).toBe('slot_unavailable')
    expect(slotProblem(input, zonedToUtc('2026-11-30', 13 * 60))).toBe('slot_unavailable')
    expect(slotProblem({ ...input, held: [{ startsAt: zonedToUtc('2026-11-30', 9 * 60), blockedUntil: zonedToUtc('2026-11-30', 10 * 60) }] }, zonedToUtc('2026-11-30', 9 * 60))).toBe('slot_taken')
    expect(slotProblem({ ...input, settings: { ...base, weeklyCap: 1 }, counted: [zonedToUtc('2026-12-02', 9 * 60)] }, zonedToUtc('2026-11-30', 9 * 60))).toBe('weekly_cap_reached')
  })
})
