import { describe, expect, inject, it } from 'vitest'
import { extractText, getDocumentProxy } from 'unpdf'
import type { CaseCreated, CaseView } from '#shared/types/case'
import type { BusinessPlan } from '#shared/schemas/plan'
import { RISK_QUESTIONS } from '#shared/data/risk-assessment'
import { formatYuan } from '#shared/utils/money'
import { Client, baseUrl } from '../support/http'
import { createMentor, createUser, signIn, token } from '../support/mentors'
import type { TestUser } from '../support/mentors'
import { createProject } from '../support/projects'
import { milkTeaPlan } from '../support/plans'
import { db } from '../support/db'

interface Err { code: string, fields?: Record<string, string> }
interface PlanView { revision: number, plan: BusinessPlan, prefilled: string[], financials: { startUp: { total: number, gap: number } }, versions: { number: number }[], comments: { body: string, section: string | null, planVersion: number | null }[], editable: boolean }
interface RiskView { score: number, band: string, dimensions: { code: string, score: number }[], advice: { text: string, url: string }[], changes: unknown, answers: Record<string, string> | null }

async function caseFromProject(owner: TestUser): Promise<string> {
  const p = await createProject({ title: `学生街奶茶铺 ${token()}`, category: 'food-snacks', city: 'siping', investmentMin: 40_000, investmentMax: 60_000 })
  const res = await owner.client.post<CaseCreated>('/api/cases', { projectId: p.id })
  expect(res.status).toBe(201)
  return res.body.id
}

const allAnswers = (pick: 'best' | 'worst') => Object.fromEntries(RISK_QUESTIONS.map((q) => {
  const sorted = [...q.options].sort((a, b) => b.points - a.points)
  return [q.id, (pick === 'best' ? sorted[0] : sorted.at(-1))!.value]
}))

describe('方案设计: the business plan', () => {
  it('starts prefilled from the library project; saving unlocks risk and financing; two saves on one base → one 200, one 409', async () => {
    const owner = await createUser()
    const id = await caseFromProject(owner)
    const first = await owner.client.get<PlanView>(`/api/cases/${id}/plan`)
    expect(first.status).toBe(200)
    expect(first.body.revision).toBe(0)
    expect(first.body.prefilled.length).toBeGreaterThan(0)
    expect(first.body.financials.startUp.total).toBeGreaterThan(0)
    expect(first.body.editable).toBe(true)

    const plan = milkTeaPlan()
    const saved = await owner.client.request<PlanView>('PUT', `/api/cases/${id}/plan`, { baseVersion: 0, plan, prefilled: [] })
    expect(saved.status).toBe(200)
    expect(saved.body.revision).toBe(1)
    const c = await owner.client.get<CaseView>(`/api/cases/${id}`)
    expect(c.body.stages.find(s => s.code === 'PLAN')!.status).toBe('IN_PROGRESS')
    expect(c.body.stages.find(s => s.code === 'RISK')!.status).toBe('NOT_STARTED')
    expect(c.body.stages.find(s => s.code === 'FINANCING')!.status).toBe('NOT_STARTED')

    // two tabs save on the same base at once
    const [a, b] = await Promise.all([1, 2].map(n => owner.client.request<PlanView | Err>('PUT', `/api/cases/${id}/plan`, { baseVersion: 1, plan: { ...plan, workingCapitalMonths: n + 2 } })))
    expect([a!.status, b!.status].sort()).toEqual([200, 409])
    expect(([a, b].find(r => r!.status === 409)!.body as Err).code).toBe('plan_conflict')
    // a save on a stale base is refused, never applied
    expect((await owner.client.request<Err>('PUT', `/api/cases/${id}/plan`, { baseVersion: 1, plan })).status).toBe(409)
    expect((await db.businessPlan.findUniqueOrThrow({ where: { caseId: id } })).revision).toBe(2)

    // bad input names the rule, nothing is saved
    const bad = await owner.client.request<Err>('PUT', `/api/cases/${id}/plan`, { baseVersion: 2, plan: { ...plan, workingCapitalMonths: 40 } })
    expect(bad.status).toBe(400)
    expect(Object.values(bad.body.fields ?? {}).join()).toMatch(/不能大于|最多/)
  })

  it('a submitted version is frozen for the adviser, who comments on a section; the PDF holds the sections and the start-up money; only those who may see the case get it', async () => {
    const owner = await createUser()
    const id = await caseFromProject(owner)
    const plan = milkTeaPlan()
    const saved = await owner.client.request<PlanView>('PUT', `/api/cases/${id}/plan`, { baseVersion: 0, plan })
    expect(saved.status).toBe(200)
    const version = await owner.client.post<{ number: number }>(`/api/cases/${id}/plan/versions`)
    expect(version.status).toBe(201)
    expect(version.body.number).toBe(1)
    expect((await owner.client.get<CaseView>(`/api/cases/${id}`)).body.stages.find(s => s.code === 'PLAN')!.status).toBe('COMPLETED')
    // later edits do not change the frozen version
    await owner.client.request('PUT', `/api/cases/${id}/plan`, { baseVersion: 1, plan: { ...plan, workingCapitalMonths: 6 } })
    const frozen = await db.planVersion.findUniqueOrThrow({ where: { caseId_number: { caseId: id, number: 1 } } })
    expect((frozen.data as BusinessPlan).workingCapitalMonths).toBe(plan.workingCapitalMonths)

    const mentor = await createMentor()
    await db.case.update({ where: { id }, data: { adviserId: mentor.id } })
    expect((await mentor.client.request<Err>('PUT', `/api/cases/${id}/plan`, { baseVersion: 2, plan })).status).toBe(403)
    const comment = await mentor.client.post(`/api/cases/${id}/comments`, { body: '月租金偏高，建议再谈一谈。', planVersion: 1, section: 'marketing.place' })
    expect(comment.status).toBe(201)
    const seen = await owner.client.get<PlanView>(`/api/cases/${id}/plan`)
    expect(seen.body.comments).toContainEqual(expect.objectContaining({ body: '月租金偏高，建议再谈一谈。', planVersion: 1, section: 'marketing.place' }))
    expect(seen.body.versions.map(v => v.number)).toEqual([1])

    const pdf = await owner.client.get<string>(`/api/cases/${id}/plan.pdf?version=1`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const raw = await fetch(`${baseUrl()}/api/cases/${id}/plan.pdf?version=1`, { headers: { cookie: [...owner.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } })
    const bytes = new Uint8Array(await raw.arrayBuffer())
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-')
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true })
    for (const title of ['企业概况', '市场评估', '固定资产', '现金流量计划']) expect(text).toContain(title)
    expect(text.replace(/\s/g, '')).toContain(formatYuan(saved.body.financials.startUp.total))
    const xlsx = await owner.client.get(`/api/cases/${id}/plan.xlsx`)
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')

    const stranger = await createUser()
    for (const path of ['plan', 'plan.pdf', 'plan.xlsx', 'risk-assessment', 'financing']) expect((await stranger.client.get(`/api/cases/${id}/${path}`)).status, path).toBe(404)
    expect((await new Client().get(`/api/cases/${id}/plan.pdf`)).status).toBe(401)
  })
})

