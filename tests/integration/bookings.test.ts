import { describe, expect, it } from 'vitest'
import type { MentorDetail, MentorListResponse } from '#shared/types/mentor'
import type { BookingView } from '#shared/types/booking'
import { addDays, toZonedIso, weekStart } from '#shared/utils/zoned-time'
import { sendReminder } from '../../server/services/bookings'
import type { CaughtMail } from '../../scripts/lib/services'
import { Client, baseUrl, mails, waitForMail } from '../support/http'
import { db } from '../support/db'
import { eventually } from '../support/projects'
import { icsLocal, readInvite } from '../support/ics'
import { at, beijingDay, book, bookingBody, createMentor, createUser, createUsers, jobsByKey, runJobNow, slots, tally } from '../support/mentors'

type Err = { code?: string, fields?: Record<string, string> }
const anon = () => new Client()
const host = () => new URL(baseUrl()).hostname
/** a UTC instant as text: cast to timestamp (without zone) it keeps the UTC wall clock, whatever the session's TimeZone */
const utc = (ms: number) => new Date(ms).toISOString()
const plusMinutes = (iso: string, minutes: number) => toZonedIso(new Date(Date.parse(iso) + minutes * 60_000))

/** The offered start times of a mentor on one Beijing day. */
async function offered(mentorId: string, day: string): Promise<string[]> {
  const res = await slots(anon(), mentorId, day, day)
  expect(res.status).toBe(200)
  return res.body.slots.map(s => s.startsAt)
}

/** Everything PostgreSQL says about a failed statement, as one string (message, cause, meta). */
async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p
  }
  catch (error) {
    const seen = new Set<unknown>()
    const text = (e: unknown): string => {
      if (!e || typeof e !== 'object' || seen.has(e)) return String(e ?? '')
      seen.add(e)
      const o = e as { message?: string, cause?: unknown, meta?: unknown, originalMessage?: string, constraint?: string }
      return [o.message, o.originalMessage, o.constraint, JSON.stringify(o.meta ?? null), text(o.cause)].join(' ')
    }
    return text(error)
  }
  throw new Error('the statement succeeded, but PostgreSQL should have refused it')
}

const inviteMail = (email: string, method: string, sequence: number) => (m: CaughtMail) =>
  m.to.includes(email) && m.calendar?.method === method && readInvite(m.calendar.content).sequence === sequence

