import { describe, expect, inject, it } from 'vitest'
import type { MentorDetail, MentorListResponse, MentorProfile, SlotResponse } from '#shared/types/mentor'
import type { MatchRequestView } from '#shared/types/match-request'
import { toZonedIso } from '#shared/utils/zoned-time'
import { Client, waitForMail } from '../support/http'
import { startBuiltServer } from '../support/server'
import { freePort } from '../../scripts/lib/services'
import { db } from '../support/db'
import { eventually } from '../support/projects'
import { at, beijingDay, book, createMentor, createUser, slots, staffUser, token } from '../support/mentors'

type Err = { code?: string, fields?: Record<string, string> }
const anon = () => new Client()
const list = (qs: string) => anon().get<MentorListResponse>(`/api/mentors?${qs}`)
const profileInput = (displayName: string, extra: Record<string, unknown> = {}) => ({
  displayName, type: 'SCHOLAR', title: '副教授', organisation: '吉林大学商学院', bio: '研究小微企业经营二十年，辅导过上百位返乡创业者完成开业前评估。',
  stages: ['PLAN', 'RISK'], industries: ['food-snacks', 'crafts'], cityCode: 'jilin', modes: ['ONLINE', 'IN_PERSON'], place: '吉林大学前卫校区',
  meetingUrl: 'https://meet.example.test/prof', languages: ['zh', 'en'], ...extra,
})

