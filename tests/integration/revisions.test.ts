import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { ProjectDetail, ProjectDashboardRow, ProjectListResponse } from '#shared/types/project'
import type { MentorDetail, MentorProfile } from '#shared/types/mentor'
import type { RevisionView } from '#shared/types/revision'
import { Client, verifiedUser, waitForMail } from '../support/http'
import { createMentor, createUser, token } from '../support/mentors'
import { createProject, eventually } from '../support/projects'
import { db } from '../support/db'

interface Err { code: string, fields?: Record<string, string> }
type EditForm = Record<string, unknown> & { id: string, status: string, pendingRevision: { id: string, changes: string[] } | null }

async function publishedProjectOf(providerId: string, title: string) {
  const p = await createProject({ title })
  await db.project.update({ where: { id: p.id }, data: { providerId } })
  return p
}

async function formOf(client: Client, id: string): Promise<EditForm> {
  const res = await client.get<EditForm>(`/api/provider/projects/${id}`)
  expect(res.status).toBe(200)
  return res.body
}

const input = (form: EditForm, patch: Record<string, unknown>) => {
  const { id: _id, status: _s, pendingRevision: _p, ...rest } = form
  return { ...rest, ...patch }
}

async function picture(): Promise<Blob> {
  const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer()
  return new Blob([new Uint8Array(png)], { type: 'image/png' })
}

