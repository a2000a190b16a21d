import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newContext, signedInContext, ready } from '../support/browser'
import { verifiedUser, waitForMail } from '../support/http'
import { grantRole } from '../support/db'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const signedIn = (client: { cookies: Map<string, string> }) => signedInContext(browser, client)

describe('admission review', () => {
  it('a provider submits a project, staff approve it, and it appears in search', async () => {
    const provider = await verifiedUser('PROVIDER')
    const staff = await verifiedUser()
    await grantRole(staff.id, 'STAFF')
    const title = `长春冰雪装备租赁点${Date.now().toString(36).slice(-4)}`

    const p = await (await signedIn(provider.client)).newPage()
    await p.goto('/provider/projects/new')
    await ready(p)
    await p.getByLabel('项目名称').fill(title)
    await p.getByLabel('一句话简介').fill('冬季雪具租赁与保养，投资少、回本快，适合高校毕业生。')
    await p.getByLabel('项目详情（支持 Markdown）').fill('## 项目介绍\n在净月潭附近租赁雪具并提供保养服务。')
    await p.getByLabel('行业类别').selectOption('ice-snow-tourism')
    await p.getByLabel('所在城市').selectOption('changchun')
    await p.getByLabel('最低投资（元）').fill('40000')
    await p.getByLabel('最高投资（元）').fill('60000')
    await p.getByLabel('月运营成本（元）').fill('6000')
    await p.getByLabel('回本周期（月）').fill('8')
    await p.getByLabel('预计带动就业（人）').fill('3')
    // a picture from the phone: uploaded at once, then described for screen readers
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#3a6ea5' } }).jpeg().toBuffer()
    await p.getByLabel('选择图片上传').setInputFiles({ name: '店门口.jpg', mimeType: 'image/jpeg', buffer: photo })
    await p.getByLabel('第 1 张图片的说明').fill('雪具租赁店门口')
    await p.getByRole('button', { name: '保存草稿' }).click()
    await p.getByText('草稿已保存。').waitFor()
    const card = p.getByTestId('provider-project').filter({ hasText: title })
    await card.getByText('草稿').waitFor()
    await card.getByRole('button', { name: '提交评审' }).click()
    await card.getByText('待评审').waitFor()

    // a queue longer than one page, all submitted earlier than this one
    const { createProject, updateProject } = await import('../support/projects')
    const earlier = await Promise.all(Array.from({ length: 21 }, (_, i) => createProject({ title: `较早提交的待审项目${i} ${Date.now().toString(36)}`, status: 'PENDING' })))
    await Promise.all(earlier.map(e => updateProject(e.id, { submittedAt: new Date(Date.now() - 86_400_000) })))

    const s = await (await signedIn(staff.client)).newPage()
    await s.goto('/staff/reviews')
    // oldest first, 20 a page: the newest submission is on the last page
    const summary = await s.getByText(/共 \d+ 个待评审项目/).textContent()
    const last = Number(/\/ (\d+) 页/.exec(summary ?? '')?.[1] ?? 1)
    expect(last).toBeGreaterThan(1)
    await s.getByRole('navigation', { name: '评审队列分页' }).getByRole('link', { name: '下一页' }).waitFor()
    await s.goto(`/staff/reviews?page=${last}`)
    const item = s.getByTestId('review-item').filter({ hasText: title })
    await item.getByLabel('评审意见（不通过时必填）').fill('材料完整，同意入库')
    await item.getByRole('button', { name: '通过入库' }).click()
    await s.getByText(`已处理：${title}`).waitFor()

    await waitForMail(m => m.to.includes(provider.email) && m.subject.includes(title))

    // the query in the URL, so every reload searches again (typing before a reload could lose
    // the words to the debounce, and then the reload would show the unfiltered list)
    const v = await (await newContext(browser)).newPage()
    await v.goto(`/projects?q=${encodeURIComponent(title)}`)
    await expect.poll(() => v.getByLabel('搜索项目', { exact: true }).inputValue()).toBe(title)
    await expect.poll(async () => {
      await v.reload()
      return v.getByTestId('project-card').filter({ hasText: title }).count()
    }, { timeout: 15_000 }).toBe(1)
    // the project page shows the picture with its description
    await v.getByTestId('project-card').filter({ hasText: title }).getByRole('link', { name: title }).click()
    const picture = v.getByRole('img', { name: '雪具租赁店门口' })
    await picture.waitFor()
    await expect.poll(() => picture.evaluate(el => (el as HTMLImageElement).naturalWidth), { timeout: 10_000 }).toBe(1200)
  })

  it('project pictures: at most six, and moving or removing one keeps the keyboard focus', async () => {
    const provider = await verifiedUser('PROVIDER')
    const p = await (await signedIn(provider.client)).newPage()
    await p.goto('/provider/projects/new')
    const files = await Promise.all(Array.from({ length: 7 }, async (_, i) => ({
      name: `图${i + 1}.png`, mimeType: 'image/png', buffer: await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 30 * i, g: 90, b: 120 } } }).png().toBuffer(),
    })))
    // seven chosen at once (once the page is interactive: the field is disabled until then):
    // six are uploaded, the seventh is refused with the reason
    const input = p.getByLabel('选择图片上传')
    await expect.poll(() => input.isEnabled(), { timeout: 15_000 }).toBe(true)
    await input.setInputFiles(files)
    await p.getByText('最多只能上传 6 张图片。').waitFor()
    await expect.poll(() => p.locator('.image-item').count(), { timeout: 20_000 }).toBe(6)
    await p.getByText('已达到 6 张的上限').waitFor()
    expect(await p.getByLabel('选择图片上传').isDisabled()).toBe(true)

    // keyboard: moving a picture to the end keeps focus on that picture's other move button
    await p.getByRole('button', { name: '把第 5 张图片后移' }).focus()
    await p.keyboard.press('Enter')
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('image-up-5')
    // removing the last picture moves focus to the one before it
    await p.getByRole('button', { name: '移除第 6 张图片' }).focus()
    await p.keyboard.press('Enter')
    await expect.poll(() => p.locator('.image-item').count()).toBe(5)
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('image-remove-4')
  })

  it('a mentor evaluates a published project on its page', async () => {
    const mentor = await verifiedUser()
    await grantRole(mentor.id, 'MENTOR')
    const { createProject } = await import('../support/projects')
    const project = await createProject({ title: `松原查干湖冬捕体验游${Date.now().toString(36).slice(-4)}`, city: 'songyuan', category: 'ice-snow-tourism' })
    const page = await (await signedIn(mentor.client)).newPage()
    await page.goto(`/projects/${project.slug}`)
    await ready(page)
    await page.getByRole('heading', { name: '我的评估' }).waitFor()
    await page.getByLabel('市场前景').selectOption('5')
    await page.getByLabel('评语').fill('季节性强但特色鲜明，建议与民宿联合经营。')
    await page.getByRole('button', { name: '保存评估' }).click()
    await page.getByText('评估已保存。').waitFor()
    await page.getByTestId('evaluation').getByText('季节性强但特色鲜明').waitFor()
  })
})