describe('风险评估: the scored risk assessment', () => {
  it('needs the plan\'s costs, scores five dimensions, gives advice with links that work, keeps the history and shows what changed', async () => {
    const owner = await createUser()
    const res = await owner.client.post<CaseCreated>('/api/cases', { idea: { title: `社区奶茶店 ${token()}`, category: 'food-snacks', city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })
    const id = res.body.id
    expect((await owner.client.post<Err>(`/api/cases/${id}/risk-assessment`, { answers: allAnswers('best') })).status).toBe(409)
    await owner.client.request('PUT', `/api/cases/${id}/plan`, { baseVersion: 0, plan: milkTeaPlan() })
    const incomplete = await owner.client.post<Err>(`/api/cases/${id}/risk-assessment`, { answers: { [RISK_QUESTIONS[0]!.id]: RISK_QUESTIONS[0]!.options[0]!.value } })
    expect(incomplete.status).toBe(400)

    const weak = await owner.client.post<RiskView>(`/api/cases/${id}/risk-assessment`, { answers: allAnswers('worst') })
    expect(weak.status).toBe(200)
    expect(weak.body.band).toBe('HIGH')
    expect(weak.body.dimensions.map(d => d.code).sort()).toEqual(['COMPLIANCE', 'FINANCE', 'MARKET', 'OPERATIONS', 'PERSONAL'])
    expect(weak.body.advice.length).toBeGreaterThan(5)
    // every advice link opens a page that exists
    for (const url of new Set(weak.body.advice.map(a => a.url))) {
      const page = await fetch(`${baseUrl()}${url}`)
      expect(page.status, url).toBe(200)
    }
    expect(weak.body.advice.some(a => a.url.startsWith('/mentors?') && a.url.includes('stage=RISK'))).toBe(true)
    expect((await owner.client.get<CaseView>(`/api/cases/${id}`)).body.stages.find(s => s.code === 'RISK')!.status).toBe('COMPLETED')

    const strong = await owner.client.post<RiskView>(`/api/cases/${id}/risk-assessment`, { answers: allAnswers('best') })
    expect(strong.body.score).toBeGreaterThan(weak.body.score)
    expect(strong.body.changes).toBeTruthy()
    const history = await owner.client.get<RiskView[]>(`/api/cases/${id}/risk-assessment`)
    expect(history.body).toHaveLength(2)
    // the owner gets each assessment's answers back (a retake starts from them); staff of the city read the results only
    expect(strong.body.answers).toEqual(allAnswers('best'))
    expect(history.body.map(h => h.answers)).toEqual([allAnswers('best'), allAnswers('worst')])
    const staff = await createUser({ roles: ['STAFF'] })
    await db.user.update({ where: { id: staff.id }, data: { city: { connect: { code: 'changchun' } } } })
    const asStaff = await (await signIn(staff.id)).get<RiskView[]>(`/api/cases/${id}/risk-assessment`)
    expect(asStaff.status).toBe(200)
    expect(asStaff.body).toHaveLength(2)
    expect(asStaff.body.every(h => h.answers === null)).toBe(true)
    // read in English, the advice is in English
    const en = new Client('en')
    en.cookies = owner.client.cookies
    const english = await en.get<RiskView[]>(`/api/cases/${id}/risk-assessment`)
    expect(english.body[1]!.advice[0]!.text).toMatch(/[a-z]{4,}/)
  })

  it('nothing of a case\'s plan or answers is written to the server\'s log', async () => {
    const log = await (await fetch(`${inject('controlUrl')}/server-log`)).json() as { log: string }
    expect(log.log).not.toContain('月租金偏高')
    expect(log.log).not.toContain('学生街奶茶铺')
  })
})