describe('edits of a published project wait for review', () => {
  it('the vetted version stays public until staff approve; the author sees 修改待审核; staff see what changed', async () => {
    const provider = await verifiedUser('PROVIDER')
    const tk = token()
    const p = await publishedProjectOf(provider.id, `社区烘焙坊 ${tk}`)
    const form = await formOf(provider.client, p.id)
    const edit = await provider.client.patch<{ status: string, pendingRevision: { id: string, changes: string[] } }>(`/api/projects/${p.id}`, input(form, { title: `改名后的烘焙坊 ${tk}`, investmentMin: 45_000, tags: ['烘焙', '社区'] }))
    expect(edit.status).toBe(200)
    expect(edit.body.status).toBe('PUBLISHED')
    expect(edit.body.pendingRevision.changes.sort()).toEqual(['investmentMin', 'title'])

    // the public page and the search keep the vetted title; the tags changed at once
    const page = await new Client().get<ProjectDetail>(`/api/projects/${p.slug}`)
    expect(page.body.title).toBe(`社区烘焙坊 ${tk}`)
    expect(page.body.investmentMin).toBe(30_000)
    expect(page.body.tags).toEqual(['烘焙', '社区'])
    await eventually(async () => (await new Client().get<ProjectListResponse>(`/api/projects?q=${tk}`)).body.items.some(i => i.title === `社区烘焙坊 ${tk}`), 10_000)
    // the author's form shows what they asked for, and that it waits
    const again = await formOf(provider.client, p.id)
    expect(again.title).toBe(`改名后的烘焙坊 ${tk}`)
    expect(again.pendingRevision?.changes).toContain('title')
    const rows = await provider.client.get<ProjectDashboardRow[]>('/api/provider/projects')
    expect(rows.body.find(r => r.id === p.id)?.pendingRevision).toBe(true)

    // a second edit updates the same revision
    await provider.client.patch(`/api/projects/${p.id}`, input(again, { summary: '社区里的现烤面包店，早晚两个高峰，投资小见效快。' }))
    expect(await db.revision.count({ where: { entityId: p.id, status: 'PENDING' } })).toBe(1)

    const staff = await createUser({ roles: ['STAFF'] })
    const queue = await staff.client.get<{ items: RevisionView[] }>('/api/staff/revisions?entity=project')
    const rev = queue.body.items.find(r => r.entityId === p.id)!
    expect(rev.title).toBe(`社区烘焙坊 ${tk}`)
    expect(rev.changes.find(c => c.field === 'title')).toEqual({ field: 'title', before: `社区烘焙坊 ${tk}`, after: `改名后的烘焙坊 ${tk}` })
    expect(rev.changes.find(c => c.field === 'investmentMin')).toEqual({ field: 'investmentMin', before: 30_000, after: 45_000 })
    expect(rev.changes.map(c => c.field)).toContain('summary')
    // only staff see or decide
    expect((await provider.client.get('/api/staff/revisions')).status).toBe(403)
    expect((await provider.client.post(`/api/staff/revisions/${rev.id}/review`, { decision: 'approve' })).status).toBe(403)

    const approved = await staff.client.post(`/api/staff/revisions/${rev.id}/review`, { decision: 'approve' })
    expect(approved.status).toBe(200)
    expect((await new Client().get<ProjectDetail>(`/api/projects/${p.slug}`)).body.title).toBe(`改名后的烘焙坊 ${tk}`)
    await eventually(async () => (await new Client().get<ProjectListResponse>(`/api/projects?q=${tk}`)).body.items.some(i => i.title === `改名后的烘焙坊 ${tk}`), 10_000)
    await waitForMail(m => m.to.includes(provider.email) && m.subject.includes('修改已通过审核'))
    expect((await staff.client.post<Err>(`/api/staff/revisions/${rev.id}/review`, { decision: 'reject', reason: '重复审核' })).status).toBe(409)
    expect((await formOf(provider.client, p.id)).pendingRevision).toBeNull()
  })

  it('a rejection keeps the public version and tells the author why; a reason is required', async () => {
    const provider = await verifiedUser('PROVIDER')
    const tk = token()
    const p = await publishedProjectOf(provider.id, `农家乐民宿 ${tk}`)
    const form = await formOf(provider.client, p.id)
    await provider.client.patch(`/api/projects/${p.id}`, input(form, { description: '## 新的介绍\n月入十万，稳赚不赔，保证回本。' }))
    const staff = await createUser({ roles: ['STAFF'] })
    const rev = (await staff.client.get<{ items: RevisionView[] }>('/api/staff/revisions?entity=project')).body.items.find(r => r.entityId === p.id)!
    expect((await staff.client.post<Err>(`/api/staff/revisions/${rev.id}/review`, { decision: 'reject' })).status).toBe(400)
    expect((await staff.client.post(`/api/staff/revisions/${rev.id}/review`, { decision: 'reject', reason: '收益承诺不实，请删除“稳赚不赔”等表述。' })).status).toBe(200)
    const mail = await waitForMail(m => m.to.includes(provider.email) && m.subject.includes('修改未通过审核'))
    expect(mail.text).toContain('稳赚不赔')
    expect((await new Client().get<ProjectDetail>(`/api/projects/${p.slug}`)).body.description).not.toContain('稳赚不赔')
  })

  it('pictures of a waiting revision are kept, and go public only with it', async () => {
    const provider = await verifiedUser('PROVIDER')
    const p = await publishedProjectOf(provider.id, `冰雪运动用品店 ${token()}`)
    const fd = new FormData()
    fd.append('file', await picture(), 'shop.png')
    fd.append('alt', '店面照片')
    const up = await provider.client.request<{ id: string }>('POST', '/api/project-images', fd)
    expect(up.status).toBe(201)
    const form = await formOf(provider.client, p.id)
    await provider.client.patch(`/api/projects/${p.id}`, input(form, { images: [{ id: up.body.id, alt: '店面照片' }] }))
    expect((await new Client().get<ProjectDetail>(`/api/projects/${p.slug}`)).body.images).toEqual([])
    // a day later the cleanup leaves it alone: the revision holds it
    await db.image.update({ where: { id: up.body.id }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } })
    const { deleteUnattachedImages } = await import('../../server/services/images')
    await deleteUnattachedImages()
    expect(await db.image.count({ where: { id: up.body.id } })).toBe(1)
    const staff = await createUser({ roles: ['STAFF'] })
    const rev = (await staff.client.get<{ items: RevisionView[] }>('/api/staff/revisions?entity=project')).body.items.find(r => r.entityId === p.id)!
    expect(rev.changes[0]?.after).toEqual([{ url: `/media/projects/${up.body.id}.webp`, alt: '店面照片' }])
    await staff.client.post(`/api/staff/revisions/${rev.id}/review`, { decision: 'approve' })
    expect((await new Client().get<ProjectDetail>(`/api/projects/${p.slug}`)).body.images.map(i => i.id)).toEqual([up.body.id])
  })

  it('staff corrections and edits of unpublished projects apply at once', async () => {
    const provider = await verifiedUser('PROVIDER')
    const p = await publishedProjectOf(provider.id, `社区洗衣店 ${token()}`)
    const staff = await createUser({ roles: ['STAFF'] })
    const form = await formOf(staff.client, p.id)
    const res = await staff.client.patch<{ pendingRevision: null }>(`/api/projects/${p.id}`, input(form, { title: '社区洗衣店（工作人员更正）' }))
    expect(res.body.pendingRevision).toBeNull()
    expect((await new Client().get<ProjectDetail>(`/api/projects/${p.slug}`)).body.title).toBe('社区洗衣店（工作人员更正）')
  })
})

