import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newContext, signedInContext, ready } from '../support/browser'
import { expectAccessible } from '../support/a11y'
import { waitForMail } from '../support/http'
import { createUser } from '../support/mentors'
import { createSession, startLessonsNow } from '../support/trainings'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('training in Chromium', () => {
  it('find a class by city, enrol, a second person waits, the first cancels and the second accepts the offer; check-in by code on a phone; completion, certificate, public verification', async () => {
    const s = await createSession({ programme: 'GYB', capacity: 1, city: 'tonghua', lessons: 2, lessonHours: 12 })
    const title = (await s.staff.client.get<{ title: { 'zh-CN': string } }>(`/api/trainings/${s.id}`)).body.title['zh-CN']
    const [first, second] = [await createUser({ prefix: 'e2e-first' }), await createUser({ prefix: 'e2e-second' })]

    // the new class reaches the index through the outbox within seconds
    await expect.poll(async () => (await first.client.get<{ items: { id: string }[] }>('/api/trainings?city=tonghua')).body.items.some(i => i.id === s.id), { timeout: 20_000, interval: 300 }).toBe(true)
    // the first person finds it by city and enrols
    const a = await (await signedInContext(browser, first.client)).newPage()
    await a.goto('/trainings')
    await ready(a)
    await a.getByTestId('facet-city-tonghua').check()
    await a.waitForURL(/city=tonghua/)
    await expectAccessible(a, { label: '/trainings' })
    await a.getByRole('link', { name: title }).click()
    await a.getByRole('heading', { name: title }).waitFor()
    await a.getByLabel('人员类别（免费培训对象）').selectOption('GRADUATE')
    await a.getByTestId('enrol').click()
    await a.getByText('报名成功，名额已确认。').waitFor()
    await a.getByTestId('my-status').getByText('您的名额已确认').waitFor()
    await expectAccessible(a, { label: 'session page' })

    // the second is put on the waiting list with a position
    const b = await (await signedInContext(browser, second.client)).newPage()
    await b.goto(`/trainings/${s.id}`)
    await b.getByRole('button', { name: '名额已满，加入候补' }).click()
    await b.getByText('您已进入候补，排第 1 位').waitFor()

    // the first gives the place up: it is offered to the second, by mail and on the page
    await a.getByTestId('withdraw').click()
    await a.getByText('已处理，名额已让给下一位。').waitFor()
    await waitForMail(m => m.to.includes(second.email) && /保留了一个名额/.test(m.subject))
    await b.reload()
    await b.getByTestId('my-status').getByText('为您保留了一个名额').waitFor()
    await b.getByTestId('accept-offer').click()
    await b.getByText('报名成功，名额已确认。').waitFor()

    // the lesson starts: the trainer's room screen shows the code, the trainee types it on a phone
    await startLessonsNow(s.id, 5)
    const desk = await (await signedInContext(browser, s.trainer.client)).newPage()
    await desk.goto(`/trainer/sessions/${s.id}`)
    const code = (await desk.getByTestId('room-code').textContent())!.trim()
    expect(code).toMatch(/^\d{6}$/)
    await expectAccessible(desk, { label: 'trainer desk' })
    const phone = await (await signedInContext(browser, second.client, { width: 360 })).newPage()
    await phone.goto(`/check-in/${s.lessonIds[0]}`)
    await ready(phone)
    await phone.getByTestId('check-in-code').fill('000000')
    await phone.getByTestId('check-in-submit').click()
    await phone.getByRole('alert').filter({ hasText: '签到码' }).waitFor()
    await phone.getByTestId('check-in-code').fill(code)
    await phone.getByTestId('check-in-submit').click()
    await phone.getByTestId('checked-in').waitFor()
    await expectAccessible(phone, { label: 'check-in at 360 px' })

    // the second lesson by hand, the course over: the trainer completes it
    const enrolmentId = (await second.client.get<{ mine: { id: string } }>(`/api/trainings/${s.id}`)).body.mine.id
    expect((await s.trainer.client.post(`/api/lessons/${s.lessonIds[1]}/attendance`, { enrolmentId, reason: '讲师核对身份后补登' })).status).toBe(200)
    await startLessonsNow(s.id, 0, true)
    await desk.reload()
    await desk.getByTestId('complete-session').click()
    await desk.getByText('已结业 1 人').waitFor()

    // the trainee downloads the certificate; a visitor verifies it
    await b.reload()
    const link = b.getByTestId('certificate')
    const pdf = await b.request.get((await link.getAttribute('href'))!)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    const certCode = (await b.getByText(/验证码：/).textContent())!.match(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/)![0]
    // 好差评 after the course: one rating, thanked for
    const rating = b.getByTestId('rating-form')
    await rating.getByRole('button', { name: '提交评价' }).click()
    await rating.getByText('此项为必填项').first().waitFor()
    await rating.getByLabel('满意', { exact: true }).check()
    await rating.getByLabel('意见和建议（可选）').fill('讲师讲得很实用')
    await rating.getByRole('button', { name: '提交评价' }).click()
    await rating.getByText('感谢您的评价').waitFor()
    await expectAccessible(b, { label: 'session page with the rating' })
    const visitor = await (await newContext(browser)).newPage()
    await visitor.goto(`/verify/${certCode}`)
    await visitor.getByTestId('verify-result').getByText('有效').waitFor()
    expect(await visitor.getByTestId('verify-name').textContent()).not.toContain(second.name)
    await expectAccessible(visitor, { label: '/verify' })
  })

  it('staff create a session with the form, publish it from their list, and print its attendance register', async () => {
    const staff = await createUser({ roles: ['STAFF'], prefix: 'e2e-desk' })
    const title = `SYB 创业培训班（测试）${Date.now().toString(36)}`
    const page = await (await signedInContext(browser, staff.client)).newPage()
    await page.goto('/staff/trainings')
    await page.getByRole('link', { name: '新建班期或活动' }).click()
    await page.getByRole('heading', { level: 1, name: '新建班期或活动' }).waitFor()
    // the rules are named next to the fields
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.locator('#courseId').and(page.locator('[aria-invalid="true"]')).waitFor()
    await page.getByLabel('培训课程').selectOption({ label: 'SYB 创办你的企业' })
    await page.getByLabel('名称（中文）').fill(title)
    await page.getByLabel('名称（英文）').fill('SYB class (test)')
    await page.getByLabel('城市').selectOption('baishan')
    await page.getByLabel('地点').fill('白山市浑江区创业孵化基地 2 楼')
    await page.locator('#lesson-0-topicZh').fill('市场评估')
    await page.locator('#lesson-0-topicEn').fill('Market assessment')
    await page.getByRole('button', { name: '添加一节' }).click()
    await page.locator('#lesson-1-topicZh').fill('财务计划')
    await page.locator('#lesson-1-topicEn').fill('Financial plan')
    await expectAccessible(page, { label: 'new session form' })
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.waitForURL(/\/staff\/trainings$/)
    const row = page.getByTestId('managed-offering').filter({ hasText: title })
    await row.getByText('草稿').waitFor()
    await row.getByRole('button', { name: '发布' }).click()
    await page.getByText(`已发布：${title}`).waitFor()
    await row.getByText('报名中').waitFor()
    const href = await row.getByRole('link', { name: '考勤册（PDF）' }).getAttribute('href')
    const pdf = await page.request.get(href!)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    await expectAccessible(page, { label: '/staff/trainings' })
    await page.getByRole('link', { name: '培训补贴' }).first().click()
    await page.getByRole('heading', { level: 1, name: '培训补贴' }).waitFor()
    await expectAccessible(page, { label: '/staff/trainings/subsidies' })
  })

  it('an event registration in English runs on the same engine', async () => {
    const s = await createSession({ kind: 'EVENT', capacity: 5, city: 'yanbian', lessons: 1 })
    const person = await createUser({ prefix: 'e2e-event', locale: 'en' })
    await expect.poll(async () => (await person.client.get<{ items: { id: string }[] }>('/api/events?city=yanbian')).body.items.some(i => i.id === s.id), { timeout: 20_000, interval: 300 }).toBe(true)
    const page = await (await signedInContext(browser, person.client)).newPage()
    await page.goto(`/en/events/${s.id}`)
    await page.getByTestId('enrol').click()
    await page.getByText('You are enrolled; your place is confirmed.').waitFor()
    await page.getByTestId('my-status').getByText('Your place is confirmed').waitFor()
    await expectAccessible(page, { label: 'event page (en)' })
    await page.goto('/en/events?city=yanbian')
    await page.getByTestId('training-card').first().waitFor()
  })
})
