import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { CertificatePublic, CheckInCode, EnrolmentListItem, OfferingList, OfferingView, RosterRow, SubsidyRow } from '#shared/types/training'
import type { CaseCreated } from '#shared/types/case'
import { zonedDate } from '#shared/utils/zoned-time'
import { codeFor, stepOf } from '../../server/services/enrolments/check-in-code'
import { baseUrl, Client, waitFor, waitForMail } from '../support/http'
import { createUser, createUsers, jobsByKey, runJobNow, tally, token } from '../support/mentors'
import type { TestUser } from '../support/mentors'
import { db } from '../support/db'
import { createSession, createTrainer, enrolIn, startLessonsNow } from '../support/trainings'

interface Err { code: string, message: string, fields?: Record<string, string> }

const statuses = async (sessionId: string) => {
  const rows = await db.enrolment.findMany({ where: { offeringId: sessionId }, select: { userId: true, status: true, waitSeq: true } })
  const count = (s: string) => rows.filter(r => r.status === s).length
  return { rows, confirmed: count('CONFIRMED'), waitlisted: count('WAITLISTED'), offered: count('OFFERED') }
}

describe('the enrolment engine under concurrency', () => {
  it('200 concurrent enrolments for 30 places: exactly 30 confirmed and 170 waiting with positions 1–170, no 5xx, in three rounds', async () => {
    for (let round = 0; round < 3; round++) {
      const s = await createSession({ capacity: 30 })
      const people = await createUsers(200, { prefix: `crowd${round}` })
      const results = await Promise.all(people.map(p => enrolIn(p, s.id)))
      const t = tally(results)
      expect(t.serverErrors).toBe(0)
      expect(t.created).toBe(200)
      expect(results.filter(r => r.body.status === 'CONFIRMED')).toHaveLength(30)
      const waiting = results.filter(r => r.body.status === 'WAITLISTED')
      expect(waiting).toHaveLength(170)
      expect(waiting.map(r => r.body.position).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 170 }, (_, i) => i + 1))
      const o = await db.offering.findUniqueOrThrow({ where: { id: s.id }, select: { placesTaken: true } })
      expect(o.placesTaken).toBe(30)
      const view = await people[0]!.client.get<OfferingView>(`/api/trainings/${s.id}`)
      expect(view.body).toMatchObject({ placesLeft: 0, waiting: 170 })
    }
  })

  it('20 concurrent cancellations: exactly 20 offers, to positions 1–20, each mailed', async () => {
    const s = await createSession({ capacity: 30 })
    const people = await createUsers(60, { prefix: 'cancel' })
    const ids = new Map<string, string>()
    for (const p of people) ids.set(p.id, (await enrolIn(p, s.id)).body.id)
    const holders = people.slice(0, 20)
    const results = await Promise.all(holders.map(p => p.client.request('DELETE', `/api/enrolments/${ids.get(p.id)}`)))
    expect(results.map(r => r.status)).toEqual(Array(20).fill(200))
    const after = await statuses(s.id)
    expect(after.offered).toBe(20)
    const offeredSeqs = after.rows.filter(r => r.status === 'OFFERED').map(r => r.waitSeq).sort((a, b) => a! - b!)
    const allSeqs = (await db.enrolment.findMany({ where: { offeringId: s.id, waitSeq: { not: null } }, select: { waitSeq: true }, orderBy: { waitSeq: 'asc' } })).map(r => r.waitSeq)
    expect(offeredSeqs).toEqual(allSeqs.slice(0, 20))
    const o = await db.offering.findUniqueOrThrow({ where: { id: s.id }, select: { placesTaken: true } })
    expect(o.placesTaken).toBe(30)
    const first = people[30]!
    await waitForMail(m => m.to.includes(first.email) && /保留了一个名额/.test(m.subject))
  })

  it('two tabs accepting one offer at once: one confirmation, the other 409', async () => {
    const s = await createSession({ capacity: 1 })
    const [a, b] = await createUsers(2, { prefix: 'tabs' })
    const ea = (await enrolIn(a!, s.id)).body.id
    const eb = (await enrolIn(b!, s.id)).body.id
    await a!.client.request('DELETE', `/api/enrolments/${ea}`)
    const [r1, r2] = await Promise.all([b!.client.post(`/api/enrolments/${eb}/offer/accept`), b!.client.post(`/api/enrolments/${eb}/offer/accept`)])
    expect([r1.status, r2.status].sort()).toEqual([200, 409])
    expect((await statuses(s.id)).confirmed).toBe(1)
  })
})

