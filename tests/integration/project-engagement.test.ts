import { describe, expect, it } from 'vitest'
import type { EnquiryThread, ProjectComparisonRow, ProjectListItem, ProjectListResponse } from '#shared/types/project'
import { archiveStaleProjects } from '../../server/services/projects'
import { Client, GOOD_PASSWORD, uniqueEmail, verifiedUser, waitForMail } from '../support/http'
import { db } from '../support/db'
import { createProject, eventually } from '../support/projects'

describe('saving and comparing projects', () => {
  it('saves, lists and unsaves; compares up to three published projects', async () => {
    const { client } = await verifiedUser()
    const a = await createProject({ title: '对比项目甲', investmentMin: 20_000, investmentMax: 30_000 })
    const b = await createProject({ title: '对比项目乙', investmentMin: 80_000, investmentMax: 90_000, riskLevel: 'HIGH' })
    const c = await createProject({ title: '对比项目丙' })
    const d = await createProject({ title: '对比项目丁' })
    expect((await client.post(`/api/projects/${a.id}/save`)).status).toBe(200)
    expect((await client.post(`/api/projects/${a.id}/save`)).status).toBe(200) // idempotent
    await client.post(`/api/projects/${b.id}/save`)
    const saved = await client.get<ProjectListItem[]>('/api/saved-projects')
    expect(saved.body.map(p => p.id).sort()).toEqual([a.id, b.id].sort())
    await client.request('DELETE', `/api/projects/${a.id}/save`)
    expect((await client.get<ProjectListItem[]>('/api/saved-projects')).body.map(p => p.id)).toEqual([b.id])
    expect((await new Client().post(`/api/projects/${a.id}/save`)).status).toBe(401)

    const cmp = await new Client().get<ProjectComparisonRow[]>(`/api/project-compare?ids=${a.id},${b.id},${c.id}`)
    expect(cmp.status).toBe(200)
    expect(cmp.body.map(r => r.id)).toEqual([a.id, b.id, c.id])
    expect(cmp.body[1]).toMatchObject({ investmentMin: 80_000, riskLevel: 'HIGH', monthlyCost: 5000, paybackMonths: 12, expectedJobs: 3 })
    expect((await new Client().get(`/api/project-compare?ids=${a.id},${b.id},${c.id},${d.id}`)).status).toBe(400)
  })
})

describe('enquiries', () => {
  it('a verified entrepreneur asks, the provider is mailed and replies, both see the thread; others cannot', async () => {
    const provider = await verifiedUser('PROVIDER')
    const staffOwned = await db.$transaction(async () => createProject({ title: '长春烘焙坊咨询测试' }))
    // give the project to our provider
    await db.project.update({ where: { id: staffOwned.id }, data: { providerId: provider.id } })
    const asker = await verifiedUser()
    const ask = await asker.client.post<{ id: string }>(`/api/projects/${staffOwned.id}/enquiries`, { body: '请问需要多大的店面？' })
    expect(ask.status).toBe(201)
    const mail = await waitForMail(m => m.to.includes(provider.email) && m.subject.includes('长春烘焙坊咨询测试'))
    expect(mail.text).toContain('请问需要多大的店面？')

    const providerThreads = await provider.client.get<EnquiryThread[]>('/api/enquiries')
    const thread = providerThreads.body.find(t => t.id === ask.body.id)!
    expect(thread).toMatchObject({ asProvider: true, project: { id: staffOwned.id } })
    expect((await provider.client.post(`/api/enquiries/${ask.body.id}/messages`, { body: '30 平方米左右即可。' })).status).toBe(201)
    await waitForMail(m => m.to.includes(asker.email) && m.subject.includes('回复'))
    const askerThreads = await asker.client.get<EnquiryThread[]>('/api/enquiries')
    expect(askerThreads.body.find(t => t.id === ask.body.id)!.messages.map(m => [m.fromProvider, m.body])).toEqual([[false, '请问需要多大的店面？'], [true, '30 平方米左右即可。']])

    const stranger = await verifiedUser()
    expect((await stranger.client.post(`/api/enquiries/${ask.body.id}/messages`, { body: '我也想问' })).status).toBe(404)
    expect((await stranger.client.get<EnquiryThread[]>('/api/enquiries')).body.some(t => t.id === ask.body.id)).toBe(false)
  })

  it('unverified users cannot send enquiries; empty messages are refused', async () => {
    const p = await createProject({ title: '未验证用户咨询测试' })
    const c = new Client()
    const email = uniqueEmail('unv')
    await c.post('/api/auth/register', { name: '未验证', email, password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })
    await c.post('/api/auth/login', { email, password: GOOD_PASSWORD })
    const r = await c.post(`/api/projects/${p.id}/enquiries`, { body: '你好' })
    expect(r.status).toBe(403)
    expect(r.body).toMatchObject({ code: 'email_not_verified' })
    const { client } = await verifiedUser()
    expect((await client.post(`/api/projects/${p.id}/enquiries`, { body: ' ' })).status).toBe(400)
  })
})

describe('archiving stale projects', () => {
  it('mails the provider two weeks before, then archives after 180 days without updates', async () => {
    const provider = await verifiedUser('PROVIDER')
    const soon = await createProject({ title: '即将归档的项目' })
    const stale = await createProject({ title: '应当归档的项目' })
    await db.project.updateMany({ where: { id: { in: [soon.id, stale.id] } }, data: { providerId: provider.id } })
    await db.$executeRaw`UPDATE "Project" SET "updatedAt" = now() - interval '170 days' WHERE id = ${soon.id}::uuid`
    await db.$executeRaw`UPDATE "Project" SET "updatedAt" = now() - interval '181 days' WHERE id = ${stale.id}::uuid`
    const first = await archiveStaleProjects()
    expect(first.reminded).toBeGreaterThanOrEqual(1)
    expect(first.archived).toBeGreaterThanOrEqual(1)
    await waitForMail(m => m.to.includes(provider.email) && m.subject.includes('即将归档的项目'))
    expect((await db.project.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe('ARCHIVED')
    expect((await db.project.findUniqueOrThrow({ where: { id: soon.id } })).status).toBe('PUBLISHED')
    const transition = await db.projectEvent.findFirst({ where: { projectId: stale.id, toStatus: 'ARCHIVED' } })
    expect(transition?.reason).toContain('180')
    // reminded once only
    const second = await archiveStaleProjects()
    expect(second.reminded).toBe(0)
    // and the archived one leaves the public list
    await eventually(async () => !(await new Client().get<ProjectListResponse>(`/api/projects?q=${encodeURIComponent('应当归档的项目')}`)).body.items.some(i => i.id === stale.id), 10_000)
  })
})
