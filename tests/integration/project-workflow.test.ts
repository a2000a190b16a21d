import { describe, expect, it } from 'vitest'
import type { ProjectListResponse } from '#shared/types/project'
import { Client, verifiedUser, waitForMail } from '../support/http'
import { db, grantRole } from '../support/db'
import { eventually, projectInput as input } from '../support/projects'

async function staffClient() {
  const s = await verifiedUser()
  await grantRole(s.id, 'STAFF')
  return s
}

describe('project life cycle', () => {
  it('draft → submit → approve: published, searchable, mailed, every transition recorded; safe Markdown', async () => {
    const provider = await verifiedUser('PROVIDER')
    const staff = await staffClient()
    const title = `四平社区早餐店${Date.now().toString(36)}`
    const created = await provider.client.post<{ id: string, slug: string, status: string }>('/api/projects', input(title))
    expect(created.status).toBe(201)
    expect(created.body.status).toBe('DRAFT')
    const { id, slug } = created.body
    // not public yet
    expect((await new Client().get(`/api/projects/${slug}`)).status).toBe(404)
    expect((await provider.client.get(`/api/projects/${slug}`)).status).toBe(200)

    expect((await provider.client.post(`/api/projects/${id}/submit`)).status).toBe(200)
    // a second submit is a conflict, not a second transition
    expect((await provider.client.post(`/api/projects/${id}/submit`)).status).toBe(409)
    const approve = await staff.client.post(`/api/projects/${id}/review`, { decision: 'approve', reason: '材料齐全' })
    expect(approve.status).toBe(200)

    await eventually(async () => (await new Client().get<ProjectListResponse>(`/api/projects?q=${encodeURIComponent(title)}`)).body.items.some(i => i.id === id), 5000)
    const mail = await waitForMail(m => m.to.includes(provider.email) && m.subject.includes(title))
    expect(mail.subject).toContain('已通过入库评审')

    const transitions = await db.projectEvent.findMany({ where: { projectId: id }, orderBy: { id: 'asc' } })
    expect(transitions.map(t => [t.fromStatus, t.toStatus])).toEqual([[null, 'DRAFT'], ['DRAFT', 'PENDING'], ['PENDING', 'PUBLISHED']])
    expect(transitions[2]).toMatchObject({ actorId: staff.id, reason: '材料齐全' })

    const page = await new Client().get<{ descriptionHtml: string }>(`/api/projects/${slug}`)
    expect(page.body.descriptionHtml).not.toContain('<script')
    expect(page.body.descriptionHtml).not.toContain('javascript:')
    expect(page.body.descriptionHtml).not.toContain('http://example.com/x.png')
    expect(page.body.descriptionHtml).toContain('href="/policies"')
  })

  it('reject needs a reason, mails it, and the provider can edit and resubmit', async () => {
    const provider = await verifiedUser('PROVIDER')
    const staff = await staffClient()
    const { body: p } = await provider.client.post<{ id: string }>('/api/projects', input('白城杂粮网店待审项目'))
    await provider.client.post(`/api/projects/${p.id}/submit`)
    const noReason = await staff.client.post(`/api/projects/${p.id}/review`, { decision: 'reject' })
    expect(noReason.status).toBe(400)
    expect((await staff.client.post(`/api/projects/${p.id}/review`, { decision: 'reject', reason: '投资构成不完整' })).status).toBe(200)
    const mail = await waitForMail(m => m.to.includes(provider.email) && m.subject.includes('未通过'))
    expect(mail.text).toContain('投资构成不完整')
    const edited = await provider.client.request('PATCH', `/api/projects/${p.id}`, { ...input('白城杂粮网店待审项目（修改版）') })
    expect(edited.status).toBe(200)
    expect((await provider.client.post(`/api/projects/${p.id}/submit`)).status).toBe(200)
    expect((await db.project.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('PENDING')
  })

  it('permissions: providers only touch their own projects; entrepreneurs cannot review; unverified providers cannot create', async () => {
    const owner = await verifiedUser('PROVIDER')
    const other = await verifiedUser('PROVIDER')
    const entrepreneur = await verifiedUser('ENTREPRENEUR')
    const { body: p } = await owner.client.post<{ id: string }>('/api/projects', input('辽源袜业网店创业'))
    expect((await other.client.request('PATCH', `/api/projects/${p.id}`, input('被别人改了'))).status).toBe(403)
    expect((await other.client.post(`/api/projects/${p.id}/submit`)).status).toBe(403)
    await owner.client.post(`/api/projects/${p.id}/submit`)
    const review = await entrepreneur.client.post(`/api/projects/${p.id}/review`, { decision: 'approve' })
    expect(review.status).toBe(403)
    expect((await entrepreneur.client.post('/api/projects', input('创业者不能发布项目'))).status).toBe(403)

    const unverified = new Client()
    const email = `unverified-${Date.now()}@example.test`
    await unverified.post('/api/auth/register', { name: '未验证提供方', email, password: 'Jilin-Startup-2026!', role: 'PROVIDER' })
    await unverified.post('/api/auth/login', { email, password: 'Jilin-Startup-2026!' })
    const blocked = await unverified.post('/api/projects', input('未验证的项目'))
    expect(blocked.status).toBe(403)
    expect(blocked.body).toMatchObject({ code: 'email_not_verified' })
  })

  it('validates the project form with field errors', async () => {
    const provider = await verifiedUser('PROVIDER')
    const bad = await provider.client.post<{ fields: Record<string, string> }>('/api/projects', { ...input('x'), investmentMin: 60_000, investmentMax: 50_000, categoryCode: 'food-snacks', riskLevel: 'EXTREME' })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.fields)).toEqual(expect.arrayContaining(['title', 'riskLevel']))
    const unknownCategory = await provider.client.post<{ fields: Record<string, string> }>('/api/projects', { ...input('未知类别的项目'), categoryCode: 'space-travel' })
    expect(unknownCategory.status).toBe(400)
    expect(unknownCategory.body.fields).toHaveProperty('categoryCode')
  })

  it('recommendation and expert evaluation: one evaluation per evaluator, updating it, the rating follows', async () => {
    const provider = await verifiedUser('PROVIDER')
    const staff = await staffClient()
    const mentor = await verifiedUser()
    await grantRole(mentor.id, 'MENTOR')
    const { body: p } = await provider.client.post<{ id: string, slug: string }>('/api/projects', input('通化葡萄采摘园项目'))
    // only published projects can be evaluated or recommended
    expect((await mentor.client.request('PUT', `/api/projects/${p.id}/evaluation`, { market: 5, returns: 4, riskControl: 4, replicability: 3, jobs: 4, comment: '前景不错' })).status).toBe(409)
    await provider.client.post(`/api/projects/${p.id}/submit`)
    await staff.client.post(`/api/projects/${p.id}/review`, { decision: 'approve' })

    const e1 = await mentor.client.request<{ rating: number, ratingCount: number }>('PUT', `/api/projects/${p.id}/evaluation`, { market: 5, returns: 4, riskControl: 4, replicability: 3, jobs: 4, comment: '前景不错' })
    expect(e1.body).toEqual({ rating: 4, ratingCount: 1 })
    const e2 = await mentor.client.request<{ rating: number, ratingCount: number }>('PUT', `/api/projects/${p.id}/evaluation`, { market: 5, returns: 5, riskControl: 5, replicability: 5, jobs: 5, comment: '修改后的评价' })
    expect(e2.body).toEqual({ rating: 5, ratingCount: 1 })
    const e3 = await staff.client.request<{ rating: number, ratingCount: number }>('PUT', `/api/projects/${p.id}/evaluation`, { market: 3, returns: 3, riskControl: 3, replicability: 3, jobs: 3, comment: '总体一般，可以尝试' })
    expect(e3.body).toEqual({ rating: 4, ratingCount: 2 })
    expect((await provider.client.request('PUT', `/api/projects/${p.id}/evaluation`, { market: 5, returns: 5, riskControl: 5, replicability: 5, jobs: 5, comment: '自己评自己' })).status).toBe(403)
    expect((await mentor.client.request('PUT', `/api/projects/${p.id}/evaluation`, { market: 6, returns: 5, riskControl: 5, replicability: 5, jobs: 5, comment: '超出范围' })).status).toBe(400)

    const detail = await new Client().get<{ evaluation: { count: number, comments: { evaluatorType: string, comment: string }[] } }>(`/api/projects/${p.slug}`)
    expect(detail.body.evaluation.count).toBe(2)
    expect(detail.body.evaluation.comments.map(c => c.evaluatorType).sort()).toEqual(['MENTOR', 'STAFF'])

    expect((await staff.client.post(`/api/projects/${p.id}/recommend`, { recommended: true })).status).toBe(400)
    expect((await staff.client.post(`/api/projects/${p.id}/recommend`, { recommended: true, text: '适合返乡创业，带动就业明显' })).status).toBe(200)
    await eventually(async () => (await new Client().get<ProjectListResponse>(`/api/projects?recommended=true&city=siping`)).body.items.some(i => i.id === p.id), 5000)
  })
})