describe('double booking under concurrency', () => {
  it('50 entrepreneurs book the same slot at once: one 201, 49 × 409 slot_taken, no 5xx (5 rounds)', async () => {
    const mentor = await createMentor({ bufferMinutes: 15 })
    const people = await createUsers(50)
    const day = beijingDay(3)
    const all = await offered(mentor.mentorId, day)
    const chosen = [0, 3, 6, 9, 12].map(i => all[i]!)
    for (const startsAt of chosen) {
      const results = await Promise.all(people.map(p => p.client.post<Err>('/api/bookings', bookingBody(mentor.mentorId, startsAt))))
      const t = tally(results)
      expect(t.serverErrors, JSON.stringify(t)).toBe(0)
      expect(t.created, JSON.stringify(t)).toBe(1)
      expect(t.status[409]).toBe(49)
      expect(t.codes).toEqual({ slot_taken: 49 })
      const winner = results.find(r => r.status === 201)!.body as unknown as BookingView
      expect(winner).toMatchObject({ status: 'PENDING', startsAt })
    }
    // exactly one held booking per slot, and no others
    const rows = await db.booking.findMany({ where: { mentorId: mentor.mentorId }, select: { startsAt: true, status: true } })
    expect(rows).toHaveLength(5)
    for (const startsAt of chosen) {
      expect(rows.filter(r => r.startsAt.getTime() === Date.parse(startsAt) && r.status === 'PENDING')).toHaveLength(1)
    }
    const left = await offered(mentor.mentorId, day)
    for (const startsAt of chosen) expect(left).not.toContain(startsAt)
  })

  it('20 concurrent reschedules into one free slot: exactly one moves, the others keep their time', async () => {
    const mentor = await createMentor({ bufferMinutes: 0 })
    const people = await createUsers(20)
    const day = beijingDay(4)
    const all = await offered(mentor.mentorId, day) // 24 hourly slots
    const target = all[22]!
    const originals = await Promise.all(people.map((p, i) => book(p.client, mentor.mentorId, all[i]!)))
    const results = await Promise.all(people.map((p, i) => p.client.post<Err>(`/api/bookings/${originals[i]!.id}/reschedule`, { startsAt: target })))
    const ok = results.filter(r => r.status === 200)
    expect(results.filter(r => r.status >= 500)).toHaveLength(0)
    expect(ok).toHaveLength(1)
    expect(results.filter(r => r.status === 409).map(r => r.body.code)).toEqual(Array(19).fill('slot_taken'))
    const winnerIndex = results.findIndex(r => r.status === 200)
    const rows = await db.booking.findMany({ where: { id: { in: originals.map(o => o.id) } }, select: { id: true, startsAt: true, status: true } })
    for (const [i, o] of originals.entries()) {
      const row = rows.find(r => r.id === o.id)!
      expect(row.status).toBe('PENDING')
      expect(toZonedIso(row.startsAt)).toBe(i === winnerIndex ? target : all[i])
    }
    // the winner's old time is free again, the target is not
    const left = await offered(mentor.mentorId, day)
    expect(left).toContain(all[winnerIndex])
    expect(left).not.toContain(target)
    expect(await db.booking.count({ where: { mentorId: mentor.mentorId, startsAt: new Date(target), status: { in: ['PENDING', 'ACCEPTED'] } } })).toBe(1)
  })

  it('the weekly cap (Beijing Monday–Sunday) holds under 20 concurrent bookings of different slots', async () => {
    const mentor = await createMentor({ weeklyCap: 3, bufferMinutes: 0 })
    const people = await createUsers(21)
    const monday = weekStart(beijingDay(7))
    const sunday = addDays(monday, 6)
    // Monday 00:00 and Sunday 23:00 Beijing (Sunday 16:00 and 15:00 UTC) are both in the week
    const chosen = [at(monday, '00:00'), at(sunday, '23:00')]
    for (let d = 0; chosen.length < 20; d = (d + 1) % 7) chosen.push(at(addDays(monday, d), `${String(9 + chosen.length % 10).padStart(2, '0')}:00`))
    expect(new Set(chosen).size).toBe(20)
    const results = await Promise.all(chosen.map((startsAt, i) => people[i]!.client.post<Err>('/api/bookings', bookingBody(mentor.mentorId, startsAt))))
    const t = tally(results)
    expect(t.serverErrors, JSON.stringify(t)).toBe(0)
    expect(t.created, JSON.stringify(t)).toBe(3)
    expect(t.status[409]).toBe(17)
    for (const code of Object.keys(t.codes)) expect(['weekly_cap_reached', 'slot_taken']).toContain(code)
    expect(t.codes.weekly_cap_reached ?? 0).toBeGreaterThan(0)
    const held = await db.booking.count({ where: { mentorId: mentor.mentorId, status: { in: ['PENDING', 'ACCEPTED'] } } })
    expect(held).toBe(3)
    // the week offers nothing more, and the next Monday 00:00 Beijing (still Sunday in UTC) belongs to the next week
    const week = await slots(anon(), mentor.mentorId, monday, sunday)
    expect(week.body.slots).toEqual([])
    const nextMonday = at(addDays(monday, 7), '00:00')
    expect(new Date(nextMonday).getUTCDay()).toBe(0)
    await book(people[20]!.client, mentor.mentorId, nextMonday)
  })
})

