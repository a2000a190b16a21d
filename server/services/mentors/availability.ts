import type { AvailabilityInput } from '#shared/schemas/mentor'
import type { AvailabilitySettings, HeldTime, Slot } from '#shared/utils/slots'
import { generateSlots } from '#shared/utils/slots'
import { CAP_STATUSES, HOLDING_STATUSES } from '#shared/utils/bookings'
import { addDays, weekStart, zonedDate, zonedToUtc } from '#shared/utils/zoned-time'
import type { AvailabilityView } from '#shared/types/mentor'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'

/**
 * A mentor's availability (weekly rules, date overrides, settings) and the slots it offers,
 * loaded in bulk so a page of mentor cards costs a fixed number of queries.
 */
type Db = Prisma.TransactionClient

export interface MentorSchedule { settings: AvailabilitySettings, held: HeldTime[], counted: Date[] }

const settingsSelect = {
  id: true, sessionMinutes: true, bufferMinutes: true, noticeHours: true, horizonDays: true, weeklyCap: true, paused: true,
  rules: { select: { weekday: true, startMinute: true, endMinute: true } },
  overrides: { select: { date: true, kind: true, startMinute: true, endMinute: true } },
} satisfies Prisma.MentorSelect

type SettingsRow = Prisma.MentorGetPayload<{ select: typeof settingsSelect }>

function toSettings(m: SettingsRow): AvailabilitySettings {
  return {
    sessionMinutes: m.sessionMinutes, bufferMinutes: m.bufferMinutes, noticeHours: m.noticeHours, horizonDays: m.horizonDays,
    weeklyCap: m.weeklyCap, paused: m.paused, rules: m.rules,
    overrides: m.overrides.map(o => ({ date: o.date, kind: o.kind === 'OFF' ? 'OFF' as const : 'EXTRA' as const, startMinute: o.startMinute, endMinute: o.endMinute })),
  }
}

/**
 * Settings plus the bookings that matter between two calendar days: those holding time, and
 * those counting towards the weekly cap in the weeks touched. A PENDING request past its
 * expiry no longer holds anything, even before the expiry job has marked it.
 */
export async function loadSchedules(mentorIds: string[], from: string, to: string, now: Date, db: Db = prisma, excludeBookingId?: string): Promise<Map<string, MentorSchedule>> {
  const out = new Map<string, MentorSchedule>()
  if (!mentorIds.length) return out
  const windowStart = zonedToUtc(weekStart(from), 0)
  const windowEnd = zonedToUtc(addDays(weekStart(to), 7), 0)
  // one after the other: inside a transaction the client runs one query at a time
  const mentors = await db.mentor.findMany({ where: { id: { in: mentorIds } }, select: settingsSelect })
  const bookings = await db.booking.findMany({
    where: {
      mentorId: { in: mentorIds },
      status: { in: [...CAP_STATUSES] },
      startsAt: { lt: windowEnd },
      blockedUntil: { gt: new Date(windowStart.getTime() - 86_400_000) },
      ...(excludeBookingId ? { id: { not: excludeBookingId } } : {}),
    },
    select: { mentorId: true, startsAt: true, blockedUntil: true, status: true, expiresAt: true },
  })
  for (const m of mentors) out.set(m.id, { settings: toSettings(m), held: [], counted: [] })
  for (const b of bookings) {
    const s = out.get(b.mentorId)
    if (!s) continue
    const live = b.status !== 'PENDING' || b.expiresAt > now
    if (!live) continue
    if ((HOLDING_STATUSES as readonly string[]).includes(b.status)) s.held.push({ startsAt: b.startsAt, blockedUntil: b.blockedUntil })
    s.counted.push(b.startsAt)
  }
  return out
}

/** Today and the last bookable day for a mentor's horizon. */
export function horizonDays(settings: AvailabilitySettings, now: Date): { from: string, to: string } {
  return { from: zonedDate(now), to: zonedDate(new Date(now.getTime() + settings.horizonDays * 86_400_000)) }
}

