import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, signedInContext, ready } from '../support/browser'
import { verifiedUser, waitForMail } from '../support/http'
import { db } from '../support/db'
import { createProject } from '../support/projects'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const signedIn = (client: { cookies: Map<string, string> }) => signedInContext(browser, client)

describe('saving, comparing and asking', () => {
  it('an entrepreneur saves a project, compares two, and sends an enquiry the provider sees', async () => {
    const tag = Date.now().toString(36).slice(-4)
    const provider = await verifiedUser('PROVIDER')
    const first = await createProject({ title: `吉林市雾凇旅拍工作室${tag}`, city: 'jilin', investmentMin: 50_000, investmentMax: 80_000 })
    const second = await createProject({ title: `吉林市冰雪乐园服务站${tag}`, city: 'jilin', investmentMin: 120_000, investmentMax: 150_000, riskLevel: 'MEDIUM' })
    await db.project.updateMany({ where: { id: { in: [first.id, second.id] } }, data: { providerId: provider.id } })
    const entrepreneur = await verifiedUser()

    const page = await (await signedIn(entrepreneur.client)).newPage()
    await page.goto(`/projects/${first.slug}`)
    const save = page.getByTestId('save-project')
    await save.click()
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true')
    await page.getByTestId('compare-project').click()
    await page.goto(`/projects/${second.slug}`)
    await page.getByTestId('compare-project').click()
    await page.getByRole('link', { name: '对比 2 个项目' }).click()
    const table = page.getByTestId('compare-table')
    await table.getByRole('columnheader', { name: new RegExp(`雾凇旅拍工作室${tag}`) }).waitFor()
    await table.getByRole('columnheader', { name: new RegExp(`冰雪乐园服务站${tag}`) }).waitFor()
    await table.getByText('中风险').waitFor()

    await page.goto('/saved')
    await page.getByRole('link', { name: `吉林市雾凇旅拍工作室${tag}` }).waitFor()

    await page.goto(`/projects/${first.slug}`)
    await ready(page)
    await page.getByLabel('您的问题').fill('冬季旺季需要几名摄影师？')
    await page.getByRole('button', { name: '发送咨询' }).click()
    await page.getByText('咨询已发送').waitFor()
    await waitForMail(m => m.to.includes(provider.email) && m.text.includes('冬季旺季需要几名摄影师？'))

    const providerPage = await (await signedIn(provider.client)).newPage()
    await providerPage.goto('/enquiries')
    const thread = providerPage.getByTestId('enquiry-thread').filter({ hasText: `雾凇旅拍工作室${tag}` })
    await thread.getByText('冬季旺季需要几名摄影师？').waitFor()
    await thread.getByLabel('回复内容').fill('旺季两名即可。')
    await thread.getByRole('button', { name: '发送' }).click()
    await thread.getByText('旺季两名即可。').waitFor()

    await page.goto('/enquiries')
    await page.getByTestId('enquiry-thread').getByText('旺季两名即可。').waitFor()
  })
})
