import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible } from '../support/a11y'
import { launchBrowser, signedInContext, ready } from '../support/browser'
import { baseUrl, waitForMail } from '../support/http'
import { db } from '../support/db'
import { createMentor, createUser } from '../support/mentors'
import { icsLocal, readInvite } from '../support/ics'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const signedIn = (client: { cookies: Map<string, string> }, width?: number) => signedInContext(browser, client, { width })

describe('finding and booking a mentor', () => {
  it('an entrepreneur finds a mentor by stage and city and books; the mentor accepts; the invite arrives; cancelling frees the slot', async () => {
    const tag = Date.now().toString(36).slice(-5)
    const mentor = await createMentor({ displayName: `松原融资导师${tag}`, city: 'songyuan', stages: ['FINANCING', 'PLAN'], noticeHours: 2 })
    const entrepreneur = await createUser()
    // the new mentor reaches the search index through the outbox within seconds
    await expect.poll(async () => (await entrepreneur.client.get<{ total: number }>(`/api/mentors?q=${encodeURIComponent(mentor.displayName)}`)).body.total, { timeout: 20_000, interval: 300 }).toBe(1)

    // the directory, filtered by stage and city through the facets
    const page = await (await signedIn(entrepreneur.client)).newPage()
    await page.goto('/mentors')
    await ready(page)
    await page.getByTestId('facet-stage-FINANCING').check()
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('stage=FINANCING')
    await page.getByTestId('facet-city-songyuan').check()
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('city=songyuan')
    const card = page.getByTestId('mentor-card').filter({ hasText: mentor.displayName })
    await card.getByRole('link', { name: mentor.displayName }).click()
    await page.getByRole('heading', { level: 1, name: mentor.displayName }).waitFor()

    // pick the first free slot and book
    const firstSlot = page.locator('[data-testid^="slot-20"]').first()
    const slotId = await firstSlot.getAttribute('data-testid')
    const startsAt = slotId!.replace('slot-', '')
    await firstSlot.click()
    await expect.poll(() => firstSlot.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true')
    await page.getByLabel('需要指导的阶段').selectOption('FINANCING')
    await page.getByLabel('辅导主题').fill('创业担保贷款怎么申请')
    await page.getByLabel('情况说明').fill('准备在松原开一家农机维修店，想了解贷款额度和需要准备的材料。')
    await page.getByTestId('booking-submit').click()
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}/)
    const bookingId = page.url().match(/bookings\/([0-9a-f-]{36})/)![1]!
    await expect.poll(() => page.getByTestId('booking-status').first().textContent(), { timeout: 10_000 }).toContain('待导师确认')

    // the mentor, in a second browser, accepts the request from their list
    const mentorPage = await (await signedIn(mentor.client)).newPage()
    await mentorPage.goto('/bookings')
    const request = mentorPage.getByTestId('booking-card').filter({ hasText: '创业担保贷款怎么申请' })
    await request.getByTestId('booking-accept').click()
    await expect.poll(() => request.getByTestId('booking-status').textContent(), { timeout: 10_000 }).toContain('已确认')

    // the entrepreneur sees it accepted, and the invite arrived
    await page.reload()
    await expect.poll(() => page.getByTestId('booking-status').first().textContent(), { timeout: 10_000 }).toContain('已确认')
    const mail = await waitForMail(m => m.to.includes(entrepreneur.email) && !!m.calendar && m.calendar.method === 'REQUEST')
    const invite = readInvite(mail.calendar!.content)
    expect(invite.method).toBe('REQUEST')
    expect(invite.uid).toContain(bookingId)
    expect(invite.dtstart.value).toBe(icsLocal(startsAt))

    // cancel: the slot is offered again
    await page.getByTestId('booking-cancel').click()
    await page.getByLabel('取消原因（会告知对方）').fill('时间冲突，改日再约')
    await page.getByTestId('booking-cancel-confirm').click()
    await expect.poll(() => page.getByTestId('booking-status').first().textContent(), { timeout: 10_000 }).toContain('已取消')
    expect((await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe('CANCELLED')
    await page.goto(`/mentors/${mentor.mentorId}`)
    await page.getByTestId(`slot-${startsAt}`).waitFor()
  })
  it('the slot picker is one Tab stop: the arrow keys move through days and times, Space and Enter choose', async () => {
    // three one-hour slots every morning: every day after the first is full
    const mentor = await createMentor({ rules: [1, 2, 3, 4, 5, 6, 7].map(weekday => ({ weekday, startMinute: 9 * 60, endMinute: 12 * 60 })) })
    const entrepreneur = await createUser()
    const page = await (await signedIn(entrepreneur.client)).newPage()
    await page.goto(`/mentors/${mentor.mentorId}`)
    const grid = page.getByRole('grid', { name: '选择时间' })
    const rows = grid.getByRole('row')
    await expect.poll(() => rows.count()).toBe(7)
    const slot = (r: number) => rows.nth(r).locator('.slot')
    await expect.poll(() => slot(0).first().isEnabled()).toBe(true)
    const ids = async (r: number) => slot(r).evaluateAll(els => els.map(e => e.getAttribute('data-testid')!))
    const [day0, day1, day2] = [await ids(0), await ids(1), await ids(2)]
    expect(day1).toHaveLength(3)
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent?.trim())
    const stage = page.getByLabel('需要指导的阶段')
    const stageFocused = () => stage.evaluate(el => el === document.activeElement)
    // each slot's name says its day and its time
    const day1Label = (await rows.nth(1).getByRole('rowheader').textContent())!.trim()
    const literal = day1Label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    expect(await rows.nth(1).getByRole('button', { name: new RegExp(`^${literal} \\d{2}:\\d{2}\\s?–\\d{2}:\\d{2}$`) }).count()).toBe(3)

    // from the form's first field back: "show more dates", then one stop for all the slots (the first), then out
    await stage.focus()
    await page.keyboard.press('Shift+Tab')
    expect(await focused()).toBe('显示更多日期')
    await page.keyboard.press('Shift+Tab')
    expect(await focused()).toBe(day0[0])
    await page.keyboard.press('Shift+Tab')
    expect(await focused()).not.toMatch(/^slot-/)
    // and forward: one Tab into the slots (the first), the next to "show more dates", the next to the form
    await page.keyboard.press('Tab')
    expect(await focused()).toBe(day0[0])
    expect(await grid.locator('.slot[tabindex="0"]').count()).toBe(1)
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('显示更多日期')
    await page.keyboard.press('Tab')
    expect(await stageFocused()).toBe(true)

    // back in: Down to the next day, Right within it, Down again, End and Home within a day, Up
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    expect(await focused()).toBe(day0[0])
    const walk: [string, string][] = [['ArrowDown', day1[0]!], ['ArrowRight', day1[1]!], ['ArrowDown', day2[1]!], ['End', day2[2]!], ['Home', day2[0]!], ['ArrowLeft', day2[0]!], ['ArrowUp', day1[0]!], ['ArrowRight', day1[1]!]]
    for (const [key, expected] of walk) {
      await page.keyboard.press(key)
      expect(await focused(), key).toBe(expected)
    }
    // moving chooses nothing; Space chooses
    expect(await grid.locator('.slot[aria-pressed="true"]').count()).toBe(0)
    await page.keyboard.press('Space')
    await expect.poll(() => page.getByTestId(day1[1]!).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => page.getByTestId('slot-chosen').textContent()).toContain('已选择')
    // Enter chooses the next one instead
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId(day1[2]!).getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByTestId(day1[1]!).getAttribute('aria-pressed')).toBe('false')
    // the chosen slot is the Tab stop, from either side
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await stageFocused()).toBe(true)
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    expect(await focused()).toBe(day1[2])
    expect(await grid.locator('.slot[tabindex="0"]').count()).toBe(1)
    // "show more dates" from the keyboard adds days, still one Tab stop
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => rows.count()).toBe(14)
    expect(await grid.locator('.slot[tabindex="0"]').count()).toBe(1)
    await expectAccessible(page, { label: 'slot picker with a chosen slot' })

    // on a 360 px phone in elder mode the grid fits and the keys work the same
    const phone = await signedInContext(browser, entrepreneur.client, { width: 360 })
    await phone.addCookies([{ name: 'sh_elder', value: '1', url: baseUrl() }])
    const small = await phone.newPage()
    await small.goto(`/mentors/${mentor.mentorId}`)
    const smallGrid = small.getByRole('grid', { name: '选择时间' })
    await expect.poll(() => smallGrid.locator('.slot').first().isEnabled()).toBe(true)
    await smallGrid.locator('.slot[tabindex="0"]').focus()
    await small.keyboard.press('ArrowDown')
    await small.keyboard.press('Space')
    await expect.poll(() => small.getByTestId(day1[0]!).getAttribute('aria-pressed')).toBe('true')
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await expectAccessible(small, { label: 'slot picker, 360 elder' })
    await phone.close()
  })
})