describe('applying and vetting', () => {
  it('apply → staff queue → approve: mailed, MENTOR role, public and searchable within seconds', async () => {
    const t = token()
    const applicant = await createUser()
    const staff = await staffUser()
    const name = `申请导师 a${t}`

    const bad = await applicant.client.post<Err>('/api/mentor/profile', profileInput(name, { industries: ['food-snacks', 'space-travel'] }))
    expect(bad.status).toBe(400)
    expect(bad.body.fields!.industries).toContain('space-travel')
    expect(bad.body.fields!.industries).toContain('food-snacks') // the allowed values are listed
    const bad2 = await applicant.client.post<Err>('/api/mentor/profile', profileInput(name, { bio: '太短', meetingUrl: 'http://insecure.example.test' }))
    expect(bad2.status).toBe(400)
    expect(Object.keys(bad2.body.fields!).sort()).toEqual(['bio', 'meetingUrl'])
    expect((await anon().post('/api/mentor/profile', profileInput(name))).status).toBe(401)

    const applied = await applicant.client.post<{ profile: MentorProfile }>('/api/mentor/profile', profileInput(name))
    expect(applied.status).toBe(201)
    expect(applied.body.profile).toMatchObject({ displayName: name, status: 'PENDING', city: 'jilin', industries: ['food-snacks', 'crafts'] })
    const id = applied.body.profile.id
    expect((await applicant.client.post<Err>('/api/mentor/profile', profileInput(name))).body.code).toBe('mentor_profile_exists')

    // not public yet: 404 everywhere, not listed
    expect((await anon().get(`/api/mentors/${id}`)).status).toBe(404)
    expect((await anon().get(`/api/mentors/${id}/slots`)).status).toBe(404)
    expect((await staff.client.get(`/api/mentors/${id}`)).status).toBe(404)
    expect((await list(`q=a${t}`)).body.items).toEqual([])

    // the vetting queue is staff only
    expect((await applicant.client.get('/api/staff/mentors')).status).toBe(403)
    const queue = await staff.client.get<{ items: (MentorProfile & { email: string })[] }>('/api/staff/mentors')
    expect(queue.status).toBe(200)
    expect(queue.body.items.find(i => i.id === id)).toMatchObject({ email: applicant.email, status: 'PENDING' })
    expect((await applicant.client.post(`/api/staff/mentors/${id}/review`, { decision: 'approve' })).status).toBe(403)

    const approve = await staff.client.post(`/api/staff/mentors/${id}/review`, { decision: 'approve', reason: '' })
    expect(approve.status).toBe(200)
    const mail = await waitForMail(m => m.to.includes(applicant.email) && m.subject.includes('导师申请已通过'))
    expect(mail.text).toContain('/mentor/availability')
    expect((await db.userRole.findMany({ where: { userId: applicant.id } })).map(r => r.role).sort()).toEqual(['ENTREPRENEUR', 'MENTOR'])
    expect(await db.auditLog.count({ where: { action: 'role.granted', subjectId: applicant.id } })).toBe(1)
    expect((await staff.client.post<Err>(`/api/staff/mentors/${id}/review`, { decision: 'approve' })).status).toBe(409)

    const waited = await eventually(async () => (await list(`q=a${t}`)).body.items.some(i => i.id === id), 10_000)
    expect(waited).toBeLessThan(10_000)
    const item = (await list(`q=a${t}`)).body.items.find(i => i.id === id)!
    expect(item).toMatchObject({ displayName: name, type: 'SCHOLAR', city: 'jilin', rating: null, ratingCount: 0 })
    // the default hours (weekday afternoons) give a next slot
    expect(item.nextSlot).toMatch(/T(14:00|15:15):00\+08:00$/) // 60 min sessions with the default 15 min buffer
    const detail = await anon().get<MentorDetail & Record<string, unknown>>(`/api/mentors/${id}`)
    expect(detail.status).toBe(200)
    expect(detail.body).toMatchObject({ displayName: name, organisation: '吉林大学商学院', place: '吉林大学前卫校区', reviews: [] })
    // private settings stay private
    for (const key of ['meetingUrl', 'weeklyCap', 'status', 'reviewReason']) expect(detail.body).not.toHaveProperty(key)
    expect((await anon().get<SlotResponse>(`/api/mentors/${id}/slots`)).body.slots.length).toBeGreaterThan(0)

    // and in the site-wide search, as a mentor hit
    await eventually(async () => {
      const res = await anon().get<{ hits: { type: string, id: string, url: string }[] }>(`/api/search?q=a${t}`)
      return res.status === 200 && res.body.hits.some(h => h.type === 'mentor' && h.id === id && h.url === `/mentors/${id}`)
    }, 10_000)
    const tab = await anon().get<{ hits: { type: string }[], facets: { type: Record<string, number> } }>(`/api/search?q=a${t}&type=mentor`)
    expect(tab.body.hits.every(h => h.type === 'mentor')).toBe(true)
    expect(tab.body.facets.type.mentor).toBe(1)
  })

  it('reject with a reason: mailed, still private; editing sends it back to the queue', async () => {
    const t = token()
    const applicant = await createUser({ locale: 'en' })
    const staff = await staffUser()
    const applied = await applicant.client.post<{ profile: MentorProfile }>('/api/mentor/profile', profileInput(`被拒导师 r${t}`))
    const id = applied.body.profile.id
    const noReason = await staff.client.post<Err>(`/api/staff/mentors/${id}/review`, { decision: 'reject', reason: '' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.fields).toHaveProperty('reason')
    expect((await staff.client.post(`/api/staff/mentors/${id}/review`, { decision: 'reject', reason: '请补充您的创业辅导经历' })).status).toBe(200)
    const mail = await waitForMail(m => m.to.includes(applicant.email) && m.subject.includes('was not approved'))
    expect(mail.text).toContain('请补充您的创业辅导经历')
    expect((await db.userRole.findMany({ where: { userId: applicant.id } })).map(r => r.role)).toEqual(['ENTREPRENEUR'])
    expect((await anon().get(`/api/mentors/${id}`)).status).toBe(404)
    const rejected = await staff.client.get<{ items: MentorProfile[] }>('/api/staff/mentors?status=REJECTED')
    expect(rejected.body.items.find(i => i.id === id)).toMatchObject({ status: 'REJECTED', reviewReason: '请补充您的创业辅导经历' })
    const own = await applicant.client.get<{ profile: MentorProfile }>('/api/mentor/profile')
    expect(own.body.profile).toMatchObject({ status: 'REJECTED', reviewReason: '请补充您的创业辅导经历' })
    const edited = await applicant.client.request<{ profile: MentorProfile }>('PUT', '/api/mentor/profile', profileInput(`被拒导师 r${t}`, { bio: '补充：曾任吉林省创业孵化基地导师五年，辅导过三十多家小店开业。' }))
    expect(edited.status).toBe(200)
    expect(edited.body.profile).toMatchObject({ status: 'PENDING', reviewReason: null })
    expect((await anon().get(`/api/mentors/${id}`)).status).toBe(404)

    // approved, then the approval withdrawn: the directory and the mentor role both let go
    expect((await staff.client.post(`/api/staff/mentors/${id}/review`, { decision: 'approve' })).status).toBe(200)
    expect((await db.userRole.findMany({ where: { userId: applicant.id } })).map(r => r.role).sort()).toEqual(['ENTREPRENEUR', 'MENTOR'])
    const again = await staff.client.post<Err>(`/api/staff/mentors/${id}/review`, { decision: 'approve' })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('invalid_transition')
    expect((await staff.client.post(`/api/staff/mentors/${id}/review`, { decision: 'reject', reason: '资料与实际不符' })).status).toBe(200)
    expect((await db.userRole.findMany({ where: { userId: applicant.id } })).map(r => r.role)).toEqual(['ENTREPRENEUR'])
    expect((await anon().get(`/api/mentors/${id}`)).status).toBe(404)
  })
})

describe('the directory', () => {
  it('facets (type, stage, city, industry, mode) match the approved mentors in the database; filters are disjunctive per facet', async () => {
    const t = token()
    const title = `顾问 f${t}`
    await Promise.all([
      createMentor({ title, type: 'SCHOLAR', stages: ['PLAN', 'RISK'], city: 'changchun', industries: ['food-snacks'] }),
      createMentor({ title, type: 'SCHOLAR', stages: ['PLAN'], city: 'jilin', industries: ['crafts', 'food-snacks'], modes: ['ONLINE', 'IN_PERSON'] }),
      createMentor({ title, type: 'GOVERNMENT', stages: ['FINANCING'], city: null, industries: ['housekeeping'], modes: ['IN_PERSON'] }),
      createMentor({ title, type: 'ENTREPRENEUR', stages: ['OPENING'], city: 'changchun', status: 'PENDING' }),
      createMentor({ title, type: 'ENTREPRENEUR', stages: ['OPENING'], city: 'yanbian', status: 'REJECTED' }),
    ])
    await eventually(async () => (await list(`q=f${t}`)).body.total === 3, 10_000)
    const res = (await list(`q=f${t}`)).body
    expect(res.degraded).toBe(false)

    const rows = await db.mentor.findMany({ where: { status: 'APPROVED', title }, include: { city: true } })
    expect(rows).toHaveLength(3)
    const count = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {})
    expect(res.facets.type).toEqual(count(rows.map(r => r.type)))
    expect(res.facets.stage).toEqual(count(rows.flatMap(r => r.stages)))
    expect(res.facets.city).toEqual(count(rows.map(r => r.city?.code ?? 'province')))
    expect(res.facets.industry).toEqual(count(rows.flatMap(r => r.industries)))
    expect(res.facets.mode).toEqual(count(rows.flatMap(r => r.modes)))
    expect(res.facets.city).toEqual({ changchun: 1, jilin: 1, province: 1 })

    // a filter narrows the hits and the other facets, but not its own facet's counts
    const scholars = (await list(`q=f${t}&type=scholar`)).body
    expect(scholars.total).toBe(2)
    expect(scholars.items.every(i => i.type === 'SCHOLAR')).toBe(true)
    expect(scholars.facets.type).toEqual({ SCHOLAR: 2, GOVERNMENT: 1 })
    expect(scholars.facets.stage).toEqual({ PLAN: 2, RISK: 1 })
    const two = (await list(`q=f${t}&city=changchun,province`)).body
    expect(two.total).toBe(2)
    expect((await list(`q=f${t}&industry=crafts`)).body.total).toBe(1)
    expect((await list(`q=f${t}&mode=IN_PERSON&stage=FINANCING`)).body.total).toBe(1)
  })

  it('available=true lists only mentors with a free slot in the next 7 days (paused and empty calendars are left out)', async () => {
    const t = token()
    const title = `顾问 v${t}`
    const [free, paused] = await Promise.all([
      createMentor({ title }),
      createMentor({ title }),
      createMentor({ title, rules: [] }),
      createMentor({ title, rules: [], overrides: [{ date: beijingDay(10), kind: 'EXTRA', startMinute: 600, endMinute: 720 }] }),
    ])
    await eventually(async () => (await list(`q=v${t}`)).body.total === 4, 10_000)
    // the paused mentor pauses themselves (this also clears the server's short availability cache)
    const put = await paused!.client.request('PUT', '/api/mentor/availability', {
      sessionMinutes: 60, bufferMinutes: 0, noticeHours: 0, horizonDays: 30, weeklyCap: 40, paused: true,
      rules: [1, 2, 3, 4, 5, 6, 7].map(weekday => ({ weekday, startMinute: 0, endMinute: 1440 })), overrides: [],
    })
    expect(put.status).toBe(200)
    const all = (await list(`q=v${t}`)).body
    expect(all.total).toBe(4)
    expect(all.facets.available).toEqual({ true: 1 })
    const later = all.items.find(i => i.nextSlot?.startsWith(beijingDay(10)))
    expect(later, 'the mentor with hours only in 10 days shows that next slot').toBeDefined()
    expect(all.items.filter(i => i.nextSlot === null)).toHaveLength(2) // paused, no hours
    const available = (await list(`q=v${t}&available=true`)).body
    expect(available.items.map(i => i.id)).toEqual([free!.mentorId])
    expect(available.total).toBe(1)
    const detail = await anon().get<MentorDetail>(`/api/mentors/${paused!.mentorId}`)
    expect(detail.body).toMatchObject({ paused: true, nextSlot: null })
    expect((await anon().get<SlotResponse>(`/api/mentors/${paused!.mentorId}/slots`)).body.slots).toEqual([])
  })

  it('unknown filter values are a 400 listing the allowed ones; injection attempts are harmless', async () => {
    const industry = await list('industry=space-travel')
    expect(industry.status).toBe(400)
    expect((industry.body as unknown as Err).fields!.industry).toContain('space-travel')
    expect((industry.body as unknown as Err).fields!.industry).toContain('food-snacks')
    const city = await list('city=atlantis')
    expect(city.status).toBe(400)
    expect((city.body as unknown as Err).fields!.city).toContain('changchun')
    expect((city.body as unknown as Err).fields!.city).toContain('province')
    const en = await new Client('en').get<Err>('/api/mentors?city=atlantis')
    expect(en.body.fields!.city).toMatch(/^Unknown: atlantis\. Allowed: /)
    for (const qs of ['type=WIZARD', 'stage=NOPE', 'mode=TELEPATHY', 'sort=random', 'pageSize=500', 'available=maybe']) {
      expect((await list(qs)).status, qs).toBe(400)
    }

    const injections = [
      `industry=${encodeURIComponent('food-snacks" OR type = "SCHOLAR')}`,
      `city=${encodeURIComponent('changchun"] OR id EXISTS OR city IN ["x')}`,
      `industry=${encodeURIComponent('food-snacks\\" OR 1=1 --')}`,
    ]
    for (const qs of injections) {
      const r = await list(qs)
      expect(r.status, qs).toBe(400)
      expect((r.body as unknown as Err).code).toBe('validation')
    }
    for (const q of ['" OR id != "x', '\\', 'id EXISTS', '] OR [', '\' OR 1=1 --', '<script>alert(1)</script>', '%']) {
      const r = await list(`q=${encodeURIComponent(q)}`)
      expect(r.status, q).toBe(200)
      expect(Array.isArray(r.body.items)).toBe(true)
    }
    // the quote in a query cannot widen a narrow search
    const t = token()
    await createMentor({ title: `顾问 i${t}` })
    await eventually(async () => (await list(`q=i${t}`)).body.total === 1, 10_000)
    expect((await list(`q=${encodeURIComponent(`i${t}" OR type = "SCHOLAR`)}`)).body.total).toBeLessThanOrEqual(1)
  })
})

