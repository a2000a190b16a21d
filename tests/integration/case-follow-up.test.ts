import { describe, expect, it } from 'vitest'
import type { CaseCreated, CaseView, StaffCaseRow } from '#shared/types/case'
import { checkInDates } from '#shared/utils/follow-up'
import { addDays, addMonths, zonedDate, zonedToUtc } from '#shared/utils/zoned-time'
import { decryptPersonal } from '../../server/utils/crypto'
import { waitFor, waitForMail } from '../support/http'
import { createUser, jobsByKey, runJobNow, signIn, token } from '../support/mentors'
import type { TestUser } from '../support/mentors'
import { db } from '../support/db'

interface Err { code: string, fields?: Record<string, string> }
interface ChecklistItem { code: string, status: string, blockedBy: string[] }
interface CheckIn { id: string, monthsAfter: number, dueOn: string, status: string, open: boolean }

const today = () => zonedDate(new Date())

async function openCase(owner: TestUser, category = 'food-snacks', city = 'changchun'): Promise<string> {
  const res = await owner.client.post<CaseCreated>('/api/cases', { idea: { title: `社区快餐店 ${token()}`, category, city }, legalForm: 'INDIVIDUAL_BUSINESS' })
  expect(res.status).toBe(201)
  return res.body.id
}