export async function mentorSlots(mentorId: string, from: string, to: string, now = new Date()): Promise<Slot[]> {
  const schedule = (await loadSchedules([mentorId], from, to, now)).get(mentorId)
  if (!schedule) return []
  return generateSlots({ ...schedule, from, to, now })
}

/** The next free slot of each mentor within their horizon (at most 90 days; null when none). */
export async function nextSlots(mentorIds: string[], now = new Date(), withinDays = 90): Promise<Map<string, Date | null>> {
  const from = zonedDate(now)
  const to = addDays(from, withinDays)
  const schedules = await loadSchedules(mentorIds, from, to, now)
  const out = new Map<string, Date | null>()
  for (const id of mentorIds) {
    const s = schedules.get(id)
    if (!s) {
      out.set(id, null)
      continue
    }
    // day by day, so the first free day ends the search
    let found: Date | null = null
    for (let d = from; d <= to && !found; d = addDays(d, 1)) found = generateSlots({ ...s, from: d, to: d, now })[0]?.startsAt ?? null
    out.set(id, found)
  }
  return out
}

let availableCache: { at: number, ids: Set<string> } | null = null

/** Approved mentors with a free slot in the next 7 days (cached briefly; bookings clear it). */
export async function mentorsAvailableSoon(): Promise<Set<string>> {
  if (availableCache && Date.now() - availableCache.at < 30_000) return availableCache.ids
  const now = new Date()
  const ids = (await prisma.mentor.findMany({ where: { status: 'APPROVED', paused: false }, select: { id: true } })).map(m => m.id)
  const from = zonedDate(now)
  const to = addDays(from, 7)
  const schedules = await loadSchedules(ids, from, to, now)
  const limit = now.getTime() + 7 * 86_400_000
  const available = new Set<string>()
  for (const [id, s] of schedules) {
    if (generateSlots({ ...s, from, to, now }).some(slot => slot.startsAt.getTime() <= limit)) available.add(id)
  }
  availableCache = { at: Date.now(), ids: available }
  return available
}

export function forgetAvailability(): void {
  availableCache = null
}

export async function getAvailability(userId: string): Promise<AvailabilityView> {
  const m = await prisma.mentor.findUnique({ where: { userId }, select: { ...settingsSelect, acceptsAdvisees: true } })
  if (!m) throw new AppError('not_found')
  return { ...toSettings(m), timezone: 'Asia/Shanghai', acceptsAdvisees: m.acceptsAdvisees }
}

export async function saveAvailability(userId: string, input: AvailabilityInput): Promise<AvailabilityView> {
  const mentor = await prisma.mentor.findUnique({ where: { userId }, select: { id: true } })
  if (!mentor) throw new AppError('not_found')
  await prisma.$transaction(async (tx) => {
    await tx.mentor.update({
      where: { id: mentor.id },
      data: { sessionMinutes: input.sessionMinutes, bufferMinutes: input.bufferMinutes, noticeHours: input.noticeHours, horizonDays: input.horizonDays, weeklyCap: input.weeklyCap, paused: input.paused, ...(input.acceptsAdvisees === undefined ? {} : { acceptsAdvisees: input.acceptsAdvisees }) },
    })
    await tx.mentorAvailabilityRule.deleteMany({ where: { mentorId: mentor.id } })
    await tx.mentorDateOverride.deleteMany({ where: { mentorId: mentor.id } })
    if (input.rules.length) await tx.mentorAvailabilityRule.createMany({ data: input.rules.map(r => ({ mentorId: mentor.id, weekday: r.weekday, startMinute: r.startMinute, endMinute: r.endMinute })) })
    if (input.overrides.length) {
      await tx.mentorDateOverride.createMany({
        data: input.overrides.map(o => ({ mentorId: mentor.id, date: o.date, kind: o.kind, startMinute: o.kind === 'EXTRA' ? o.startMinute : null, endMinute: o.kind === 'EXTRA' ? o.endMinute : null })),
      })
    }
  })
  forgetAvailability()
  return getAvailability(userId)
}