describe('slots', () => {
  it('are ISO with +08:00 and respect notice, horizon, date overrides and buffers; bad ranges are 400', async () => {
    const d = (n: number) => beijingDay(n)
    const mentor = await createMentor({
      rules: [1, 2, 3, 4, 5, 6, 7].map(weekday => ({ weekday, startMinute: 9 * 60, endMinute: 12 * 60 })),
      sessionMinutes: 60, bufferMinutes: 30, noticeHours: 24, horizonDays: 6,
      overrides: [{ date: d(3), kind: 'OFF' }, { date: d(4), kind: 'EXTRA', startMinute: 14 * 60, endMinute: 16 * 60 }],
    })
    const now = Date.now()
    const res = await slots(anon(), mentor.mentorId)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ timezone: 'Asia/Shanghai', from: d(0), to: d(30) })
    const all = res.body.slots
    expect(all.length).toBeGreaterThan(0)
    for (const s of all) {
      expect(s.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/)
      expect(s.endsAt).toMatch(/\+08:00$/)
      expect(Date.parse(s.endsAt) - Date.parse(s.startsAt)).toBe(3_600_000)
      expect(Date.parse(s.startsAt)).toBeGreaterThanOrEqual(now + 24 * 3_600_000 - 60_000) // notice
      expect(Date.parse(s.startsAt)).toBeLessThanOrEqual(now + 6 * 86_400_000 + 60_000) // horizon
    }
    const on = (day: string) => all.filter(s => s.startsAt.startsWith(day)).map(s => s.startsAt.slice(11, 16))
    expect(on(d(0))).toEqual([])
    expect(on(d(2))).toEqual(['09:00', '10:30']) // 09:00–10:00, 30 min buffer, 10:30–11:30; 12:00 would end past the range
    expect(on(d(3))).toEqual([]) // day off
    expect(on(d(4))).toEqual(['09:00', '10:30', '14:00']) // plus the extra hours
    expect(on(d(5))).toEqual(['09:00', '10:30'])
    expect(all.filter(s => s.startsAt >= `${d(7)}`)).toEqual([])

    // a booked slot leaves; the buffer keeps its neighbour free only if it fits
    const e = await createUser()
    await book(e.client, mentor.mentorId, at(d(5), '10:30'))
    expect((await slots(anon(), mentor.mentorId, d(5), d(5))).body.slots.map(s => s.startsAt)).toEqual([at(d(5), '09:00')])
    // an extra range that overlaps the booking's buffer offers nothing inside it
    await db.mentorDateOverride.create({ data: { mentorId: mentor.mentorId, date: d(5), kind: 'EXTRA', startMinute: 11 * 60 + 45, endMinute: 14 * 60 } })
    expect((await slots(anon(), mentor.mentorId, d(5), d(5))).body.slots.map(s => s.startsAt.slice(11, 16))).toEqual(['09:00', '12:00'])
    const inBuffer = await e.client.post<Err>('/api/bookings', { mentorId: mentor.mentorId, startsAt: at(d(5), '11:45'), stage: 'PLAN', topic: '缓冲时间', description: '想约在缓冲时间里试试。' })
    expect(inBuffer.status).toBe(409)

    // ranges
    const one = await slots(anon(), mentor.mentorId, d(2), d(2))
    expect(one.body).toMatchObject({ from: d(2), to: d(2) })
    expect(one.body.slots.map(s => s.startsAt)).toEqual([at(d(2), '09:00'), at(d(2), '10:30')])
    expect(one.body.slots[0]!.startsAt).toBe(toZonedIso(new Date(at(d(2), '09:00'))))
    const backwards = await slots(anon(), mentor.mentorId, d(5), d(2))
    expect(backwards.status).toBe(400)
    expect((backwards.body as unknown as Err).fields).toHaveProperty('to')
    expect((await slots(anon(), mentor.mentorId, d(0), d(32))).status).toBe(400)
    expect((await slots(anon(), mentor.mentorId, d(0), d(31))).status).toBe(200)
    expect((await slots(anon(), mentor.mentorId, '2026-02-30', '2026-03-01')).status).toBe(400)
    expect((await anon().get(`/api/mentors/${mentor.mentorId}/slots?from=tomorrow`)).status).toBe(400)
    expect((await anon().get(`/api/mentors/${crypto.randomUUID()}/slots`)).status).toBe(404)
  })
})

