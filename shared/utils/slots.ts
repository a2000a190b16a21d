import { addDays, isoWeekday, weekStart, zonedDate, zonedToUtc, SERVICE_TIMEZONE } from './zoned-time'

/**
 * Which sessions a mentor can be booked for. Pure: the server uses it to offer slots and to
 * check a requested slot inside the booking transaction; the availability editor uses it for
 * the week preview. Times are wall-clock in Asia/Shanghai, results are UTC instants.
 */
export interface WeeklyRule { weekday: number, startMinute: number, endMinute: number }
export interface DateOverride { date: string, kind: 'OFF' | 'EXTRA', startMinute?: number | null, endMinute?: number | null }

export interface AvailabilitySettings {
  sessionMinutes: number
  bufferMinutes: number
  noticeHours: number
  horizonDays: number
  weeklyCap: number
  paused: boolean
  rules: WeeklyRule[]
  overrides: DateOverride[]
}

/** A booking that holds time (PENDING or ACCEPTED): [startsAt, blockedUntil) is taken. */
export interface HeldTime { startsAt: Date, blockedUntil: Date }

export interface SlotInput {
  settings: AvailabilitySettings
  held: HeldTime[]
  /** start times of the bookings that count towards the weekly cap */
  counted: Date[]
  /** calendar days (Asia/Shanghai), inclusive */
  from: string
  to: string
  now: Date
  tz?: string
}

export interface Slot { startsAt: Date, endsAt: Date }

/** The day's open ranges: weekly rules unless the day is off, plus extra hours; merged and sorted. */
export function dayRanges(settings: Pick<AvailabilitySettings, 'rules' | 'overrides'>, date: string): [number, number][] {
  const overrides = settings.overrides.filter(o => o.date === date)
  const off = overrides.some(o => o.kind === 'OFF')
  const ranges: [number, number][] = [
    ...(off ? [] : settings.rules.filter(r => r.weekday === isoWeekday(date)).map(r => [r.startMinute, r.endMinute] as [number, number])),
    ...overrides.filter(o => o.kind === 'EXTRA' && o.startMinute != null && o.endMinute != null).map(o => [o.startMinute!, o.endMinute!] as [number, number]),
  ].sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const r of ranges) {
    const last = merged.at(-1)
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

/** Every bookable slot between from and to. */
export function generateSlots(input: SlotInput): Slot[] {
  const { settings, now } = input
  const tz = input.tz ?? SERVICE_TIMEZONE
  if (settings.paused) return []
  const session = settings.sessionMinutes * 60_000
  const buffer = settings.bufferMinutes * 60_000
  const earliest = now.getTime() + settings.noticeHours * 3_600_000
  const latest = now.getTime() + settings.horizonDays * 86_400_000
  const perWeek = new Map<string, number>()
  for (const c of input.counted) {
    const w = weekStart(zonedDate(c, tz))
    perWeek.set(w, (perWeek.get(w) ?? 0) + 1)
  }
  const slots: Slot[] = []
  for (let date = input.from; date <= input.to; date = addDays(date, 1)) {
    if ((perWeek.get(weekStart(date)) ?? 0) >= settings.weeklyCap) continue
    for (const [start, end] of dayRanges(settings, date)) {
      for (let m = start; m + settings.sessionMinutes <= end; m += settings.sessionMinutes + settings.bufferMinutes) {
        const startsAt = zonedToUtc(date, m, tz)
        const s = startsAt.getTime()
        if (s < earliest || s > latest) continue
        // the slot with its buffer must not touch any held booking (with that booking's buffer)
        const blockedUntil = s + session + buffer
        if (input.held.some(h => s < h.blockedUntil.getTime() && h.startsAt.getTime() < blockedUntil)) continue
        slots.push({ startsAt, endsAt: new Date(s + session) })
      }
    }
  }
  return slots
}

/** Why a requested start is not bookable, or null when it is one of the offered slots. */
export function slotProblem(input: Omit<SlotInput, 'from' | 'to'>, startsAt: Date): 'slot_taken' | 'weekly_cap_reached' | 'slot_unavailable' | null {
  const tz = input.tz ?? SERVICE_TIMEZONE
  const date = zonedDate(startsAt, tz)
  const day = { ...input, from: date, to: date }
  const match = (slots: Slot[]) => slots.some(s => s.startsAt.getTime() === startsAt.getTime())
  if (match(generateSlots(day))) return null
  // find the reason: without the bookings, would it be offered?
  if (!match(generateSlots({ ...day, held: [], counted: [] }))) return 'slot_unavailable'
  if (!match(generateSlots({ ...day, counted: [] }))) return 'slot_taken'
  return 'weekly_cap_reached'
}