describe('PostgreSQL itself forbids overlaps', () => {
  it('a direct insert overlapping a held booking (or its buffer) is refused by the exclusion constraint', async () => {
    const mentor = await createMentor({ bufferMinutes: 15 })
    const [a, b] = await createUsers(2)
    const startsAt = (await offered(mentor.mentorId, beijingDay(5)))[8]!
    const held = await book(a!.client, mentor.mentorId, startsAt)
    const s = Date.parse(startsAt)
    const row = (offsetMin: number, status: 'PENDING' | 'ACCEPTED' | 'CANCELLED' = 'PENDING') => ({
      mentorId: mentor.mentorId, entrepreneurId: b!.id, startsAt: new Date(s + offsetMin * 60_000), endsAt: new Date(s + (offsetMin + 60) * 60_000),
      blockedUntil: new Date(s + (offsetMin + 75) * 60_000), status, stage: 'PLAN' as const, topic: '直接写入', description: '绕过 API 直接写入数据库的预约。',
      mode: 'ONLINE' as const, expiresAt: new Date(Date.now() + 3_600_000),
    })
    // same time, half an hour later, and inside the 15-minute buffer after the session
    for (const offset of [0, 30, 65]) {
      expect(await failure(db.booking.create({ data: row(offset) }))).toContain('Booking_mentor_no_overlap')
      expect(await failure(db.booking.create({ data: row(offset, 'ACCEPTED') }))).toContain('Booking_mentor_no_overlap')
    }
    // also through plain SQL
    expect(await failure(db.$executeRaw`
      INSERT INTO "Booking" (id, "mentorId", "entrepreneurId", "startsAt", "endsAt", "blockedUntil", status, stage, topic, description, mode, "expiresAt", "updatedAt")
      VALUES (gen_random_uuid(), ${mentor.mentorId}::uuid, ${b!.id}::uuid, ${utc(s + 10 * 60_000)}::timestamp, ${utc(s + 70 * 60_000)}::timestamp, ${utc(s + 85 * 60_000)}::timestamp,
              'PENDING', 'PLAN', 'sql', 'sql insert', 'ONLINE', ${utc(Date.now() + 3_600_000)}::timestamp, now())`)).toContain('Booking_mentor_no_overlap')
    // controls: right after the buffer is free; a cancelled row holds nothing
    const after = await db.booking.create({ data: row(75) })
    const cancelled = await db.booking.create({ data: row(0, 'CANCELLED') })
    await db.booking.deleteMany({ where: { id: { in: [after.id, cancelled.id] } } })
    expect(await db.booking.count({ where: { mentorId: mentor.mentorId } })).toBe(1)
    expect((await db.booking.findUniqueOrThrow({ where: { id: held.id } })).status).toBe('PENDING')
  })

  it('an entrepreneur cannot hold two overlapping sessions with two mentors (409 booking_overlap)', async () => {
    const m1 = await createMentor()
    const m2 = await createMentor({ sessionMinutes: 30 })
    const e = await createUser()
    const day = beijingDay(6)
    await book(e.client, m1.mentorId, at(day, '10:00'))
    const same = await e.client.post<Err>('/api/bookings', bookingBody(m2.mentorId, at(day, '10:00')))
    expect(same.status).toBe(409)
    expect(same.body.code).toBe('booking_overlap')
    const partly = await e.client.post<Err>('/api/bookings', bookingBody(m2.mentorId, at(day, '10:30')))
    expect(partly.status).toBe(409)
    expect(partly.body.code).toBe('booking_overlap')
    // at once, with two mentors each locked on their own: PostgreSQL decides
    const f = await createUser()
    const race = await Promise.all([m1, m2].map(m => f.client.post<Err>('/api/bookings', bookingBody(m.mentorId, at(day, '14:00')))))
    expect(race.map(r => r.status).sort()).toEqual([201, 409])
    expect(race.find(r => r.status === 409)!.body.code).toBe('booking_overlap')
    expect(await db.booking.count({ where: { entrepreneurId: f.id } })).toBe(1)
    // right after the first session is fine
    await book(e.client, m2.mentorId, at(day, '11:00'))
    expect(await db.booking.count({ where: { mentorId: m2.mentorId, entrepreneurId: e.id } })).toBe(1)
    // and the direct insert is refused too
    expect(await failure(db.booking.create({
      data: {
        mentorId: m2.mentorId, entrepreneurId: e.id, startsAt: new Date(at(day, '10:00')), endsAt: new Date(at(day, '10:30')), blockedUntil: new Date(at(day, '10:30')),
        stage: 'PLAN', topic: 'x', description: 'x', mode: 'ONLINE', expiresAt: new Date(Date.now() + 3_600_000),
      },
    }))).toContain('Booking_entrepreneur_no_overlap')
  })
})

