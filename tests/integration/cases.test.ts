import { describe, expect, it, inject } from 'vitest'
import type { CaseCreated, CaseSummary, CaseView, StaffCaseRow } from '#shared/types/case'
import type { ProjectDetail } from '#shared/types/project'
import { Client, waitForMail } from '../support/http'
import { at, beijingDay, createMentor, createUser, token } from '../support/mentors'
import type { TestUser } from '../support/mentors'
import { createProject } from '../support/projects'
import { db } from '../support/db'

interface Err { code: string, fields?: Record<string, string> }

const ideaCase = (city = 'changchun', title = `社区奶茶店 ${token()}`) => ({ idea: { title, category: 'food-snacks', city }, legalForm: 'INDIVIDUAL_BUSINESS' })

async function openCase(owner: TestUser, body: unknown = ideaCase()): Promise<string> {
  const res = await owner.client.post<CaseCreated>('/api/cases', body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.id
}

describe('opening a case', () => {
  it('from a library project: the project stage is done, the page counts it; from an own idea it is in progress', async () => {
    const p = await createProject({ title: `林下人参种植 ${token()}`, category: 'ginseng-forest', city: 'tonghua' })
    const owner = await createUser()
    const res = await owner.client.post<CaseCreated>('/api/cases', { projectId: p.id })
    expect(res.status).toBe(201)
    expect(res.body.stages.map(s => [s.code, s.status])).toEqual([
      ['PROJECT', 'COMPLETED'], ['PLAN', 'NOT_STARTED'], ['RISK', 'CANNOT_START'], ['OPENING', 'NOT_STARTED'], ['FINANCING', 'CANNOT_START'], ['FOLLOW_UP', 'CANNOT_START'],
    ])
    const c = await owner.client.get<CaseView>(`/api/cases/${res.body.id}`)
    expect(c.body).toMatchObject({ title: expect.stringContaining('林下人参种植'), category: 'ginseng-forest', city: 'tonghua', project: { id: p.id }, role: 'owner' })
    expect(c.body.stages.find(s => s.code === 'RISK')).toMatchObject({ status: 'CANNOT_START', blockedBy: 'needsPlanCosts' })
    expect(c.body.timeline[0]).toMatchObject({ kind: 'created' })
    expect((await new Client().get<ProjectDetail>(`/api/projects/${p.slug}`)).body.caseCount).toBe(1)

    const other = await createUser()
    const idea = await other.client.post<CaseCreated>('/api/cases', ideaCase())
    expect(idea.body.stages[0]).toEqual({ code: 'PROJECT', status: 'IN_PROGRESS' })
  })

  it('one open case per person, even when two requests race; a closed case stays readable and a new one can start', async () => {
    const owner = await createUser()
    const results = await Promise.all([0, 1, 2, 3].map(() => owner.client.post<Err>('/api/cases', ideaCase())))
    expect(results.filter(r => r.status === 201)).toHaveLength(1)
    expect(results.filter(r => r.status === 409).every(r => r.body.code === 'case_open')).toBe(true)
    expect(results.filter(r => r.status === 409)).toHaveLength(3)
    const id = results.find(r => r.status === 201)!.body as unknown as CaseCreated
    expect((await owner.client.post<Err>(`/api/cases/${id.id}/abandon`, { reason: 'x' })).status).toBe(400)
    const ended = await owner.client.post<CaseView>(`/api/cases/${id.id}/abandon`, { reason: '家里有变故，暂不创业' })
    expect(ended.body.status).toBe('ABANDONED')
    expect((await owner.client.get<CaseView>(`/api/cases/${id.id}`)).status).toBe(200)
    await openCase(owner)
    const mine = await owner.client.get<{ owned: CaseSummary[] }>('/api/cases/mine')
    expect(mine.body.owned.map(c => c.status)).toEqual(['OPEN', 'ABANDONED']) // the open one first
  })

  it('refuses bad input with messages that name the rule, and unknown codes', async () => {
    const owner = await createUser()
    const short = await owner.client.post<Err>('/api/cases', { idea: { title: '奶茶', category: 'food-snacks', city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })
    expect(short.status).toBe(400)
    expect(short.body.fields?.['idea.title']).toBe('至少 4 个字。')
    const city = await owner.client.post<Err>('/api/cases', ideaCase('atlantis'))
    expect(city.status).toBe(400)
    expect(city.body.fields?.['idea.city']).toBeTruthy()
    const unverified = await createUser({ verified: false })
    expect((await unverified.client.post<Err>('/api/cases', ideaCase())).body.code).toBe('email_not_verified')
  })
})

describe('who sees a case', () => {
  it('the owner, the adviser and staff of its city; everyone else gets 404; staff reads are audited', async () => {
    const owner = await createUser()
    const id = await openCase(owner, ideaCase('jiutai'))
    const mentor = await createMentor()
    const otherMentor = await createMentor()
    const stranger = await createUser()
    const cityStaff = await createUser({ roles: ['STAFF'] })
    await db.user.update({ where: { id: cityStaff.id }, data: { city: { connect: { code: 'changchun' } } } })
    const otherStaff = await createUser({ roles: ['STAFF'] })
    await db.user.update({ where: { id: otherStaff.id }, data: { city: { connect: { code: 'yanbian' } } } })
    const admin = await createUser({ roles: ['ADMIN'] })
    // staff of changchun see a case of its area jiutai (signed in again: the city is read at sign-in)
    const cityStaffClient = (await import('../support/mentors')).signIn
    const staffC = await cityStaffClient(cityStaff.id)
    const otherC = await cityStaffClient(otherStaff.id)

    // the owner invites a mentor they never booked: the mentor is invited and decides
    const invite = await owner.client.post<{ adviser: string }>(`/api/cases/${id}/adviser`, { userId: mentor.id })
    expect(invite.body.adviser).toBe('invited')
    await waitForMail(m => m.to.includes(mentor.email) && m.subject.includes('邀请您担任创业顾问'))
    const asInvited = await mentor.client.get<CaseView>(`/api/cases/${id}`)
    expect(asInvited.body.role).toBe('invited')
    expect(asInvited.body.timeline).toEqual([])
    type Mine = { owned: CaseSummary[], advised: CaseSummary[], invitations: CaseSummary[] }
    const lists = async (u: TestUser) => {
      const { body } = await u.client.get<Mine>('/api/cases/mine')
      return { owned: body.owned.map(c => c.id), advised: body.advised.map(c => c.id), invitations: body.invitations.map(c => c.id) }
    }
    expect(await lists(mentor)).toEqual({ owned: [], advised: [], invitations: [id] })
    expect(await lists(owner)).toEqual({ owned: [id], advised: [], invitations: [] })
    expect(await lists(stranger)).toEqual({ owned: [], advised: [], invitations: [] })
    expect((await mentor.client.post<Err>(`/api/cases/${id}/comments`, { body: '我先看看' })).status).toBe(403)
    expect((await mentor.client.post(`/api/cases/${id}/adviser/accept`)).status).toBe(200)
    expect(await lists(mentor)).toEqual({ owned: [], advised: [id], invitations: [] })
    expect(await lists(otherMentor)).toEqual({ owned: [], advised: [], invitations: [] })

    expect((await owner.client.get<CaseView>(`/api/cases/${id}`)).body.role).toBe('owner')
    expect((await mentor.client.get<CaseView>(`/api/cases/${id}`)).body).toMatchObject({ role: 'adviser', adviser: { id: mentor.id } })
    expect((await staffC.get<CaseView>(`/api/cases/${id}`)).body.role).toBe('staff')
    for (const c of [otherMentor.client, stranger.client, otherC, admin.client]) expect((await c.get(`/api/cases/${id}`)).status).toBe(404)
    expect((await new Client().get(`/api/cases/${id}`)).status).toBe(401)
    // nobody but the owner changes the case itself
    expect((await mentor.client.post<Err>(`/api/cases/${id}/stages/project`, { action: 'complete' })).status).toBe(403)
    expect((await stranger.client.post(`/api/cases/${id}/stages/project`, { action: 'complete' })).status).toBe(404)
    expect((await staffC.post<Err>(`/api/cases/${id}/abandon`, { reason: '工作人员不能放弃' })).status).toBe(403)

    // the task list offers the owner only what the stage rules allow, and nobody else anything
    const own = (await owner.client.get<CaseView>(`/api/cases/${id}`)).body
    expect(own.stages.find(s => s.code === 'PROJECT')!.actions).toEqual(['complete'])
    expect(own.stages.find(s => s.code === 'PLAN')!.actions).toEqual([])
    expect((await mentor.client.get<CaseView>(`/api/cases/${id}`)).body.stages.every(s => s.actions.length === 0)).toBe(true)
    // staff assign a mentor chosen from the directory by the mentor's profile id
    const byProfile = await staffC.post<{ adviser: string }>(`/api/cases/${id}/adviser`, { mentorId: otherMentor.mentorId })
    expect(byProfile.body.adviser).toBe('assigned')
    expect((await owner.client.get<CaseView>(`/api/cases/${id}`)).body.adviser).toMatchObject({ id: otherMentor.id })
    expect((await staffC.post<Err>(`/api/cases/${id}/adviser`, { mentorId: '00000000-0000-4000-8000-000000000000' })).body.fields?.mentorId).toBeTruthy()
    expect((await staffC.post<Err>(`/api/cases/${id}/adviser`, {})).status).toBe(400)
    await staffC.post(`/api/cases/${id}/adviser`, { userId: mentor.id })

    const audited = await db.auditLog.findMany({ where: { action: 'case.read', actorId: cityStaff.id } })
    expect(audited.length).toBeGreaterThanOrEqual(1)
    expect(audited[0]!.meta).toMatchObject({ caseId: id })
    expect(await db.auditLog.count({ where: { action: 'case.read', actorId: { in: [owner.id, mentor.id] } } })).toBe(0)

    // the staff list: changchun staff see it under changchun (its area included), yanbian staff do not
    const list = await staffC.get<{ items: StaffCaseRow[] }>('/api/staff/cases?city=changchun')
    expect(list.body.items.some(r => r.id === id)).toBe(true)
    expect((await otherC.get<{ items: StaffCaseRow[] }>('/api/staff/cases')).body.items.some(r => r.id === id)).toBe(false)
    expect((await owner.client.get('/api/staff/cases')).status).toBe(403)
    const csv = await staffC.get<string>('/api/staff/cases.csv?stage=project')
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(String(csv.body)).toContain(id)
    // the filter works: this case is not yet at the plan stage
    expect(String((await staffC.get<string>('/api/staff/cases.csv?stage=plan')).body)).not.toContain(id)
  })

  it('nothing of a case reaches the search index', async () => {
    const owner = await createUser()
    const title = `秘密创业计划 ${token()}`
    await openCase(owner, ideaCase('changchun', title))
    const res = await fetch(`${inject('meiliUrl')}/multi-search`, {
      method: 'POST', headers: { 'Authorization': `Bearer ${inject('meiliKey')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ queries: ['projects', 'mentors', 'content'].map(indexUid => ({ indexUid, q: title.split(' ')[1] })) }),
    })
    const body = await res.json() as { results: { hits: unknown[] }[] }
    expect(body.results.every(r => r.hits.length === 0)).toBe(true)
    const indexes = await (await fetch(`${inject('meiliUrl')}/indexes`, { headers: { Authorization: `Bearer ${inject('meiliKey')}` } })).json() as { results: { uid: string }[] }
    expect(indexes.results.map(i => i.uid).some(u => /case/i.test(u))).toBe(false)
  })
})

describe('the stages and the timeline', () => {
  it('a stage that waits for another cannot be done or skipped yet; a skipped stage keeps its reason; actions from the case join its timeline', async () => {
    const owner = await createUser()
    const id = await openCase(owner)
    const risk = await owner.client.post<Err>(`/api/cases/${id}/stages/risk`, { action: 'skip', reason: '已经做过评估' })
    expect(risk.status).toBe(409)
    expect((await owner.client.post<Err>(`/api/cases/${id}/stages/plan`, { action: 'skip', reason: '不需要计划' })).status).toBe(403)
    const done = await owner.client.post<CaseView>(`/api/cases/${id}/stages/project`, { action: 'complete' })
    expect(done.body.stages[0]!.status).toBe('COMPLETED')

    const mentor = await createMentor()
    const booked = await owner.client.post<{ id: string }>('/api/bookings', { mentorId: mentor.mentorId, startsAt: at(beijingDay(4), '10:00'), stage: 'PLAN', topic: '计划书', description: '想请导师帮忙看看我的创业计划书和资金测算。', caseId: id })
    expect(booked.status).toBe(201)
    expect((await db.booking.findUniqueOrThrow({ where: { id: booked.body.id } })).caseId).toBe(id)
    expect((await mentor.client.post(`/api/bookings/${booked.body.id}/accept`)).status).toBe(200)
    const match = await owner.client.post('/api/match-requests', { stage: 'RISK', text: '想找一位懂餐饮风险的导师', caseId: id })
    expect(match.status).toBe(201)
    // a case that is not the person's own is refused
    const stranger = await createUser()
    expect((await stranger.client.post<Err>('/api/match-requests', { stage: 'RISK', text: '想找一位懂餐饮风险的导师', caseId: id })).body.fields?.caseId).toBeTruthy()

    const c = await owner.client.get<CaseView>(`/api/cases/${id}`)
    const kinds = c.body.timeline.map(e => e.kind)
    expect(kinds).toEqual(expect.arrayContaining(['created', 'stage_completed', 'booking_requested', 'booking_accepted', 'match_requested']))
    expect(c.body.timeline.find(e => e.kind === 'booking_requested')!.data).toMatchObject({ mentor: mentor.displayName })
    // a mentor the owner had a session with becomes the adviser at once
    expect((await owner.client.post<{ adviser: string }>(`/api/cases/${id}/adviser`, { userId: mentor.id })).body.adviser).toBe('assigned')
    const comment = await mentor.client.post<{ id: string }>(`/api/cases/${id}/comments`, { body: '先把房租和人工算清楚。', section: 'workingCapital' })
    expect(comment.status).toBe(201)
    expect((await owner.client.get<CaseView>(`/api/cases/${id}`)).body.timeline.some(e => e.kind === 'comment' && e.actor === mentor.name)).toBe(true)
  })
})

describe('a mentor who does not take on cases', () => {
  it('says so on the desk and the public profile; an entrepreneur cannot invite them (409), staff may still assign them', async () => {
    const mentor = await createMentor()
    const saved = (await mentor.client.get<Record<string, unknown>>('/api/mentor/availability')).body
    expect(saved.acceptsAdvisees).toBe(true)
    expect((await new Client().get<{ acceptsAdvisees: boolean }>(`/api/mentors/${mentor.mentorId}`)).body.acceptsAdvisees).toBe(true)
    const { timezone: _tz, ...settings } = saved
    expect((await mentor.client.request('PUT', '/api/mentor/availability', { ...settings, acceptsAdvisees: false })).status).toBe(200)
    expect((await mentor.client.get<{ acceptsAdvisees: boolean }>('/api/mentor/availability')).body.acceptsAdvisees).toBe(false)
    expect((await new Client().get<{ acceptsAdvisees: boolean }>(`/api/mentors/${mentor.mentorId}`)).body.acceptsAdvisees).toBe(false)
    // saving the booking settings without the flag leaves it as it is
    const { acceptsAdvisees: _a, ...without } = settings
    expect((await mentor.client.request('PUT', '/api/mentor/availability', without)).status).toBe(200)
    expect((await mentor.client.get<{ acceptsAdvisees: boolean }>('/api/mentor/availability')).body.acceptsAdvisees).toBe(false)

    const owner = await createUser()
    const id = await openCase(owner)
    const refused = await owner.client.post<Err>(`/api/cases/${id}/adviser`, { mentorId: mentor.mentorId })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('adviser_not_accepting')
    expect((await owner.client.get<CaseView>(`/api/cases/${id}`)).body.invitedAdviser).toBeNull()
    const staff = await createUser({ roles: ['STAFF'] })
    expect((await staff.client.post<{ adviser: string }>(`/api/cases/${id}/adviser`, { mentorId: mentor.mentorId })).body.adviser).toBe('assigned')
    // a mentor who does: the owner's invitation names them, with their profile's id
    const willing = await createMentor()
    expect((await owner.client.post<{ adviser: string }>(`/api/cases/${id}/adviser`, { mentorId: willing.mentorId })).body.adviser).toBe('invited')
    expect((await owner.client.get<CaseView>(`/api/cases/${id}`)).body.invitedAdviser).toMatchObject({ id: willing.id, mentorId: willing.mentorId })
  })
})