describe('match me (帮我匹配)', () => {
  it('request → staff queue → assign: both mailed, the entrepreneur sees the mentor', async () => {
    const mentor = await createMentor()
    const e = await createUser()
    const staff = await staffUser()
    const input = { stage: 'FINANCING', industry: 'food-snacks', cityCode: 'changchun', text: `想在长春开一家奶茶店，需要贷款和融资方面的建议。${token()}` }

    expect((await e.client.post<Err>('/api/match-requests', { ...input, text: '太短' })).status).toBe(400)
    const badIndustry = await e.client.post<Err>('/api/match-requests', { ...input, industry: 'space-travel' })
    expect(badIndustry.status).toBe(400)
    expect(badIndustry.body.fields).toHaveProperty('industry')
    expect((await (await createUser({ verified: false })).client.post<Err>('/api/match-requests', input)).body.code).toBe('email_not_verified')
    expect((await anon().post('/api/match-requests', input)).status).toBe(401)

    const created = await e.client.post<MatchRequestView>('/api/match-requests', input)
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ status: 'OPEN', stage: 'FINANCING', industry: 'food-snacks', city: 'changchun', mentor: null })
    const id = created.body.id

    expect((await e.client.get('/api/staff/match-requests')).status).toBe(403)
    const queue = await staff.client.get<{ items: MatchRequestView[] }>('/api/staff/match-requests')
    expect(queue.body.items.find(i => i.id === id)).toMatchObject({ text: input.text, entrepreneur: { id: e.id } })

    const pending = await createMentor({ status: 'PENDING' })
    expect((await staff.client.post<Err>(`/api/staff/match-requests/${id}/assign`, { mentorId: pending.mentorId })).status).toBe(400)
    expect((await e.client.post(`/api/staff/match-requests/${id}/assign`, { mentorId: mentor.mentorId })).status).toBe(403)
    const assigned = await staff.client.post<MatchRequestView>(`/api/staff/match-requests/${id}/assign`, { mentorId: mentor.mentorId, note: '该导师熟悉餐饮融资' })
    expect(assigned.status).toBe(200)
    expect(assigned.body).toMatchObject({ status: 'ASSIGNED', mentor: { id: mentor.mentorId, displayName: mentor.displayName }, staffNote: '该导师熟悉餐饮融资' })

    const toE = await waitForMail(m => m.to.includes(e.email) && m.subject.includes(`为您推荐导师：${mentor.displayName}`))
    expect(toE.text).toContain('该导师熟悉餐饮融资')
    expect(toE.text).toContain(`/mentors/${mentor.mentorId}`)
    const toM = await waitForMail(m => m.to.includes(mentor.email) && m.subject.includes('工作人员为您匹配了一位创业者'))
    expect(toM.text).toContain(input.text)

    const mine = await e.client.get<{ items: MatchRequestView[] }>('/api/match-requests')
    expect(mine.body.items.find(i => i.id === id)).toMatchObject({ status: 'ASSIGNED', mentor: { id: mentor.mentorId } })
    expect((await staff.client.get<{ items: MatchRequestView[] }>('/api/staff/match-requests?status=ASSIGNED')).body.items.some(i => i.id === id)).toBe(true)
    // others do not see it; the owner closes it
    const other = await createUser()
    expect((await other.client.get<{ items: MatchRequestView[] }>('/api/match-requests')).body.items).toEqual([])
    expect((await other.client.post(`/api/match-requests/${id}/close`)).status).toBe(404)
    expect((await e.client.post<MatchRequestView>(`/api/match-requests/${id}/close`)).body.status).toBe('CLOSED')
    expect((await staff.client.post<Err>(`/api/staff/match-requests/${id}/assign`, { mentorId: mentor.mentorId })).status).toBe(409)
  })
})