describe('expiry', () => {
  it('an expired request frees its slot at once, the job marks it EXPIRED and mails the entrepreneur', async () => {
    const mentor = await createMentor()
    const [e1, e2, e3] = await createUsers(3)
    const day = beijingDay(3)
    const slotA = at(day, '09:00')
    const slotB = at(day, '11:00')
    const a = await book(e1!.client, mentor.mentorId, slotA)
    const b = await book(e3!.client, mentor.mentorId, slotB)
    expect(await offered(mentor.mentorId, day)).not.toContain(slotA)
    const past = { expiresAt: new Date(Date.now() - 60_000), createdAt: new Date(Date.now() - 49 * 3_600_000) }
    await db.booking.updateMany({ where: { id: { in: [a.id, b.id] } }, data: past })

    // the job: marks both EXPIRED (the minutely cron may get there first, which is the same)
    await db.$executeRaw`SELECT graphile_worker.add_job('bookings_expire', '{}'::json)`
    await eventually(async () => (await db.booking.count({ where: { id: { in: [a.id, b.id] }, status: 'EXPIRED' } })) === 2, 15_000)
    const ev = await db.bookingEvent.findMany({ where: { bookingId: a.id }, orderBy: { id: 'asc' } })
    expect(ev.map(x => [x.action, x.toStatus])).toEqual([['requested', 'PENDING'], ['expired', 'EXPIRED']])
    const mail = await waitForMail(m => m.to.includes(e1!.email) && m.subject.includes('预约请求已过期'))
    expect(mail.calendar).toBeUndefined()
    await waitForMail(m => m.to.includes(e3!.email) && m.subject.includes('预约请求已过期'))

    // free again, and bookable by someone else
    expect(await offered(mentor.mentorId, day)).toContain(slotA)
    const again = await e2!.client.post<BookingView>('/api/bookings', bookingBody(mentor.mentorId, slotA))
    expect(again.status).toBe(201)
    expect(again.body.status).toBe('PENDING')
  })

  it('a request past its expiry no longer holds the slot even before the job has run', async () => {
    const mentor = await createMentor()
    const [e1, e2] = await createUsers(2)
    const day = beijingDay(4)
    const slot = at(day, '15:00')
    const a = await book(e1!.client, mentor.mentorId, slot)
    await db.booking.update({ where: { id: a.id }, data: { expiresAt: new Date(Date.now() - 1000), createdAt: new Date(Date.now() - 49 * 3_600_000) } })
    expect(await offered(mentor.mentorId, day)).toContain(slot)
    // too late to accept
    const accept = await mentor.client.post<Err>(`/api/bookings/${a.id}/accept`)
    expect(accept.status).toBe(409)
    expect(accept.body.code).toBe('invalid_transition')
    // booking expires the mentor's due requests first, in the same transaction
    const again = await e2!.client.post<BookingView>('/api/bookings', bookingBody(mentor.mentorId, slot))
    expect(again.status).toBe(201)
    expect((await db.booking.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('EXPIRED')
    await waitForMail(m => m.to.includes(e1!.email) && m.subject.includes('预约请求已过期'))
    // the first entrepreneur cannot act on it any more
    const cancel = await e1!.client.post<Err>(`/api/bookings/${a.id}/cancel`, { reason: '不需要了' })
    expect(cancel.status).toBe(409)
  })
})

describe('mails and calendar invites', () => {
  it('accept, reschedule and cancel send invites with a stable UID, rising SEQUENCE and Beijing times, in each party\'s language', async () => {
    const mentor = await createMentor({ locale: 'en', bufferMinutes: 15 })
    const e = await createUser()
    const day = beijingDay(3)
    const [first, , , second] = await offered(mentor.mentorId, day).then(s => s.slice(12))
    const created = await book(e.client, mentor.mentorId, first!)
    const uid = `booking-${created.id}@${host()}`
    // the request reaches the mentor in English, without an invite
    const req = await waitForMail(m => m.to.includes(mentor.email) && m.subject.startsWith('New session request from'))
    expect(req.subject).toContain(e.name)
    expect(req.subject).toMatch(/— StartHub$/)
    expect(req.calendar).toBeUndefined()

    const accepted = await mentor.client.post<BookingView>(`/api/bookings/${created.id}/accept`)
    expect(accepted.status).toBe(200)
    expect(accepted.body.status).toBe('ACCEPTED')
    const toE = await waitForMail(inviteMail(e.email, 'REQUEST', 0))
    const toM = await waitForMail(inviteMail(mentor.email, 'REQUEST', 0))
    expect(toE.subject).toContain(`导师已确认您的预约：${mentor.displayName}`)
    expect(toM.subject).toBe('You confirmed a session — StartHub')
    for (const m of [toE, toM]) {
      const inv = readInvite(m.calendar!.content)
      expect(inv.method).toBe('REQUEST')
      expect(inv.uid).toBe(uid)
      expect(inv.sequence).toBe(0)
      expect(inv.status).toBe('CONFIRMED')
      expect(inv.dtstart.params.TZID).toBe('Asia/Shanghai')
      expect(inv.dtstart.value).toBe(icsLocal(first!))
      expect(inv.dtend.params.TZID).toBe('Asia/Shanghai')
      expect(inv.dtend.value).toBe(icsLocal(plusMinutes(first!, 60)))
      expect(inv.timezones).toEqual(['Asia/Shanghai'])
      // only the recipient is named in their invite
      const attendees = inv.calendar.children[1]!.lines.filter(l => l.name === 'ATTENDEE').map(l => l.value)
      expect(attendees).toEqual([`mailto:${m === toE ? e.email : mentor.email}`])
    }
    expect(readInvite(toM.calendar!.content).summary).toBe('Mentoring: 开店选址咨询')
    expect(readInvite(toE.calendar!.content).summary).toBe('创业辅导：开店选址咨询')

    const moved = await e.client.post<BookingView>(`/api/bookings/${created.id}/reschedule`, { startsAt: second })
    expect(moved.status).toBe(200)
    expect(moved.body).toMatchObject({ status: 'ACCEPTED', startsAt: second })
    const movedE = await waitForMail(inviteMail(e.email, 'REQUEST', 1))
    const movedM = await waitForMail(inviteMail(mentor.email, 'REQUEST', 1))
    expect(movedE.subject).toContain('辅导预约时间已更改')
    expect(movedM.subject).toBe('Session moved to a new time — StartHub')
    expect(movedM.text).toContain('Beijing time')
    for (const m of [movedE, movedM]) {
      const inv = readInvite(m.calendar!.content)
      expect(inv).toMatchObject({ method: 'REQUEST', uid, sequence: 1 })
      expect(inv.dtstart.value).toBe(icsLocal(second!))
      expect(inv.dtend.value).toBe(icsLocal(plusMinutes(second!, 60)))
    }

    const cancelled = await e.client.post<BookingView>(`/api/bookings/${created.id}/cancel`, { reason: '临时有事，改天再约' })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.status).toBe('CANCELLED')
    const cancelE = await waitForMail(inviteMail(e.email, 'CANCEL', 2))
    const cancelM = await waitForMail(inviteMail(mentor.email, 'CANCEL', 2))
    expect(cancelE.subject).toContain('辅导预约已取消')
    expect(cancelM.subject).toBe('Session cancelled — StartHub')
    expect(cancelM.text).toContain('临时有事，改天再约')
    for (const m of [cancelE, cancelM]) {
      const inv = readInvite(m.calendar!.content)
      expect(inv).toMatchObject({ method: 'CANCEL', uid, status: 'CANCELLED' })
      expect(inv.sequence).toBeGreaterThan(1)
      expect(inv.dtstart.value).toBe(icsLocal(second!))
    }
    // every invite of this booking, in order: sequences only rise
    const all = (await mails()).filter(m => m.calendar && readInvite(m.calendar.content).uid === uid && m.to.includes(e.email))
    expect(all.map(m => [m.calendar!.method, readInvite(m.calendar!.content).sequence])).toEqual([['REQUEST', 0], ['REQUEST', 1], ['CANCEL', 2]])
  })

  it('declining mails the entrepreneur with the reason; a pending request that is cancelled mails only the other party', async () => {
    const mentor = await createMentor()
    const e = await createUser({ locale: 'en' })
    const day = beijingDay(5)
    const a = await book(e.client, mentor.mentorId, at(day, '09:00'))
    const declined = await mentor.client.post<BookingView>(`/api/bookings/${a.id}/decline`, { reason: 'Away at a conference that day' })
    expect(declined.status).toBe(200)
    expect(declined.body).toMatchObject({ status: 'DECLINED', decisionReason: 'Away at a conference that day' })
    const mail = await waitForMail(m => m.to.includes(e.email) && m.subject.includes('declined your request'))
    expect(mail.subject).toBe(`${mentor.displayName} declined your request — StartHub`)
    expect(mail.text).toContain('Away at a conference that day')
    expect(mail.calendar).toBeUndefined()
    expect((await mentor.client.post<Err>(`/api/bookings/${a.id}/decline`, { reason: '再次婉拒' })).status).toBe(409)
    // the slot is free again
    expect(await offered(mentor.mentorId, day)).toContain(at(day, '09:00'))
    // decline needs a reason
    const b = await book(e.client, mentor.mentorId, at(day, '10:00'))
    const noReason = await mentor.client.post<Err>(`/api/bookings/${b.id}/decline`, { reason: '' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.fields).toHaveProperty('reason')
    // a pending request cancelled by the entrepreneur: the mentor is told, no invite
    expect((await e.client.post(`/api/bookings/${b.id}/cancel`, { reason: 'Found another time' })).status).toBe(200)
    const toMentor = await waitForMail(m => m.to.includes(mentor.email) && m.subject.includes('辅导预约已取消'))
    expect(toMentor.calendar).toBeUndefined()
  })
})

describe('reminders', () => {
  it('accept schedules the 24 h and 1 h reminders, reschedule moves them, cancel removes them and a stale reminder sends nothing', async () => {
    const mentor = await createMentor()
    const e = await createUser()
    const day = beijingDay(3)
    const first = at(day, '10:00')
    const second = at(day, '14:00')
    const a = await book(e.client, mentor.mentorId, first)
    const keys = [`booking_reminder:${a.id}:24h`, `booking_reminder:${a.id}:1h`]
    expect(await jobsByKey(...keys)).toEqual([])
    expect((await mentor.client.post(`/api/bookings/${a.id}/accept`)).status).toBe(200)
    let jobs = await jobsByKey(...keys)
    expect(jobs).toHaveLength(2)
    const runAt = (kind: string) => jobs.find(j => j.key.endsWith(`:${kind}`))!.run_at.getTime()
    expect(runAt('24h')).toBe(Date.parse(first) - 24 * 3_600_000)
    expect(runAt('1h')).toBe(Date.parse(first) - 3_600_000)
    expect(jobs.find(j => j.key.endsWith(':24h'))!.payload).toEqual({ id: a.id, kind: '24h', startsAt: new Date(first).toISOString() })
    expect(jobs.map(j => j.task)).toEqual(['booking_reminder', 'booking_reminder'])

    // reschedule: the reminders follow the new start
    expect((await e.client.post(`/api/bookings/${a.id}/reschedule`, { startsAt: second })).status).toBe(200)
    jobs = await jobsByKey(...keys)
    expect(jobs).toHaveLength(2)
    expect(runAt('24h')).toBe(Date.parse(second) - 24 * 3_600_000)
    expect(runAt('1h')).toBe(Date.parse(second) - 3_600_000)
    const stalePayload = jobs.find(j => j.key.endsWith(':24h'))!.payload as { id: string, kind: '24h', startsAt: string }

    // cancel: gone; a reminder made before the cancel sends nothing
    expect((await mentor.client.post(`/api/bookings/${a.id}/cancel`, { reason: '导师临时出差' })).status).toBe(200)
    expect(await jobsByKey(...keys)).toEqual([])
    expect(await sendReminder(stalePayload)).toBe(false)
    expect(await sendReminder({ ...stalePayload, kind: '1h' })).toBe(false)
    // and through the queue as the worker would run it
    await db.$executeRaw`SELECT graphile_worker.add_job('booking_reminder', ${JSON.stringify(stalePayload)}::json, job_key => 'stale-reminder-' || ${a.id})`
    await eventually(async () => (await jobsByKey(`stale-reminder-${a.id}`)).length === 0, 10_000)
    expect(await db.mailMessage.count({ where: { to: { in: [e.email, mentor.email] }, subject: { contains: '提醒' } } })).toBe(0)
    expect(await db.bookingEvent.count({ where: { bookingId: a.id, action: { startsWith: 'reminder' } } })).toBe(0)
  })

  it('an accepted booking\'s reminder, run early, reaches both parties; a reminder for the old time after a reschedule does not', async () => {
    const mentor = await createMentor({ locale: 'en' })
    const e = await createUser()
    const day = beijingDay(4)
    const a = await book(e.client, mentor.mentorId, at(day, '10:00'))
    expect((await mentor.client.post(`/api/bookings/${a.id}/accept`)).status).toBe(200)
    const key = `booking_reminder:${a.id}:24h`
    const [job] = await jobsByKey(key)
    await runJobNow(key)
    const toE = await waitForMail(m => m.to.includes(e.email) && m.subject.includes('提醒：明天有一次创业辅导'))
    const toM = await waitForMail(m => m.to.includes(mentor.email) && m.subject === 'Reminder: your session is tomorrow — StartHub')
    expect(toE.text).toContain('开店选址咨询')
    expect(toM.text).toContain('Beijing time')
    await eventually(async () => (await jobsByKey(key)).length === 0, 10_000)
    expect(await db.bookingEvent.count({ where: { bookingId: a.id, action: 'reminder_24h' } })).toBe(1)
    // after a move, the payload made for the old start is refused
    expect((await e.client.post(`/api/bookings/${a.id}/reschedule`, { startsAt: at(day, '16:00') })).status).toBe(200)
    expect(await sendReminder(job!.payload as { id: string, kind: '24h', startsAt: string })).toBe(false)
    const [moved] = await jobsByKey(key)
    expect(moved!.run_at.getTime()).toBe(Date.parse(at(day, '16:00')) - 24 * 3_600_000)
  })
})

describe('access and validation', () => {
  it('only the parties (and staff) see a booking; only its mentor answers it', async () => {
    const mentor = await createMentor()
    const other = await createMentor()
    const [owner, stranger] = await createUsers(2)
    const staff = await createUser({ roles: ['STAFF'] })
    const a = await book(owner!.client, mentor.mentorId, at(beijingDay(3), '09:00'))
    expect((await owner!.client.get<BookingView>(`/api/bookings/${a.id}`)).body.role).toBe('entrepreneur')
    expect((await mentor.client.get<BookingView>(`/api/bookings/${a.id}`)).body).toMatchObject({ role: 'mentor', actions: ['accept', 'decline'] })
    expect((await staff.client.get<BookingView>(`/api/bookings/${a.id}`)).body.role).toBe('staff')
    expect((await stranger!.client.get<Err>(`/api/bookings/${a.id}`)).status).toBe(404)
    expect((await other.client.get<Err>(`/api/bookings/${a.id}`)).status).toBe(404)
    expect((await anon().get<Err>(`/api/bookings/${a.id}`)).status).toBe(401)
    expect((await stranger!.client.get<Err>('/api/bookings/not-a-uuid')).status).toBe(404)
    // another mentor cannot accept; the entrepreneur cannot accept their own request; staff neither
    const byOther = await other.client.post<Err>(`/api/bookings/${a.id}/accept`)
    expect(byOther.status).toBe(404)
    const byOwner = await owner!.client.post<Err>(`/api/bookings/${a.id}/accept`)
    expect(byOwner.status).toBe(403)
    expect(byOwner.body.code).toBe('forbidden')
    expect((await staff.client.post<Err>(`/api/bookings/${a.id}/accept`)).status).toBe(403)
    expect((await stranger!.client.post<Err>(`/api/bookings/${a.id}/cancel`, { reason: '恶意取消' })).status).toBe(404)
    expect((await other.client.post<Err>(`/api/bookings/${a.id}/decline`, { reason: '恶意婉拒' })).status).toBe(404)
    // nothing changed
    const row = await db.booking.findUniqueOrThrow({ where: { id: a.id }, include: { events: true } })
    expect(row.status).toBe('PENDING')
    expect(row.events.map(x => x.action)).toEqual(['requested'])
    // lists: mine only
    const mine = await stranger!.client.get<{ items: BookingView[] }>('/api/bookings')
    expect(mine.body.items.some(i => i.id === a.id)).toBe(false)
    expect((await mentor.client.get<{ items: BookingView[] }>('/api/bookings?as=mentor')).body.items.map(i => i.id)).toContain(a.id)
    expect((await owner!.client.get<Err>('/api/staff/bookings')).status).toBe(403)
    expect((await staff.client.get<{ items: BookingView[] }>(`/api/staff/bookings?mentorId=${mentor.mentorId}`)).body.items.map(i => i.id)).toEqual([a.id])
  })

  it('booking needs a verified, signed-in user, valid input and an offered slot', async () => {
    const mentor = await createMentor({ noticeHours: 24, horizonDays: 10 })
    const e = await createUser()
    const unverified = await createUser({ verified: false })
    const day = beijingDay(3)
    const slot = at(day, '10:00')

    const signedOut = await anon().post<Err>('/api/bookings', bookingBody(mentor.mentorId, slot))
    expect(signedOut.status).toBe(401)
    expect(signedOut.body.code).toBe('unauthorized')
    const notVerified = await unverified.client.post<Err>('/api/bookings', bookingBody(mentor.mentorId, slot))
    expect(notVerified.status).toBe(403)
    expect(notVerified.body.code).toBe('email_not_verified')

    const bad = await e.client.post<Err>('/api/bookings', bookingBody(mentor.mentorId, 'tomorrow at ten', { topic: 'a' }))
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe('validation')
    expect(Object.keys(bad.body.fields!).sort()).toEqual(['startsAt', 'topic'])
    const bad2 = await e.client.post<Err>('/api/bookings', bookingBody('nope', slot, { stage: 'NOPE', description: '短' }))
    expect(bad2.status).toBe(400)
    expect(Object.keys(bad2.body.fields!).sort()).toEqual(['description', 'mentorId', 'stage'])
    const noOffset = await e.client.post<Err>('/api/bookings', bookingBody(mentor.mentorId, `${day}T10:00:00`))
    expect(noOffset.status).toBe(400)
    expect(noOffset.body.fields).toHaveProperty('startsAt')
    const wrongMode = await e.client.post<Err>('/api/bookings', bookingBody(mentor.mentorId, slot, { mode: 'IN_PERSON' }))
    expect(wrongMode.status).toBe(400)
    expect(wrongMode.body.fields).toHaveProperty('mode')

    const expectConflict = async (startsAt: string, code: string) => {
      const r = await e.client.post<Err>('/api/bookings', bookingBody(mentor.mentorId, startsAt))
      expect(r.status, startsAt).toBe(409)
      expect(r.body.code, startsAt).toBe(code)
    }
    await expectConflict(at(day, '10:13'), 'slot_unavailable') // not a slot boundary
    await expectConflict(toZonedIso(new Date(Date.now() + 3 * 3_600_000 - (Date.now() % 3_600_000))), 'slot_unavailable') // inside the notice
    await expectConflict(at(beijingDay(12), '10:00'), 'slot_unavailable') // beyond the horizon
    // the same instant written in UTC is the same slot
    const utc = new Date(slot).toISOString()
    const ok = await e.client.post<BookingView>('/api/bookings', bookingBody(mentor.mentorId, utc))
    expect(ok.status).toBe(201)
    expect(ok.body.startsAt).toBe(slot)
    expect(ok.body.expiresAt <= slot).toBe(true)

    // unknown, unapproved or paused mentors; mentors cannot book themselves
    const pending = await createMentor({ status: 'PENDING' })
    const unknown = await e.client.post<Err>('/api/bookings', bookingBody(crypto.randomUUID(), slot))
    expect(unknown.status).toBe(404)
    expect((await e.client.post<Err>('/api/bookings', bookingBody(pending.mentorId, at(day, '11:00')))).status).toBe(404)
    const paused = await createMentor({ paused: true })
    const p = await e.client.post<Err>('/api/bookings', bookingBody(paused.mentorId, at(day, '12:00')))
    expect(p.status).toBe(409)
    expect(p.body.code).toBe('mentor_unavailable')
    const self = await mentor.client.post<Err>('/api/bookings', bookingBody(mentor.mentorId, at(day, '15:00')))
    expect(self.status).toBe(403)
    expect(await db.booking.count({ where: { mentorId: { in: [mentor.mentorId, pending.mentorId, paused.mentorId] } } })).toBe(1)
  })
})

describe('life cycle', () => {
  /** Moves an accepted booking into the past (keeping startsAt < endsAt <= blockedUntil and expiresAt <= startsAt). */
  async function moveIntoPast(id: string, hoursAgo: number) {
    const s = Date.now() - hoursAgo * 3_600_000
    await db.booking.update({ where: { id }, data: { expiresAt: new Date(s - 3_600_000), startsAt: new Date(s), endsAt: new Date(s + 3_600_000), blockedUntil: new Date(s + 3_600_000) } })
  }

  it('complete or no-show only after the start; notes reach the entrepreneur; one review updates the rating and the search index', async () => {
    const mentor = await createMentor()
    const e = await createUser()
    const day = beijingDay(3)
    const a = await book(e.client, mentor.mentorId, at(day, '09:00'))
    const b = await book(e.client, mentor.mentorId, at(day, '11:00'))
    for (const x of [a, b]) expect((await mentor.client.post(`/api/bookings/${x.id}/accept`)).status).toBe(200)
    expect((await mentor.client.post(`/api/bookings/${a.id}/accept`)).status).toBe(409)

    // before the start
    for (const action of ['complete', 'no-show']) {
      const r = await mentor.client.post<Err>(`/api/bookings/${a.id}/${action}`)
      expect(r.status).toBe(409)
      expect(r.body.code).toBe('invalid_transition')
    }
    expect((await mentor.client.request<Err>('PUT', `/api/bookings/${a.id}/notes`, { notes: '太早了' })).status).toBe(409)
    expect((await e.client.post<Err>(`/api/bookings/${a.id}/review`, { score: 5, comment: '很好' })).status).toBe(409)

    await moveIntoPast(a.id, 3)
    await moveIntoPast(b.id, 6)
    const view = await mentor.client.get<BookingView>(`/api/bookings/${a.id}`)
    expect(view.body.actions).toEqual(['complete', 'no-show', 'notes'])
    // only the mentor completes; the entrepreneur cannot cancel or reschedule a started session
    expect((await e.client.post(`/api/bookings/${a.id}/complete`)).status).toBe(403)
    expect((await e.client.post<Err>(`/api/bookings/${a.id}/cancel`, { reason: '迟到了' })).status).toBe(409)
    const done = await mentor.client.post<BookingView>(`/api/bookings/${a.id}/complete`)
    expect(done.status).toBe(200)
    expect(done.body.status).toBe('COMPLETED')
    await waitForMail(m => m.to.includes(e.email) && m.subject.includes('辅导已完成，请评价'))
    expect((await mentor.client.post(`/api/bookings/${a.id}/complete`)).status).toBe(409)
    const noShow = await mentor.client.post<BookingView>(`/api/bookings/${b.id}/no-show`)
    expect(noShow.status).toBe(200)
    expect(noShow.body.status).toBe('NO_SHOW')
    expect((await e.client.post<Err>(`/api/bookings/${b.id}/review`, { score: 1, comment: '没去成' })).status).toBe(409)

    const notes = await mentor.client.request<BookingView>('PUT', `/api/bookings/${a.id}/notes`, { notes: '建议先做三个月市场调研，再确定店址。' })
    expect(notes.status).toBe(200)
    const seen = await e.client.get<BookingView>(`/api/bookings/${a.id}`)
    expect(seen.body.notes).toBe('建议先做三个月市场调研，再确定店址。')
    expect(seen.body.actions).toEqual(['review'])
    expect((await e.client.request('PUT', `/api/bookings/${a.id}/notes`, { notes: '我来改' })).status).toBe(403)

    const badReview = await e.client.post<Err>(`/api/bookings/${a.id}/review`, { score: 6, comment: '太好了' })
    expect(badReview.status).toBe(400)
    expect(badReview.body.fields).toHaveProperty('score')
    const review = await e.client.post<BookingView>(`/api/bookings/${a.id}/review`, { score: 4, comment: '很有帮助，思路清晰' })
    expect(review.status).toBe(200)
    expect(review.body.review).toEqual({ score: 4, comment: '很有帮助，思路清晰' })
    const again = await e.client.post<Err>(`/api/bookings/${a.id}/review`, { score: 1, comment: '再评一次' })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('already_reviewed')

    const m = await db.mentor.findUniqueOrThrow({ where: { id: mentor.mentorId } })
    expect(m).toMatchObject({ rating: 4, ratingCount: 1, sessionCount: 1 })
    const detail = await anon().get<MentorDetail>(`/api/mentors/${mentor.mentorId}`)
    expect(detail.body).toMatchObject({ rating: 4, ratingCount: 1, sessionCount: 1 })
    expect(detail.body.reviews).toHaveLength(1)
    expect(detail.body.reviews[0]).toMatchObject({ score: 4, comment: '很有帮助，思路清晰' })
    expect(detail.body.reviews[0]!.authorName).toMatch(/^测\*+$/) // surname only
    // the search index follows within a few seconds
    const q = encodeURIComponent(mentor.displayName.split(' ')[1]!)
    await eventually(async () => {
      const list = await anon().get<MentorListResponse>(`/api/mentors?q=${q}`)
      const item = list.body.items.find(i => i.id === mentor.mentorId)
      return !list.body.degraded && item?.rating === 4 && item.ratingCount === 1 && item.sessionCount === 1
    }, 10_000)
    const events = await db.bookingEvent.findMany({ where: { bookingId: a.id }, orderBy: { id: 'asc' } })
    expect(events.map(x => x.action)).toEqual(['requested', 'accepted', 'completed', 'notes', 'reviewed'])
  })
})
