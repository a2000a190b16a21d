import sharp from 'sharp'
import { describe, expect, it, inject } from 'vitest'
import type { CaseCreated } from '#shared/types/case'
import type { ImageView } from '#shared/types/image'
import type { StoryList, StoryRow, StoryView } from '#shared/types/story'
import { addDays, addMonths, zonedDate } from '#shared/utils/zoned-time'
import { Client, waitForMail } from '../support/http'
import { createUser, token } from '../support/mentors'
import type { TestUser } from '../support/mentors'
import { db } from '../support/db'
import { createProject, eventually } from '../support/projects'

interface Err { code: string, message: string, fields?: Record<string, string> }

const today = () => zonedDate(new Date())

async function indexed(id: string): Promise<boolean> {
  const res = await fetch(`${inject('meiliUrl')}/indexes/stories/documents/${id}`, { headers: { Authorization: `Bearer ${inject('meiliKey')}` } })
  return res.status === 200
}

async function picture(client: Client, alt = '店面外景'): Promise<ImageView> {
  const data = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 90, b: 40 } } }).jpeg().toBuffer()
  const f = new FormData()
  f.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), 'shop.jpg')
  f.append('alt', alt)
  const res = await client.request<ImageView>('POST', '/api/images', f)
  expect(res.status).toBe(201)
  return res.body
}

const storyBody = (extra: Record<string, unknown> = {}) => ({
  title: `从下岗到开三家面馆 ${token()}`,
  summary: '四十五岁重新出发，靠一碗牛肉面在长春站稳脚跟。',
  body: '## 起步\n\n2024 年我在社区里开了第一家面馆，从每天卖出 30 碗做起，慢慢有了回头客。后来申请了创业担保贷款，开了第二家店。',
  cityCode: 'changchun',
  categoryCode: 'food-snacks',
  ...extra,
})

async function cityStaff(city = 'changchun'): Promise<TestUser> {
  const staff = await createUser({ roles: ['STAFF'], prefix: 'storystaff' })
  await db.user.update({ where: { id: staff.id }, data: { city: { connect: { code: city } } } })
  return staff
}