describe('an approved mentor\'s profile and photo', () => {
  it('photos are uploaded through the picture pipeline; addresses elsewhere and other people\'s pictures are refused', async () => {
    const applicant = await verifiedUser()
    const fd = new FormData()
    fd.append('file', await picture(), 'me.png')
    fd.append('alt', '本人照片')
    const up = await applicant.client.request<{ id: string, url: string }>('POST', '/api/images', fd)
    expect(up.status).toBe(201)
    expect(up.body.url).toBe(`/media/images/${up.body.id}.webp`)
    const body = {
      displayName: '李导师', type: 'SCHOLAR', title: '教授', organisation: '吉林大学', bio: '二十年创业教育经验，指导过上百个大学生创业团队。', stages: ['PLAN'],
      industries: ['food-snacks'], cityCode: 'changchun', modes: ['ONLINE'], meetingUrl: 'https://meet.example.test/li', languages: ['zh'],
    }
    const external = await applicant.client.post<Err>('/api/mentor/profile', { ...body, photoUrl: 'https://tracker.example.com/me.jpg' })
    expect(external.status).toBe(400)
    expect(external.body.fields?.photoUrl).toContain('上传')
    const other = await verifiedUser()
    const otherUp = await other.client.request<{ id: string }>('POST', '/api/images', (() => {
      const f = new FormData()
      f.append('file', new Blob([new Uint8Array(0)]), 'x.png')
      return f
    })())
    expect(otherUp.status).toBe(400)
    const created = await applicant.client.post<{ profile: MentorProfile }>('/api/mentor/profile', { ...body, photoId: up.body.id })
    expect(created.status).toBe(201)
    expect(created.body.profile.photoUrl).toBe(`/media/images/${up.body.id}.webp`)
    const stranger = await verifiedUser()
    const stolen = await stranger.client.post<Err>('/api/mentor/profile', { ...body, photoId: up.body.id })
    expect(stolen.status).toBe(400)
    expect(stolen.body.fields?.photoId).toBeTruthy()
    // a photo in use survives the cleanup
    await db.image.update({ where: { id: up.body.id }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } })
    const { deleteUnattachedImages } = await import('../../server/services/images')
    await deleteUnattachedImages()
    expect((await fetch(`${(await import('../support/http')).baseUrl()}/media/images/${up.body.id}.webp`)).status).toBe(200)
  })

  it('changes to an approved profile\'s words wait for staff; the rest applies at once', async () => {
    const mentor = await createMentor({ bio: '多年创业辅导经验，帮助多位创业者从零开业。' })
    const own = (await mentor.client.get<{ profile: MentorProfile }>('/api/mentor/profile')).body.profile
    const { id: _i, status: _s, reviewReason: _r, rating: _ra, ratingCount: _rc, sessionCount: _sc, photoUrl: _pu, paused: _pa, sessionMinutes: _sm, weeklyCap: _w, city, pendingRevision: _pr, ...rest } = own
    const res = await mentor.client.request<{ profile: MentorProfile }>('PUT', '/api/mentor/profile', { ...rest, cityCode: city, bio: '全新的简介：专注餐饮行业选址和成本控制，已辅导五十家门店。', languages: ['zh', 'en'] })
    expect(res.status).toBe(200)
    expect(res.body.profile.bio).toContain('全新的简介')
    expect(res.body.profile.pendingRevision?.changes).toEqual(['bio'])
    const pub = await new Client().get<MentorDetail>(`/api/mentors/${mentor.mentorId}`)
    expect(pub.body.bio).toBe('多年创业辅导经验，帮助多位创业者从零开业。')
    expect(pub.body.languages).toEqual(['zh', 'en'])
    const staff = await createUser({ roles: ['STAFF'] })
    const rev = (await staff.client.get<{ items: RevisionView[] }>('/api/staff/revisions?entity=mentor')).body.items.find(r => r.entityId === mentor.mentorId)!
    expect(rev.changes).toEqual([{ field: 'bio', before: '多年创业辅导经验，帮助多位创业者从零开业。', after: '全新的简介：专注餐饮行业选址和成本控制，已辅导五十家门店。' }])
    await staff.client.post(`/api/staff/revisions/${rev.id}/review`, { decision: 'approve' })
    expect((await new Client().get<MentorDetail>(`/api/mentors/${mentor.mentorId}`)).body.bio).toContain('全新的简介')
  })
})