describe('fair offers', () => {
  it('a place freed by someone who got it through an offer goes to the next person in the queue, never back to a former holder', async () => {
    const s = await createSession({ capacity: 1 })
    const [a, b, c] = await createUsers(3, { prefix: 'fair' })
    const ea = (await enrolIn(a!, s.id)).body.id
    const eb = (await enrolIn(b!, s.id)).body
    const ec = (await enrolIn(c!, s.id)).body
    expect([eb.status, eb.position, ec.position]).toEqual(['WAITLISTED', 1, 2])
    await a!.client.request('DELETE', `/api/enrolments/${ea}`)
    expect((await b!.client.post<{ status: string }>(`/api/enrolments/${eb.id}/offer/accept`)).body.status).toBe('CONFIRMED')
    await b!.client.request('DELETE', `/api/enrolments/${eb.id}`)
    const rows = await db.enrolment.findMany({ where: { offeringId: s.id }, select: { userId: true, status: true } })
    expect(rows.find(r => r.userId === c!.id)!.status).toBe('OFFERED')
    expect(rows.filter(r => r.userId === a!.id || r.userId === b!.id).map(r => r.status).sort()).toEqual(['CANCELLED', 'CANCELLED'])
    // the former holder can join again: at the back
    const again = await enrolIn(a!, s.id)
    expect(again.body).toMatchObject({ status: 'WAITLISTED', position: 1 })
  })

  it('an offer lapses at its deadline (the job, with the clock moved) and passes on; accepting after that is 409 offer_expired', async () => {
    const s = await createSession({ capacity: 1, offerHours: 48 })
    const [a, b, c] = await createUsers(3, { prefix: 'lapse' })
    const ea = (await enrolIn(a!, s.id)).body.id
    const eb = (await enrolIn(b!, s.id)).body.id
    await enrolIn(c!, s.id)
    await a!.client.request('DELETE', `/api/enrolments/${ea}`)
    const offered = await db.enrolment.findUniqueOrThrow({ where: { id: eb }, select: { offerExpiresAt: true } })
    expect(offered.offerExpiresAt!.getTime() - Date.now()).toBeGreaterThan(47 * 3_600_000)
    // the clock moves past the deadline: the offer's own job runs now
    await db.enrolment.update({ where: { id: eb }, data: { offerExpiresAt: new Date(Date.now() - 1000) } })
    await runJobNow(`enrol-offer:${eb}`)
    await waitFor(() => db.enrolment.findUniqueOrThrow({ where: { id: eb }, select: { status: true } }), r => r.status === 'LAPSED')
    expect((await statuses(s.id)).rows.find(r => r.userId === c!.id)!.status).toBe('OFFERED')
    const late = await b!.client.post<Err>(`/api/enrolments/${eb}/offer/accept`)
    expect(late.status).toBe(409)
    await waitForMail(m => m.to.includes(b!.email) && /已过期/.test(m.subject))
  })

  it('more capacity offers the new places to the front of the queue at once; less than the places taken is refused', async () => {
    const s = await createSession({ capacity: 2 })
    const people = await createUsers(5, { prefix: 'cap' })
    for (const p of people) await enrolIn(p, s.id)
    const more = await s.staff.client.patch<OfferingView>(`/api/staff/offerings/${s.id}`, { capacity: 4 })
    expect(more.status).toBe(200)
    const st = await statuses(s.id)
    expect(st.offered).toBe(2)
    expect(st.rows.filter(r => r.status === 'OFFERED').map(r => r.userId).sort()).toEqual([people[2]!.id, people[3]!.id].sort())
    const less = await s.staff.client.patch<Err>(`/api/staff/offerings/${s.id}`, { capacity: 3 })
    expect(less.status).toBe(409)
    expect(less.body.code).toBe('capacity_below_taken')
  })

  it('leaving the waitlist moves everyone behind up; my enrolments show the position', async () => {
    const s = await createSession({ capacity: 1 })
    const [a, b, c] = await createUsers(3, { prefix: 'leave' })
    await enrolIn(a!, s.id)
    const eb = (await enrolIn(b!, s.id)).body.id
    await enrolIn(c!, s.id)
    expect((await b!.client.request<{ status: string }>('DELETE', `/api/enrolments/${eb}`)).body.status).toBe('LEFT')
    const mine = await c!.client.get<EnrolmentListItem[]>('/api/enrolments/mine')
    expect(mine.body[0]).toMatchObject({ status: 'WAITLISTED', position: 1, actions: ['leave'] })
  })
})

