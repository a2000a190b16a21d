import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newContext } from '../support/browser'
import { expectAccessible } from '../support/a11y'
import { linkFrom, uniqueEmail, waitForMail } from '../support/http'
import { db } from '../support/db'
import { confirmedOn, runDigestJob } from '../support/release'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('information release in Chromium', () => {
  it('subscribe to a city\'s policies from its list at 360 px, confirm, receive the digest, unsubscribe from the mail\'s link', async () => {
    const email = uniqueEmail('e2e-digest')
    const page = await (await newContext(browser, { width: 360 })).newPage()
    await page.goto('/policies?city=jiutai')
    await page.getByRole('link', { name: '订阅此列表的更新' }).click()
    await page.waitForURL(/\/subscribe\?/)
    await page.getByRole('heading', { name: '订阅信息摘要' }).waitFor()
    expect(await page.getByLabel('政策', { exact: true }).isChecked()).toBe(true)
    expect(await page.getByLabel('九台（长春）').isChecked()).toBe(true)
    await expectAccessible(page, { label: '/subscribe at 360 px' })

    // the form says what is missing, next to the field
    await page.getByTestId('subscribe-submit').click()
    await page.locator('#subscribe-email[aria-invalid="true"]').waitFor()
    await page.getByLabel('邮箱').fill(email)
    await page.getByTestId('subscribe-submit').click()
    await page.getByText('确认邮件已发送').waitFor()
    expect((await db.subscription.findFirstOrThrow({ where: { email } })).status).toBe('PENDING')

    // double opt-in: the confirmation mail's link
    const confirm = await waitForMail(m => m.to.includes(email) && m.subject.includes('请确认您的订阅'))
    await page.goto(linkFrom(confirm, '/subscriptions/confirm?token='))
    await page.getByText('订阅已确认').waitFor()
    await page.getByRole('link', { name: '调整订阅内容' }).click()
    await page.getByRole('heading', { name: '订阅设置' }).waitFor()
    expect(await page.getByLabel('九台（长春）').isChecked()).toBe(true)
    await expectAccessible(page, { label: 'preferences at 360 px' })

    // the weekly digest (the real job on the queue) over the week the Jiutai policy took effect
    await confirmedOn(email, new Date('2026-09-20T00:00:00+08:00'))
    await runDigestJob(new Date('2026-10-15T00:00:00Z'))
    const digest = await waitForMail(m => m.to.includes(email) && m.subject.includes('每周信息摘要'))
    expect(digest.text).toContain('/policies/jiutai-rural-ecommerce-training')
    expect(digest.headers?.['list-unsubscribe']).toMatch(/\/unsubscribe\?token=/)

    // the mail's unsubscribe link: opening it changes nothing, the button ends it
    await page.goto(linkFrom(digest, '/unsubscribe?token='))
    await page.getByRole('heading', { name: '退订信息摘要' }).waitFor()
    await expectAccessible(page, { label: '/unsubscribe at 360 px' })
    expect((await db.subscription.findFirstOrThrow({ where: { email } })).status).toBe('ACTIVE')
    await page.getByTestId('unsubscribe-confirm').click()
    await page.getByText('您已退订，不会再收到摘要邮件。').waitFor()
    expect((await db.subscription.findFirstOrThrow({ where: { email } })).status).toBe('ENDED')
  })

  it('in English: subscribe with the keyboard, change the topics on the preferences page, unsubscribe there; the home page offers the digest', async () => {
    const email = uniqueEmail('e2e-en')
    const page = await (await newContext(browser)).newPage()
    await page.goto('/en')
    await page.getByRole('heading', { name: 'Upcoming trainings' }).waitFor()
    await page.getByRole('heading', { name: 'Upcoming events' }).waitFor()
    await expectAccessible(page, { label: '/en home' })
    await page.getByRole('link', { name: 'Subscribe to the digest' }).click()
    await page.getByRole('heading', { name: 'Subscribe to the digest' }).waitFor()
    await page.getByLabel('Email', { exact: true }).fill(email)
    await page.getByLabel('Trainings', { exact: true }).focus()
    await page.keyboard.press('Space')
    expect(await page.getByLabel('Trainings', { exact: true }).isChecked()).toBe(true)
    await page.getByTestId('subscribe-submit').focus()
    await page.keyboard.press('Enter')
    await page.getByText('We sent you a confirmation mail').waitFor()

    const confirm = await waitForMail(m => m.to.includes(email) && m.subject.includes('Please confirm your subscription'))
    expect(linkFrom(confirm, '/subscriptions/confirm?token=')).toContain('/en/subscriptions/confirm')
    await page.goto(linkFrom(confirm, '/subscriptions/confirm?token='))
    await page.getByRole('link', { name: 'Adjust the subscription' }).click()
    await page.getByRole('heading', { name: 'Subscription settings' }).waitFor()
    await page.getByLabel('Events', { exact: true }).check()
    await page.getByLabel('Policies', { exact: true }).uncheck()
    await page.getByTestId('preferences-save').click()
    await page.getByText('Your settings are saved.').waitFor()
    const row = await db.subscription.findFirstOrThrow({ where: { email } })
    expect(row.topics.sort()).toEqual(['events', 'trainings'])
    expect(row.locale).toBe('en')
    await expectAccessible(page, { label: 'preferences (en)' })
    await page.getByTestId('preferences-unsubscribe').click()
    await page.getByText('You are unsubscribed and will receive no more digests.').waitFor()
    expect((await db.subscription.findFirstOrThrow({ where: { email } })).status).toBe('ENDED')
  })
})
