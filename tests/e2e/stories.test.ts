import sharp from 'sharp'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseCreated } from '#shared/types/case'
import { addDays, addMonths, zonedDate } from '#shared/utils/zoned-time'
import { launchBrowser, newContext, signedInContext, ready } from '../support/browser'
import { expectAccessible } from '../support/a11y'
import { waitForMail } from '../support/http'
import { createUser, token } from '../support/mentors'
import { db } from '../support/db'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('success stories in Chromium', () => {
  it('write a story with a picture and the figures of one\'s case, staff approve it, it is listed with the verified badge; read in English', async () => {
    const author = await createUser({ prefix: 'e2e-story' })
    const staff = await createUser({ roles: ['STAFF'], prefix: 'e2e-story-staff' })
    await db.user.update({ where: { id: staff.id }, data: { city: { connect: { code: 'changchun' } } } })
    const c = await author.client.post<CaseCreated>('/api/cases', { idea: { title: `社区面馆 ${token()}`, category: 'food-snacks', city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })
    const openedOn = addMonths(addDays(zonedDate(new Date()), -3), -14)
    expect((await author.client.post(`/api/cases/${c.body.id}/opening`, { openedOn, legalForm: 'INDIVIDUAL_BUSINESS', employees: 4 })).status).toBe(200)
    const title = `十四个月，一家面馆 ${token()}`

    const page = await (await signedInContext(browser, author.client)).newPage()
    await page.goto('/stories')
    await page.getByRole('link', { name: '写我的创业故事' }).click()
    await page.getByRole('heading', { name: '写创业故事' }).waitFor()
    // the rules are named next to the fields, and nothing typed is lost
    await page.getByLabel('标题').fill('短')
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.getByText('至少 4 个字').first().waitFor()
    await page.getByLabel('标题').fill(title)
    await page.getByLabel('一句话简介').fill('从一间小门面开始，靠回头客撑过了第一个冬天。')
    await page.getByLabel('正文').fill('## 开店\n\n我用了三个月准备，跟着创业指导员做了计划书，算清了每个月要卖多少碗面才能保本。开业后最难的是冬天，客流少了一半。')
    await page.getByLabel('城市').selectOption('changchun')
    await page.getByLabel('行业').selectOption('food-snacks')
    await page.getByLabel('我的创业服务档案（可选）').selectOption(c.body.id)
    await page.locator('#figures-employees').check()
    await page.locator('#figures-monthsTrading').check()
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 180, g: 80, b: 30 } } }).jpeg().toBuffer()
    await page.locator('#image-files').setInputFiles({ name: 'shop.jpg', mimeType: 'image/jpeg', buffer: jpeg })
    await page.locator('#image-alt-0').waitFor()
    await page.getByRole('button', { name: '保存草稿' }).click()
    // a picture needs its text for screen readers
    await page.locator('#image-alt-0-error').waitFor()
    await page.locator('#image-alt-0').fill('面馆的门面和招牌')
    await expectAccessible(page, { label: 'story form' })
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.getByRole('heading', { name: title }).waitFor()
    await page.getByTestId('story-status').getByText('草稿').waitFor()
    await page.getByTestId('story-submit').click()
    await page.getByText('已提交审核').waitFor()
    await expectAccessible(page, { label: 'story page (author)' })

    // staff of the city open it from their queue and publish it
    const desk = await (await signedInContext(browser, staff.client)).newPage()
    await desk.goto('/staff/stories')
    await desk.getByRole('link', { name: title }).click()
    await desk.getByTestId('story-approve').click()
    await desk.getByText('已发布。').waitFor()
    await waitForMail(m => m.to.includes(author.email) && m.subject.includes('已发布'))

    // anyone finds it among the stories with recorded figures, with the badge and the figures
    const visitor = await (await newContext(browser, { width: 360 })).newPage()
    await expect.poll(async () => (await author.client.get<{ items: { title: string }[] }>('/api/stories?verified=true')).body.items.some(s => s.title === title), { timeout: 20_000, interval: 300 }).toBe(true)
    await visitor.goto('/stories')
    await ready(visitor)
    await visitor.getByTestId('facet-verified').check()
    await visitor.waitForURL(/verified=true/)
    const card = visitor.getByTestId('story-card').filter({ hasText: title })
    await card.getByTestId('verified-badge').waitFor()
    await expectAccessible(visitor, { label: '/stories at 360 px' })
    await card.getByRole('link', { name: title }).click()
    await visitor.getByTestId('story-outcomes').waitFor()
    await visitor.getByTestId('outcome-employees').getByText('4 人').waitFor()
    await visitor.getByText('14 个月').waitFor()
    await visitor.getByRole('img', { name: '面馆的门面和招牌' }).waitFor()
    await expectAccessible(visitor, { label: 'story page at 360 px' })

    // in English
    await visitor.goto(visitor.url().replace('/stories/', '/en/stories/'))
    await visitor.getByRole('heading', { name: 'Figures StartHub recorded' }).waitFor()
    await visitor.getByText('14 months').waitFor()
    await expectAccessible(visitor, { label: 'story page in English' })
  })
})