async function openedCase(owner: TestUser, openedOn: string, employees = 2): Promise<string> {
  const c = await owner.client.post<CaseCreated>('/api/cases', { idea: { title: `牛肉面馆 ${token()}`, category: 'food-snacks', city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })
  expect(c.status).toBe(201)
  expect((await owner.client.post(`/api/cases/${c.body.id}/opening`, { openedOn, legalForm: 'INDIVIDUAL_BUSINESS', employees })).status).toBe(200)
  return c.body.id
}

describe('success stories: writing, moderation, withdrawal', () => {
  it('a draft is its author\'s; staff of its city ask for changes (mailed with the reason), then publish it; it is listed, searchable and can be featured', async () => {
    const author = await createUser({ prefix: 'author' })
    const stranger = await createUser({ prefix: 'stranger' })
    const staff = await cityStaff()
    const otherCity = await cityStaff('jilin')
    const project = await createProject({ title: `牛肉面 ${token()}` })
    const pic = await picture(author.client)

    // the rules are named, in the reader's language, and nothing is lost
    const bad = await author.client.post<Err>('/api/stories', storyBody({ title: '短', summary: '太短', images: [{ id: pic.id, alt: '' }] }))
    expect(bad.status).toBe(400)
    expect(bad.body.fields?.title).toContain('至少 4 个字')
    expect(bad.body.fields?.['images.0.alt']).toBeTruthy()
    expect((await new Client().post<Err>('/api/stories', storyBody())).status).toBe(401)
    // figures without a case cannot be shown
    const typed = await author.client.post<Err>('/api/stories', storyBody({ figures: ['employees'] }))
    expect(typed.status).toBe(400)
    expect(typed.body.fields?.figures).toContain('平台已记录')

    const created = await author.client.post<{ id: string, slug: string, status: string }>('/api/stories', storyBody({ projectId: project.id, images: [{ id: pic.id, alt: '店面外景' }] }))
    expect(created.status).toBe(201)
    expect(created.body.status).toBe('DRAFT')
    const { id, slug } = created.body
    expect(slug).toMatch(/^cong-xia-gang-dao-kai-san-[a-f0-9]{6}$/)

    // a draft: 404 to strangers and anonymous readers, readable to its author
    expect((await stranger.client.get(`/api/stories/${slug}`)).status).toBe(404)
    expect((await new Client().get(`/api/stories/${slug}`)).status).toBe(404)
    const draft = await author.client.get<StoryView>(`/api/stories/${slug}`)
    expect(draft.body.actions).toEqual(['edit', 'figures', 'submit'])
    expect(draft.body.draft?.images.map(i => i.id)).toEqual([pic.id])
    // a picture a story holds cannot be taken by another record
    expect((await stranger.client.post<Err>('/api/stories', storyBody({ images: [{ id: pic.id, alt: '别人的图' }] }))).status).toBe(400)

    expect((await author.client.post(`/api/stories/${id}/submit`)).status).toBe(200)
    // staff of another city do not see it; a reason is required to ask for changes
    expect((await otherCity.client.post<Err>(`/api/stories/${id}/review`, { decision: 'approve' })).status).toBe(404)
    expect((await otherCity.client.get<{ items: StoryRow[] }>('/api/staff/stories')).body.items.some(s => s.id === id)).toBe(false)
    expect((await author.client.post<Err>(`/api/stories/${id}/review`, { decision: 'approve' })).status).toBe(403)
    const noReason = await staff.client.post<Err>(`/api/stories/${id}/review`, { decision: 'changes', reason: '' })
    expect(noReason.status).toBe(400)
    const queue = await staff.client.get<{ items: StoryRow[] }>('/api/staff/stories')
    expect(queue.body.items.some(s => s.id === id)).toBe(true)
    expect((await staff.client.post(`/api/stories/${id}/review`, { decision: 'changes', reason: '请补充第二家店开业的时间。' })).status).toBe(200)
    const asked = await waitForMail(m => m.to.includes(author.email) && m.subject.includes('需要修改'))
    expect(asked.text).toContain('请补充第二家店开业的时间。')
    expect(asked.text).toContain(`/stories/${slug}/edit`)

    // the author edits (keeps the picture) and submits again; staff publish
    const edited = await author.client.request<{ status: string }>('PATCH', `/api/stories/${id}`, storyBody({ title: '从下岗到开三家面馆', projectId: project.id, images: [{ id: pic.id, alt: '第一家店的门面' }] }))
    expect(edited.status).toBe(200)
    expect((await author.client.post(`/api/stories/${id}/submit`)).status).toBe(200)
    expect((await staff.client.post(`/api/stories/${id}/review`, { decision: 'approve' })).status).toBe(200)
    await waitForMail(m => m.to.includes(author.email) && m.subject.includes('已发布'))
    // a published story's text changes only by withdrawing it
    expect((await author.client.request<Err>('PATCH', `/api/stories/${id}`, storyBody())).status).toBe(409)

    const page = await new Client().get<StoryView>(`/api/stories/${slug}`)
    expect(page.status).toBe(200)
    expect(page.body).toMatchObject({ title: '从下岗到开三家面馆', status: 'PUBLISHED', verified: false, outcomes: null, actions: [], draft: null, reviewReason: null, project: { id: project.id } })
    expect(page.body.images[0]).toMatchObject({ id: pic.id, alt: '第一家店的门面' })
    await eventually(() => indexed(id), 10_000)
    const listed = await new Client().get<StoryList>('/api/stories?city=changchun&category=food-snacks')
    expect(listed.body.items.some(s => s.id === id)).toBe(true)
    expect(listed.body.facets.city.changchun).toBeGreaterThan(0)
    const ofProject = await new Client().get<StoryList>(`/api/stories?project=${project.id}`)
    expect(ofProject.body.items.map(s => s.id)).toEqual([id])
    // the project page's strip asks for the items alone
    const strip = await new Client().get<StoryList>(`/api/stories?project=${project.id}&pageSize=3&facets=false`)
    expect(strip.body.items.map(s => s.id)).toEqual([id])
    expect(strip.body.facets.city).toEqual({})
    const found = await new Client().get<{ hits: { type: string, url: string }[] }>(`/api/search?q=${encodeURIComponent('三家面馆')}`)
    expect(found.body.hits.some(h => h.type === 'story' && h.url === `/stories/${slug}`)).toBe(true)

    expect((await staff.client.post(`/api/stories/${id}/feature`, { featured: true })).status).toBe(200)
    expect((await staff.client.post<Err>(`/api/stories/${id}/feature`, { featured: true })).status).toBe(409)
    await eventually(async () => (await new Client().get<StoryList>('/api/stories?featured=true')).body.items.some(s => s.id === id), 10_000)
  })

  it('withdrawn by its author: off the site at once and out of the index within 2 s; a rejection is mailed with its reason', async () => {
    const author = await createUser({ prefix: 'author' })
    const staff = await cityStaff()
    const { body: { id, slug } } = await author.client.post<{ id: string, slug: string }>('/api/stories', storyBody())
    await author.client.post(`/api/stories/${id}/submit`)
    await staff.client.post(`/api/stories/${id}/review`, { decision: 'approve' })
    await eventually(() => indexed(id), 10_000)
    const feed = async () => (await fetch(`${inject('baseUrl')}/feeds/stories.xml?city=changchun`)).text()
    expect(await feed()).toContain(`/stories/${slug}`)

    expect((await author.client.post(`/api/stories/${id}/withdraw`)).status).toBe(200)
    // the feed lists only published stories
    expect(await feed()).not.toContain(`/stories/${slug}`)
    expect((await new Client().get(`/api/stories/${slug}`)).status).toBe(404)
    const gone = await eventually(async () => !(await indexed(id)), 2_000)
    expect(gone).toBeLessThanOrEqual(2_000)
    expect((await new Client().get<StoryList>(`/api/stories?q=${encodeURIComponent(slug)}`)).body.items.some(s => s.id === id)).toBe(false)
    const mine = await author.client.get<StoryRow[]>('/api/stories/mine')
    expect(mine.body.find(s => s.id === id)?.status).toBe('WITHDRAWN')

    // submitted again and rejected: the reason reaches the author, the story stays private
    await author.client.post(`/api/stories/${id}/submit`)
    expect((await staff.client.post(`/api/stories/${id}/review`, { decision: 'reject', reason: '内容与创业经历无关。' })).status).toBe(200)
    const mail = await waitForMail(m => m.to.includes(author.email) && m.subject.includes('未通过审核'))
    expect(mail.text).toContain('内容与创业经历无关。')
    expect((await author.client.post<Err>(`/api/stories/${id}/submit`)).status).toBe(409)
    expect((await new Client().get(`/api/stories/${slug}`)).status).toBe(404)
  })

  it('XSS in a story is inert: the Markdown is rendered through the sanitiser', async () => {
    const author = await createUser({ prefix: 'author' })
    const staff = await cityStaff()
    const body = '## 经历\n\n<script>alert(1)</script><img src=x onerror="alert(2)"> [点我](javascript:alert(3)) <a href="https://example.com" onclick="alert(4)">链接</a> 我们的故事从这里开始，一步一步走到今天。'
    const { body: { id, slug } } = await author.client.post<{ id: string, slug: string }>('/api/stories', storyBody({ body, title: `<b>标题</b> ${token()}` }))
    await author.client.post(`/api/stories/${id}/submit`)
    await staff.client.post(`/api/stories/${id}/review`, { decision: 'approve' })
    const view = await new Client().get<StoryView>(`/api/stories/${slug}`)
    expect(view.body.bodyHtml).not.toMatch(/<script|onerror|onclick|javascript:/i)
    expect(view.body.bodyHtml).toContain('<h2>经历</h2>')
    // the page itself, server-rendered
    const html = await (await fetch(`${inject('baseUrl')}/stories/${slug}`)).text()
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).not.toMatch(/onerror="alert|javascript:alert/)
    expect(html).toContain('&lt;b&gt;标题&lt;/b&gt;')
  })
})

describe('verified outcomes', () => {
  it('show only figures the case recorded, chosen by the author, and change when a new check-in is answered', async () => {
    const author = await createUser({ prefix: 'verified' })
    const staff = await cityStaff()
    // opened three months and five days ago: the 3-month check-in is open now
    const openedOn = addMonths(addDays(today(), -5), -3)
    const caseId = await openedCase(author, openedOn, 2)
    const someoneElse = await createUser({ prefix: 'other' })
    const foreignCase = await openedCase(someoneElse, openedOn)

    expect((await author.client.post<Err>('/api/stories', storyBody({ caseId: foreignCase, figures: ['openedOn'] }))).body.fields?.caseId).toBeTruthy()
    const notRecorded = await author.client.post<Err>('/api/stories', storyBody({ caseId, figures: ['loan'] }))
    expect(notRecorded.status).toBe(400)
    expect(notRecorded.body.fields?.figures).toBeTruthy()

    const { body: { id, slug } } = await author.client.post<{ id: string, slug: string }>('/api/stories', storyBody({ caseId, figures: ['openedOn', 'monthsTrading', 'employees'] }))
    const draft = await author.client.get<StoryView>(`/api/stories/${slug}`)
    expect(draft.body.draft?.recordedFigures).toEqual(['openedOn', 'monthsTrading', 'employees'])
    await author.client.post(`/api/stories/${id}/submit`)
    await staff.client.post(`/api/stories/${id}/review`, { decision: 'approve' })

    const before = await new Client().get<StoryView>(`/api/stories/${slug}`)
    expect(before.body.verified).toBe(true)
    expect(before.body.outcomes).toEqual({
      shown: ['openedOn', 'monthsTrading', 'employees'], openedOn: openedOn.slice(0, 7), monthsTrading: 3,
      employees: 2, employeesAsOf: 'opening', loanFen: null, trainingProgrammes: [], lastCheckInOn: null,
    })
    // the case itself never leaves: no ids, no credit code
    expect(JSON.stringify(before.body)).not.toContain(caseId)
    await eventually(async () => (await new Client().get<StoryList>('/api/stories?verified=true')).body.items.some(s => s.id === id), 10_000)

    const checkIn = await db.checkIn.findFirstOrThrow({ where: { caseId, monthsAfter: 3 } })
    expect((await author.client.post(`/api/check-ins/${checkIn.id}`, { status: 'TRADING', employees: 5, revenueBand: 'lt10k' })).status).toBe(200)
    const after = await new Client().get<StoryView>(`/api/stories/${slug}`)
    expect(after.body.outcomes).toMatchObject({ employees: 5, employeesAsOf: 'check_in', lastCheckInOn: today() })

    // the author hides a figure while the story is public
    expect((await author.client.request('PUT', `/api/stories/${id}/figures`, { figures: ['openedOn'] })).status).toBe(200)
    expect((await new Client().get<StoryView>(`/api/stories/${slug}`)).body.outcomes).toMatchObject({ shown: ['openedOn'], employees: null, monthsTrading: null })
    expect((await someoneElse.client.request<Err>('PUT', `/api/stories/${id}/figures`, { figures: [] })).status).toBe(404)
  })
})