describe('开业指导: the opening checklist and the recorded opening', () => {
  it('a catering business gets the food permit, which cannot start before the licence; not needed needs a reason', async () => {
    const owner = await createUser()
    const id = await openCase(owner)
    const list = await owner.client.get<{ items: ChecklistItem[], complete: boolean }>(`/api/cases/${id}/opening-checklist`)
    expect(list.status).toBe(200)
    const food = list.body.items.find(i => i.code === 'FOOD_BUSINESS_PERMIT')!
    expect(food.status).toBe('CANNOT_START')
    expect(food.blockedBy).toContain('BUSINESS_LICENCE')
    expect(list.body.items.some(i => i.code === 'HOUSING_FUND')).toBe(false)
    expect((await owner.client.request<Err>('PATCH', `/api/cases/${id}/opening-checklist/food_business_permit`, { status: 'DONE', doneOn: today() })).status).toBe(409)
    const noReason = await owner.client.request<Err>('PATCH', `/api/cases/${id}/opening-checklist/seal`, { status: 'NOT_NEEDED' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.fields?.reason).toBeTruthy()
    const done = await owner.client.request<{ items: ChecklistItem[] }>('PATCH', `/api/cases/${id}/opening-checklist/business_licence`, { status: 'DONE', doneOn: today() })
    expect(done.body.items.find(i => i.code === 'FOOD_BUSINESS_PERMIT')!.blockedBy).not.toContain('BUSINESS_LICENCE')
    const future = await owner.client.request<Err>('PATCH', `/api/cases/${id}/opening-checklist/seal`, { status: 'DONE', doneOn: addDays(today(), 3) })
    expect(future.status).toBe(400)
    const c = await owner.client.get<CaseView>(`/api/cases/${id}`)
    expect(c.body.stages.find(s => s.code === 'OPENING')!.status).toBe('IN_PROGRESS')
    expect(c.body.timeline.filter(e => e.kind === 'checklist_item')).toHaveLength(1)
  })

  it('recording the opening keeps the credit code encrypted and masked, completes the stage and schedules check-ins for the right dates', async () => {
    const owner = await createUser()
    const id = await openCase(owner)
    const bad = await owner.client.post<Err>(`/api/cases/${id}/opening`, { openedOn: today(), legalForm: 'INDIVIDUAL_BUSINESS', employees: 2, creditCode: '92220101MA0000000X' })
    expect(bad.status).toBe(400)
    expect(bad.body.fields?.creditCode).toBeTruthy()
    const code = '91350100M000100Y43'
    const wrongForm = await owner.client.post<Err>(`/api/cases/${id}/opening`, { openedOn: today(), legalForm: 'INDIVIDUAL_BUSINESS', employees: 2, creditCode: code })
    expect(wrongForm.status).toBe(400)
    // yesterday: every check-in is still to come
    const openedOn = addDays(today(), -1)
    const opened = await owner.client.post<CaseView>(`/api/cases/${id}/opening`, { openedOn, legalForm: 'LIMITED_COMPANY', employees: 3, creditCode: code })
    expect(opened.status).toBe(200)
    expect(opened.body.opening).toEqual({ openedOn, legalForm: 'LIMITED_COMPANY', employees: 3, creditCode: '9135**********0Y43' })
    expect(JSON.stringify(opened.body)).not.toContain(code)
    expect(opened.body.stages.find(s => s.code === 'OPENING')!.status).toBe('COMPLETED')
    expect(opened.body.stages.find(s => s.code === 'FOLLOW_UP')!.status).toBe('IN_PROGRESS')
    const row = await db.case.findUniqueOrThrow({ where: { id } })
    expect(row.creditCodeEnc).not.toContain(code)
    expect(decryptPersonal(row.creditCodeEnc!)).toBe(code)
    // on the same day of the month (the month's last day when shorter: tests/unit/follow-up.test.ts), mailed at 09:00 Beijing time
    const checkIns = await db.checkIn.findMany({ where: { caseId: id }, orderBy: { monthsAfter: 'asc' } })
    expect(checkIns.map(c => [c.monthsAfter, c.dueOn])).toEqual([3, 6, 12, 24, 36].map(n => [n, addMonths(openedOn, n)]))
    const jobs = await jobsByKey(...checkIns.map(c => `check_in_send:${c.id}`))
    expect(jobs.map(j => j.run_at.toISOString()).sort()).toEqual(checkIns.map(c => zonedToUtc(c.dueOn, 9 * 60).toISOString()).sort())
    // the opening is recorded once
    expect((await owner.client.post<Err>(`/api/cases/${id}/opening`, { openedOn: today(), legalForm: 'LIMITED_COMPANY', employees: 3 })).status).toBe(409)
    // nothing of the code in the server's log
    const log = await (await fetch(`${(await import('vitest')).inject('controlUrl')}/server-log`)).json() as { log: string }
    expect(log.log).not.toContain(code)
  })
})

describe('跟踪扶持: check-ins', () => {
  it('is mailed on its day, reminded a week later, answered with help needed → a staff task; a check-in never answered is missed', async () => {
    const owner = await createUser()
    const adviser = await createUser({ roles: ['STAFF'] })
    await db.user.update({ where: { id: adviser.id }, data: { city: { connect: { code: 'changchun' } } } })
    const id = await openCase(owner)
    await db.case.update({ where: { id }, data: { adviserId: adviser.id } })
    // opened three months and ten days ago: the 3-month check-in was due ten days ago, its reminder three days ago
    const openedOn = addMonths(addDays(today(), -10), -3)
    expect((await owner.client.post(`/api/cases/${id}/opening`, { openedOn, legalForm: 'INDIVIDUAL_BUSINESS', employees: 2 })).status).toBe(200)
    const first = await db.checkIn.findFirstOrThrow({ where: { caseId: id, monthsAfter: 3 } })
    const mail = await waitForMail(m => m.to.includes(owner.email) && m.subject.includes('开业 3 个月了'))
    expect(mail.text).toContain(`/cases/${id}/check-ins/${first.id}`)
    await waitForMail(m => m.to.includes(owner.email) && m.subject.includes('提醒：开业 3 个月回访'))
    const list = await owner.client.get<CheckIn[]>(`/api/cases/${id}/check-ins`)
    expect(list.body.map(c => c.monthsAfter)).toEqual([3, 6, 12, 24, 36])
    expect(list.body[0]).toMatchObject({ status: 'SENT', open: true })
    expect(list.body[1]).toMatchObject({ status: 'SCHEDULED', open: false })

    // only the owner answers, within the window
    expect((await adviser.client.post<Err>(`/api/check-ins/${first.id}`, { status: 'TRADING', employees: 2, revenueBand: 'lt10k' })).status).toBe(403)
    const later = list.body[1]!
    expect((await owner.client.post<Err>(`/api/check-ins/${later.id}`, { status: 'TRADING', employees: 2, revenueBand: 'lt10k' })).status).toBe(409)
    const badAnswer = await owner.client.post<Err>(`/api/check-ins/${first.id}`, { status: 'CLOSED', employees: 0 })
    expect(badAnswer.status).toBe(400)
    expect(badAnswer.body.fields?.closedReason).toBeTruthy()
    const answered = await owner.client.post<CheckIn>(`/api/check-ins/${first.id}`, { status: 'TRADING', employees: 3, revenueBand: 'lt10k', help: { kinds: ['FINANCING', 'OTHER'], text: '想扩大店面' } })
    expect(answered.status).toBe(200)
    expect(answered.body.status).toBe('ANSWERED')
    expect(await db.staffTask.count({ where: { caseId: id, kind: 'check_in_help', status: 'OPEN' } })).toBe(1)
    await waitForMail(m => m.to.includes(adviser.email) && m.subject.includes('在回访中请求帮助'))
    const staff = await signIn(adviser.id)
    const help = await staff.get<{ items: StaffCaseRow[] }>('/api/staff/cases?help=true')
    expect(help.body.items.find(r => r.id === id)?.helpNeeded).toBe(1)
    expect((await owner.client.post<Err>(`/api/check-ins/${first.id}`, { status: 'TRADING', employees: 3, revenueBand: 'lt10k' })).status).toBe(409)

    // a check-in whose window closed without an answer is missed, not guessed
    const missedCase = await openCase(await createUser())
    const other = await db.case.findUniqueOrThrow({ where: { id: missedCase }, select: { ownerId: true } })
    const otherClient = await signIn(other.ownerId)
    const longAgo = addMonths(addDays(today(), -31), -3)
    expect(checkInDates(longAgo, 3).closesOn < today()).toBe(true)
    expect((await otherClient.post(`/api/cases/${missedCase}/opening`, { openedOn: longAgo, legalForm: 'INDIVIDUAL_BUSINESS', employees: 1 })).status).toBe(200)
    const missed = await waitFor(() => db.checkIn.findFirstOrThrow({ where: { caseId: missedCase, monthsAfter: 3 } }), c => c.status === 'MISSED')
    expect(missed.trading).toBeNull()
    expect((await otherClient.post<Err>(`/api/check-ins/${missed.id}`, { status: 'TRADING', employees: 1, revenueBand: 'lt10k' })).status).toBe(409)
  })

  it('a check-in due later waits for its day: its job runs then (moving the job\'s clock forward sends it now)', async () => {
    const owner = await createUser()
    const id = await openCase(owner)
    expect((await owner.client.post(`/api/cases/${id}/opening`, { openedOn: today(), legalForm: 'INDIVIDUAL_BUSINESS', employees: 1 })).status).toBe(200)
    const six = await db.checkIn.findFirstOrThrow({ where: { caseId: id, monthsAfter: 6 } })
    const [job] = await jobsByKey(`check_in_send:${six.id}`)
    expect(job!.run_at.getTime()).toBeGreaterThan(Date.now())
    expect(six.status).toBe('SCHEDULED')
    await runJobNow(`check_in_send:${six.id}`)
    await waitForMail(m => m.to.includes(owner.email) && m.subject.includes('开业 6 个月了'))
    expect((await db.checkIn.findUniqueOrThrow({ where: { id: six.id } })).status).toBe('SENT')
    // its reminder is queued for 7 days after the due day
    const [remind] = await jobsByKey(`check_in_remind:${six.id}`)
    expect(remind!.run_at.toISOString()).toBe(zonedToUtc(addDays(six.dueOn, 7), 9 * 60).toISOString())
  })
})

describe('survival statistics', () => {
  it('counts from check-ins only and gives aggregates', async () => {
    const { survivalStatistics } = await import('../../server/services/cases/follow-up')
    const rows = await survivalStatistics()
    expect(Array.isArray(rows)).toBe(true)
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['city', 'cohort', 'opened', 'points'])
      expect(JSON.stringify(r)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/)
    }
  })
})