describe('without Meilisearch', () => {
  it('the directory answers from PostgreSQL, marked degraded, with facets, filters and the next free slot; the page says so', async () => {
    const tk = token()
    const mentor = await createMentor({ displayName: `降级导师${tk}`, city: 'baicheng', stages: ['RISK'] })
    // a second server on the same database with no search configured (RUN_JOBS=0: the main server's worker does the jobs)
    const server = await startBuiltServer(await freePort(), { DATABASE_URL: inject('databaseUrl'), RUN_JOBS: '0' })
    try {
      const res = await fetch(`${server.baseUrl}/api/mentors?q=${encodeURIComponent(tk)}`)
      expect(res.status).toBe(200)
      const body = await res.json() as MentorListResponse
      expect(body.degraded).toBe(true)
      expect(body.items.map(i => i.id)).toEqual([mentor.mentorId])
      expect(body.items[0]!.nextSlot).toMatch(/\+08:00$/)
      expect(body.facets.city).toEqual({ baicheng: 1 })
      expect(body.facets.stage).toEqual({ RISK: 1 })
      const filtered = await (await fetch(`${server.baseUrl}/api/mentors?q=${encodeURIComponent(tk)}&stage=PLAN`)).json() as MentorListResponse
      expect(filtered.total).toBe(0)
      const search = await (await fetch(`${server.baseUrl}/api/search?q=${encodeURIComponent(tk)}`)).json() as { degraded: boolean, hits: { type: string, id: string }[] }
      expect(search.degraded).toBe(true)
      // a list asked for its items alone answers without counts here too
      const bare = await (await fetch(`${server.baseUrl}/api/trainings?facets=false`)).json() as { degraded: boolean, facets: Record<string, object> }
      expect(bare.degraded).toBe(true)
      expect(Object.keys(bare.facets).length).toBeGreaterThan(0)
      expect(Object.values(bare.facets).every(c => Object.keys(c).length === 0)).toBe(true)
      expect(search.hits).toContainEqual(expect.objectContaining({ type: 'mentor', id: mentor.mentorId }))
      const page = await (await fetch(`${server.baseUrl}/mentors?q=${encodeURIComponent(tk)}`)).text()
      expect(page).toContain('搜索服务暂时不可用')
      expect(page).toContain(`降级导师${tk}`)
    }
    finally {
      await server.stop()
    }
  })
})