describe('rules of enrolment', () => {
  it('one subsidised place per person per programme per year; unverified accounts and closed windows are refused', async () => {
    const [s1, s2] = [await createSession({ programme: 'GYB' }), await createSession({ programme: 'GYB' })]
    const p = await createUser({ prefix: 'limit' })
    expect((await enrolIn(p, s1.id, { category: 'GRADUATE' })).status).toBe(201)
    const second = await enrolIn(p, s2.id, { category: 'GRADUATE' })
    expect(second.status).toBe(409)
    expect((second.body as unknown as Err).code).toBe('programme_limit')
    expect((second.body as unknown as Err).message).toContain('1')
    expect((await enrolIn(p, s1.id)).status).toBe(409)
    const unknownCategory = await enrolIn(p, s2.id, { category: 'ASTRONAUT' })
    expect(unknownCategory.status).toBe(400)
    const unverified = await createUser({ verified: false, prefix: 'unverified' })
    expect((await enrolIn(unverified, s2.id)).status).toBe(403)
    await db.offering.update({ where: { id: s2.id }, data: { enrolClosesAt: new Date(Date.now() - 1000) } })
    expect(((await enrolIn(await createUser(), s2.id)).body as unknown as Err).code).toBe('enrolment_closed')
  })

  it('a draft is 404 to the public and to trainers of other sessions; a roster only for its trainers and staff of the city', async () => {
    const s = await createSession()
    const created = await s.staff.client.post<{ id: string }>('/api/staff/offerings', {
      kind: 'EVENT', eventType: 'PITCH', titleZh: '项目推介会（草稿）', titleEn: 'Pitch day (draft)', city: 'changchun', venue: '长春', capacity: 50,
      enrolOpensAt: new Date(Date.now() - 3_600_000).toISOString(), enrolClosesAt: new Date(Date.now() + 40 * 3_600_000).toISOString(),
      lessons: [{ startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(), endsAt: new Date(Date.now() + 50 * 3_600_000).toISOString(), topicZh: '路演', topicEn: 'Pitches' }],
    })
    expect(created.status).toBe(201)
    expect((await new Client().get(`/api/events/${created.body.id}`)).status).toBe(404)
    expect((await s.staff.client.get(`/api/events/${created.body.id}`)).status).toBe(200)
    expect((await new Client().get(`/api/trainings/${created.body.id}`)).status).toBe(404)
    const otherTrainer = await createTrainer(s.institutionId)
    expect((await otherTrainer.client.get(`/api/sessions/${s.id}/roster`)).status).toBe(404)
    expect((await s.trainer.client.get(`/api/sessions/${s.id}/roster`)).status).toBe(200)
    const jilinStaff = await createUser({ roles: ['STAFF'], prefix: 'jlstaff' })
    await db.user.update({ where: { id: jilinStaff.id }, data: { city: { connect: { code: 'jilin' } } } })
    expect((await jilinStaff.client.get(`/api/sessions/${s.id}/roster`)).status).toBe(404)
    const entrepreneur = await createUser()
    expect((await entrepreneur.client.get(`/api/sessions/${s.id}/roster`)).status).toBe(403)
  })
})

