import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newContext, ready, signedInContext } from '../support/browser'
import { expectAccessible, pageOpened } from '../support/a11y'
import { book, createMentor, createUser, slots, staffUser } from '../support/mentors'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const signedIn = (client: { cookies: Map<string, string> }) => signedInContext(browser, client)

describe('the staff desk', () => {
  it('is for staff: a visitor signs in first, an entrepreneur is refused', async () => {
    const visitor = await (await newContext(browser)).newPage()
    await visitor.goto('/staff/matches')
    await visitor.getByRole('heading', { name: '登录' }).waitFor()
    expect(new URL(visitor.url()).searchParams.get('next')).toBe('/staff/matches')

    const entrepreneur = await createUser()
    const page = await (await signedIn(entrepreneur.client)).newPage()
    for (const path of ['/staff/reviews', '/staff/mentors', '/staff/matches', '/staff/bookings']) {
      const res = await page.goto(path)
      expect(res?.status(), path).toBe(403)
      await page.getByText('您没有权限访问此页面。').waitFor()
    }
  })

  it('opens a staff list from its address as a shell, and names the rule a filter in the address broke, in Chinese and in English', async () => {
    const staff = await staffUser()
    const page = await (await signedIn(staff.client)).newPage()
    await page.goto('/staff/cases?city=nowhere')
    await ready(page)
    await page.getByRole('heading', { level: 1, name: '创业服务档案' }).waitFor()
    await page.getByText('无法识别：nowhere。可选值：').waitFor()
    await expectAccessible(page)
    await page.goto('/en/staff/cases?city=nowhere')
    await ready(page)
    await page.getByText('Unknown: nowhere. Allowed:').waitFor()
    // the header shows who is signed in once the shell is filled in
    expect(await page.getByTestId('header-user').textContent()).toContain(staff.name)
    // a page that fails in the browser shows the error page, and no longer says it is opening
    await page.goto('/en/cases/00000000-0000-0000-0000-000000000000')
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()
    await pageOpened(page)
    expect(await page.getByTestId('page-opening').count()).toBe(0)
    await page.context().close()
  })

  it('staff find a mentor for a match-me request and assign them', async () => {
    const tag = Date.now().toString(36).slice(-5)
    const mentor = await createMentor({ displayName: `白城匹配导师${tag}`, city: 'baicheng', stages: ['RISK'] })
    const entrepreneur = await createUser()
    const asked = await entrepreneur.client.post('/api/match-requests', { stage: 'RISK', cityCode: 'baicheng', text: `想评估在白城开农资店的风险 ${tag}` })
    expect(asked.status).toBe(201)
    const staff = await staffUser()
    // the new mentor reaches the directory's index through the outbox within seconds
    await expect.poll(async () => (await staff.client.get<{ total: number }>(`/api/mentors?q=${encodeURIComponent(mentor.displayName)}`)).body.total, { timeout: 20_000, interval: 300 }).toBe(1)

    const page = await (await signedIn(staff.client)).newPage()
    await page.goto('/staff/matches')
    const request = page.getByTestId('match-request').filter({ hasText: tag })
    await request.getByTestId('open-match').click()
    // the panel opens on its search, already narrowed to what was asked for
    const words = request.getByLabel('关键词')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await words.getAttribute('id'))
    expect(await request.getByLabel('城市').inputValue()).toBe('baicheng')
    await words.fill(mentor.displayName)
    await request.getByRole('button', { name: '搜索' }).click()
    // assigning before choosing says what is missing
    await request.getByTestId('mentor-result').first().waitFor()
    await request.getByTestId('assign').click()
    await request.getByText('请先在搜索结果中选择一位导师。').waitFor()
    await request.getByTestId('mentor-result').filter({ hasText: mentor.displayName }).click()
    await request.getByLabel('给创业者的说明（选填）').fill('熟悉白城农资市场')
    await request.getByTestId('assign').click()
    await page.getByText(`已为 ${entrepreneur.name} 指派导师 ${mentor.displayName}`).waitFor()
  })
})

describe('the mentor desk', () => {
  it('a mentor sets weekly hours: a wrong range is named at its row, limits are said with their numbers, saving keeps it', async () => {
    const mentor = await createMentor({ rules: [] })
    const page = await (await signedIn(mentor.client)).newPage()
    await page.goto('/mentor/availability')
    await page.getByRole('heading', { level: 1, name: '可预约时间' }).waitFor()
    const monday = page.getByTestId('day-1')
    await monday.getByText('不接受预约').waitFor()
    await monday.getByRole('button', { name: /添加时段/ }).click()
    const start = page.getByLabel('周一 第 1 个时段开始时间（北京时间）')
    const end = page.getByLabel('周一 第 1 个时段结束时间（北京时间）')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await start.getAttribute('id'))
    await start.fill('10:00')
    await end.fill('09:00')
    await page.getByTestId('unsaved').waitFor()
    const buffer = page.getByLabel('两次辅导之间的间隔（分钟）')
    await buffer.fill('500')
    await page.getByRole('button', { name: '保存可预约时间' }).click()
    await monday.getByText('结束时间必须晚于开始时间。').waitFor()
    await page.getByText('不能大于 120。').waitFor()
    // focus lands on the first problem
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await end.getAttribute('id'))

    await end.fill('12:00')
    await buffer.fill('10')
    await page.getByRole('button', { name: '保存可预约时间' }).click()
    await page.getByText('可预约时间已保存。').waitFor()
    expect(await page.getByTestId('unsaved').count()).toBe(0)
    await page.reload()
    expect(await page.getByLabel('周一 第 1 个时段开始时间（北京时间）').inputValue()).toBe('10:00')
    expect(await page.getByLabel('周一 第 1 个时段结束时间（北京时间）').inputValue()).toBe('12:00')
    expect(await page.getByLabel('两次辅导之间的间隔（分钟）').inputValue()).toBe('10')
  })

  it('a mentor declines a request, and is asked for the reason first', async () => {
    const mentor = await createMentor({ noticeHours: 2 })
    const entrepreneur = await createUser()
    const free = (await slots(entrepreneur.client, mentor.mentorId)).body.slots
    const booking = await book(entrepreneur.client, mentor.mentorId, free[3]!.startsAt, { topic: '婉拒流程的测试主题' })

    const page = await (await signedIn(mentor.client)).newPage()
    await page.goto(`/bookings/${booking.id}`)
    // the buttons are the booking's own actions: a pending request is accepted or declined
    await page.getByTestId('booking-accept').waitFor()
    expect(await page.getByTestId('booking-cancel').count()).toBe(0)
    await page.getByTestId('booking-decline').click()
    const reason = page.getByLabel('婉拒原因（会告知创业者）')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await reason.getAttribute('id'))
    await page.getByTestId('booking-decline-confirm').click()
    await page.getByText('此项为必填项。').waitFor()
    expect(await reason.getAttribute('aria-invalid')).toBe('true')
    await reason.fill('这周出差，请改约下周')
    await page.getByTestId('booking-decline-confirm').click()
    await page.getByText('已婉拒预约，已通知创业者。').waitFor()
    await expect.poll(() => page.getByTestId('booking-status').textContent()).toContain('已婉拒')
    expect(await page.getByTestId('booking-decline').count()).toBe(0)
  })
})