describe('mails and calendars', () => {
  it('a confirmed place mails one calendar event per lesson; giving it up cancels the same UIDs', async () => {
    const s = await createSession({ lessons: 3 })
    const p = await createUser({ prefix: 'ics' })
    const e = (await enrolIn(p, s.id)).body.id
    const confirmed = await waitForMail(m => m.to.includes(p.email) && /报名成功/.test(m.subject) && !!m.calendar)
    const uids = [...confirmed.calendar!.content.matchAll(/^UID:(.+)$/gm)].map(m => m[1]!.trim())
    expect(confirmed.calendar!.method).toBe('REQUEST')
    expect(new Set(uids).size).toBe(3)
    await p.client.request('DELETE', `/api/enrolments/${e}`)
    const cancel = await waitForMail(m => m.to.includes(p.email) && /已取消报名/.test(m.subject) && !!m.calendar)
    expect(cancel.calendar!.method).toBe('CANCEL')
    expect([...cancel.calendar!.content.matchAll(/^UID:(.+)$/gm)].map(m => m[1]!.trim()).sort()).toEqual([...uids].sort())
    expect(confirmed.text).not.toMatch(/\d{17}[\dX]/)
  })

  it('a reminder is queued 24 h before the first lesson, mailed to those who still have their place, and dropped with the place', async () => {
    const s = await createSession({ lessons: 2, startsInHours: 72 })
    const [keeps, leaves] = [await createUser({ prefix: 'remind' }), await createUser({ prefix: 'remind-gone' })]
    const kept = (await enrolIn(keeps, s.id)).body.id
    const left = (await enrolIn(leaves, s.id)).body.id
    const first = await db.lesson.findFirstOrThrow({ where: { offeringId: s.id }, orderBy: { startsAt: 'asc' }, select: { startsAt: true } })
    const [job] = await jobsByKey(`enrol-remind:${kept}`)
    expect(job!.run_at.getTime()).toBe(first.startsAt.getTime() - 24 * 3_600_000)
    await leaves.client.request('DELETE', `/api/enrolments/${left}`)
    expect(await jobsByKey(`enrol-remind:${left}`)).toEqual([])
    await runJobNow(`enrol-remind:${kept}`)
    const mail = await waitForMail(m => m.to.includes(keeps.email) && /明天开课/.test(m.subject))
    expect(mail.text).toContain(`/trainings/${s.id}`)
  })
})

describe('attendance, completion and certificates', () => {
  async function trainedSession() {
    const s = await createSession({ lessons: 2, lessonHours: 12, programme: 'GYB' })
    const [ok, short] = await createUsers(2, { prefix: 'trainee' })
    const eOk = (await enrolIn(ok!, s.id, { category: 'GRADUATE' })).body.id
    const eShort = (await enrolIn(short!, s.id)).body.id
    return { s, ok: ok!, short: short!, eOk, eShort }
  }

  it('check-in: the room code of this lesson, within its window, once; another lesson\'s code and an old code are refused', async () => {
    const { s, ok } = await trainedSession()
    const before = await s.trainer.client.get<CheckInCode>(`/api/lessons/${s.lessonIds[0]}/check-in-code`)
    expect(before.body.window).toBe('not_open')
    expect(before.body.code).toBe('')
    const tooEarly = await ok.client.post<Err>(`/api/lessons/${s.lessonIds[0]}/check-in`, { code: '123456' })
    expect(tooEarly.body.code).toBe('check_in_not_open')
    await startLessonsNow(s.id, 5)
    const screen = await s.trainer.client.get<CheckInCode & { qrSvg: string }>(`/api/lessons/${s.lessonIds[0]}/check-in-code`)
    expect(screen.body.window).toBe('open')
    expect(screen.body.code).toMatch(/^\d{6}$/)
    expect(screen.body.qrSvg).toContain('<svg')
    expect(screen.body.url).toContain(`/check-in/${s.lessonIds[0]}`)
    const secrets = await db.lesson.findMany({ where: { offeringId: s.id }, orderBy: { position: 'asc' }, select: { codeSecret: true } })
    const otherLessonCode = codeFor(secrets[1]!.codeSecret, stepOf(new Date(), 30))
    const wrong = await ok.client.post<Err>(`/api/lessons/${s.lessonIds[0]}/check-in`, { code: otherLessonCode })
    expect([wrong.status, wrong.body.code]).toEqual([400, 'code_invalid'])
    const old = codeFor(secrets[0]!.codeSecret, stepOf(new Date(), 30) - 5)
    expect((await ok.client.post<Err>(`/api/lessons/${s.lessonIds[0]}/check-in`, { code: old })).body.code).toBe('code_expired')
    const fine = await ok.client.post(`/api/lessons/${s.lessonIds[0]}/check-in`, { code: screen.body.code })
    expect(fine.status).toBe(200)
    expect((await ok.client.post<Err>(`/api/lessons/${s.lessonIds[0]}/check-in`, { code: screen.body.code })).body.code).toBe('already_checked_in')
    const stranger = await createUser()
    expect((await stranger.client.post(`/api/lessons/${s.lessonIds[0]}/check-in`, { code: screen.body.code })).status).toBe(403)
    // after the lesson: its codes no longer work
    await db.lesson.update({ where: { id: s.lessonIds[0] }, data: { endsAt: new Date(Date.now() - 1000) } })
    const after = await ok.client.post<Err>(`/api/lessons/${s.lessonIds[0]}/check-in`, { code: screen.body.code })
    expect([after.status, after.body.code]).toEqual([400, 'code_expired'])
  })

  it('completion gives certificates to those with the hours; verification is public and masked; revocation shows; the subsidy turns full when an opening is recorded in time', async () => {
    const { s, ok, short, eOk } = await trainedSession()
    await startLessonsNow(s.id, 0, true)
    // hand-marked presence (audited) for both lessons of one trainee; the other attended one
    for (const lessonId of s.lessonIds) {
      expect((await s.trainer.client.post(`/api/lessons/${lessonId}/attendance`, { enrolmentId: eOk, reason: '现场签到机故障，讲师核对身份后登记' })).status).toBe(200)
    }
    const eShort = (await db.enrolment.findFirstOrThrow({ where: { offeringId: s.id, userId: short.id }, select: { id: true } })).id
    await s.trainer.client.post(`/api/lessons/${s.lessonIds[0]}/attendance`, { enrolmentId: eShort, reason: '讲师核对身份后登记' })
    expect(await db.auditLog.count({ where: { action: 'attendance.marked', actorId: s.trainer.id } })).toBe(3)
    const roster = await s.trainer.client.get<{ rows: RosterRow[] }>(`/api/sessions/${s.id}/roster`)
    expect(roster.body.rows.find(r => r.enrolmentId === eShort)!.gaps).toEqual(['HOURS'])
    const done = await s.trainer.client.post<{ completed: number, notCompleted: number }>(`/api/sessions/${s.id}/complete`)
    expect(done.body).toEqual({ completed: 1, notCompleted: 1 })
    const cert = await db.certificate.findUniqueOrThrow({ where: { enrolmentId: eOk }, select: { code: true } })
    await waitForMail(m => m.to.includes(ok.email) && m.text.includes(cert.code))

    const pdf = await fetch(`${baseUrl()}/api/enrolments/${eOk}/certificate.pdf`, { headers: { cookie: [...ok.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } })
    expect(pdf.headers.get('content-type')).toContain('application/pdf')
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF')
    expect((await short.client.get(`/api/enrolments/${eOk}/certificate.pdf`)).status).toBe(404)

    const anon = new Client()
    const verified = await anon.get<CertificatePublic>(`/api/certificates/${cert.code}`)
    expect(verified.body).toMatchObject({ valid: true, hours: 24, code: cert.code })
    expect(verified.body.name).not.toBe(ok.name)
    expect(verified.body.name.startsWith(ok.name[0]!)).toBe(true)
    expect((await anon.get(`/api/certificates/ABCD-EFGH-JKLM`)).status).toBe(404)

    const subsidy = async () => (await s.staff.client.get<SubsidyRow[]>(`/api/staff/training-subsidies?institution=${s.institutionId}`)).body.find(r => r.certificateCode === cert.code)!
    expect(await subsidy()).toMatchObject({ status: 'PENDING', amount: 50_00 })
    const c = await ok.client.post<CaseCreated>('/api/cases', { idea: { title: `社区便利店 ${token()}`, category: 'food-snacks', city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })
    expect(c.status).toBe(201)
    expect((await ok.client.post(`/api/cases/${c.body.id}/opening`, { openedOn: zonedDate(new Date()), legalForm: 'INDIVIDUAL_BUSINESS', employees: 2 })).status).toBe(200)
    expect(await subsidy()).toMatchObject({ status: 'FULL', amount: 100_00, evidence: { attendance: '2/2', certificate: true } })

    // the claim's papers: the list as CSV in the reader's language, the attendance register (考勤册) as a PDF
    const csv = await s.staff.client.request<string>('GET', `/api/staff/training-subsidies.csv?institution=${s.institutionId}`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const line = String(csv.body).split('\n').find(l => l.includes(cert.code))!
    expect(line).toContain('6 个月内已开业：全额补贴')
    expect(line).toContain('100.00')
    expect(line).toContain('2/2')
    const cookie = (c: Client) => ({ headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } })
    const register = await fetch(`${baseUrl()}/api/sessions/${s.id}/attendance.pdf`, cookie(s.trainer.client))
    expect(register.status).toBe(200)
    expect(register.headers.get('content-type')).toContain('application/pdf')
    expect(Buffer.from(await register.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF')
    expect((await fetch(`${baseUrl()}/api/sessions/${s.id}/attendance.pdf`, cookie(ok.client))).status).toBe(403)
    const otherTrainer = await createTrainer(s.institutionId)
    expect((await fetch(`${baseUrl()}/api/sessions/${s.id}/attendance.pdf`, cookie(otherTrainer.client))).status).toBe(404)

    // a rating: one per service; a bad one is a staff task with a call-back day
    const bad = await ok.client.post<{ callbackDueOn: string }>('/api/ratings', { serviceType: 'TRAINING', serviceId: s.id, grade: 1, comment: '课程安排太赶' })
    expect(bad.status).toBe(201)
    expect(bad.body.callbackDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect((await ok.client.post<Err>('/api/ratings', { serviceType: 'TRAINING', serviceId: s.id, grade: 5 })).body.code).toBe('already_rated')
    expect((await short.client.post('/api/ratings', { serviceType: 'TRAINING', serviceId: s.id, grade: 5 })).status).toBe(404)
    expect(await db.staffTask.count({ where: { kind: 'bad_rating', payload: { path: ['serviceId'], equals: s.id } } })).toBe(1)

    const revoked = await s.staff.client.post<CertificatePublic>(`/api/staff/certificates/${cert.code}/revoke`, { reason: '考勤记录不实' })
    expect(revoked.body.valid).toBe(false)
    expect((await anon.get<CertificatePublic>(`/api/certificates/${cert.code}`)).body).toMatchObject({ valid: false, revokedReason: '考勤记录不实' })
  })
})

describe('the catalogue in search', () => {
  it('published sessions are found by city and programme with places left; events are a list of their own', async () => {
    const s = await createSession({ programme: 'SYB', city: 'siping' })
    const anon = new Client()
    const list = await waitFor(() => anon.get<OfferingList>('/api/trainings?city=siping&programme=SYB&available=true'), r => r.status === 200 && r.body.items.some(i => i.id === s.id))
    expect(list.body.degraded).toBe(false)
    const card = list.body.items.find(i => i.id === s.id)!
    expect(card).toMatchObject({ placesLeft: 30, programme: { code: 'SYB' }, city: { code: 'siping' } })
    expect(list.body.facets.programme?.SYB).toBeGreaterThan(0)
    const events = await anon.get<OfferingList>('/api/events?city=siping')
    expect(events.body.items.some(i => i.id === s.id)).toBe(false)
    const bad = await anon.get<Err>('/api/trainings?city=atlantis')
    expect(bad.status).toBe(400)
  })

  it('a list page holds pageSize results (the home page asks for three), 1 to 50, 20 unless asked', async () => {
    // two sessions alone in a month far ahead (other tests add sessions to the shared catalogue meanwhile)
    const now = new Date()
    const mid = Date.UTC(now.getUTCFullYear() + 2, now.getUTCMonth(), 14, 4)
    const month = new Date(mid).toISOString().slice(0, 7)
    const startsInHours = Math.round((mid - now.getTime()) / 3_600_000)
    await createSession({ startsInHours })
    await createSession({ startsInHours })
    const anon = new Client()
    const all = await waitFor(() => anon.get<OfferingList>(`/api/trainings?month=${month}`), r => r.status === 200 && r.body.total === 2)
    expect(all.body.pageSize).toBe(20)
    expect(all.body.items).toHaveLength(2)
    const one = await anon.get<OfferingList>(`/api/trainings?month=${month}&pageSize=1`)
    expect(one.body).toMatchObject({ pageSize: 1, total: 2 })
    expect(one.body.items).toHaveLength(1)
    expect((await anon.get<OfferingList>('/api/events?pageSize=3')).body.pageSize).toBe(3)
    // the items alone (the home page's next three): the same page, no counts
    const counted = await anon.get<OfferingList>(`/api/trainings?month=${month}&available=true`)
    const bare = await anon.get<OfferingList>(`/api/trainings?month=${month}&available=true&facets=false`)
    expect(bare.status).toBe(200)
    expect(bare.body.items.map(i => i.id)).toEqual(counted.body.items.map(i => i.id))
    expect(bare.body.total).toBe(2)
    expect(Object.values(counted.body.facets).some(c => Object.keys(c).length > 0)).toBe(true)
    expect(Object.values(bare.body.facets).every(c => Object.keys(c).length === 0)).toBe(true)
    // the home page shows the next three of each, in both languages (asked with facets=false)
    await createSession({ startsInHours: 3 })
    await createSession({ kind: 'EVENT', startsInHours: 3 })
    await waitFor(async () => {
      const pages = await Promise.all(['/', '/en'].map(async path => (await fetch(`${baseUrl()}${path}`, { headers: { accept: 'text/html', cookie: 'sh_fresh_render=1' } })).text()))
      const next = await Promise.all(['/api/trainings', '/api/events'].map(async path => (await anon.get<OfferingList>(`${path}?pageSize=3&facets=false`)).body.items))
      return next.every(items => items.length > 0 && items.every(i => pages[0]!.includes(i.title['zh-CN']) && pages[1]!.includes(i.title.en)))
    }, ok => ok)
    const wrong = await anon.get<Err>('/api/trainings?facets=maybe')
    expect(wrong.status).toBe(400)
    // the message names the values the parameter takes
    expect(wrong.body.fields?.facets).toBe('此项只能是以下之一：0, 1, true, false。')
    for (const size of ['0', '51', 'x']) {
      const res = await anon.get<Err>(`/api/trainings?pageSize=${size}`)
      expect(res.status, size).toBe(400)
      expect(res.body.fields?.pageSize, size).toBeTruthy()
    }
  })

  it('an enrolment of someone else is 404; nothing of an enrolment reaches the index', async () => {
    const s = await createSession()
    const [a, b] = await createUsers(2, { prefix: 'scope' })
    const ea = (await enrolIn(a!, s.id)).body.id
    expect((await b!.client.request('DELETE', `/api/enrolments/${ea}`)).status).toBe(404)
    expect((await b!.client.post(`/api/enrolments/${ea}/offer/accept`)).status).toBe(404)
    const hits = await waitFor(() => new Client().get<OfferingList>(`/api/trainings?q=${encodeURIComponent(a!.name)}`), r => r.status === 200)
    expect(hits.body.items).toHaveLength(0)
  })
})

export type { TestUser }

describe('event reports', () => {
  it('staff publish a report in Markdown with a picture from the one pipeline: rendered safely, the picture kept', async () => {
    const s = await createSession({ kind: 'EVENT', lessons: 1 })
    const data = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 20, g: 90, b: 160 } } }).jpeg().toBuffer()
    const f = new FormData()
    f.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), 'forum.jpg')
    f.append('alt', '论坛现场')
    const image = await s.staff.client.request<{ id: string, url: string }>('POST', '/api/images', f)
    expect(image.status).toBe(201)
    const report = `## 论坛回顾\n\n三位创业者分享了经验。<script>alert(1)</script>\n\n![论坛现场](${image.body.url})`
    expect((await s.staff.client.request('PATCH', `/api/staff/offerings/${s.id}`, { reportZh: report })).status).toBe(200)
    const view = await new Client().get<OfferingView>(`/api/events/${s.id}`)
    expect(view.body.reportHtml!['zh-CN']).toContain(`<img src="${image.body.url}" alt="论坛现场">`)
    expect(view.body.reportHtml!['zh-CN']).not.toContain('<script')
    // without an English report the English page shows the Chinese one
    expect(view.body.reportHtml!.en).toBe(view.body.reportHtml!['zh-CN'])
    expect((await db.image.findUniqueOrThrow({ where: { id: image.body.id }, select: { attachedAt: true } })).attachedAt).not.toBeNull()
  })
})
