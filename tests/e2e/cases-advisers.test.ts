import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseView } from '#shared/types/case'
import { expectAccessible } from '../support/a11y'
import { launchBrowser, signedInContext } from '../support/browser'
import { createMentor, createUser, token } from '../support/mentors'

/**
 * A case's adviser, as people choose one: an entrepreneur invites a mentor from the mentor's page;
 * staff assign one on the case page. (Inviting from the case page and accepting are in cases.test.ts.)
 */
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const ideaCase = (title: string, city = 'changchun') => ({ idea: { title, category: 'food-snacks', city }, legalForm: 'INDIVIDUAL_BUSINESS' })

describe('inviting a mentor as adviser from the mentor\'s page', () => {
  it('a signed-in entrepreneur with an open case invites a mentor who takes on cases; the mentor sees the invitation; not offered for a mentor who does not', async () => {
    const tag = token().slice(0, 5)
    const mentor = await createMentor({ displayName: `顾问导师${tag}` })
    const busy = await createMentor({ displayName: `不带档案导师${tag}` })
    // the second mentor turns "take on cases as an adviser" off on the desk
    const desk = await (await signedInContext(browser, busy.client)).newPage()
    await desk.goto('/mentor/availability')
    const takes = desk.getByRole('switch', { name: '接受担任创业顾问' })
    expect(await takes.isChecked()).toBe(true)
    await expect.poll(async () => {
      await takes.uncheck()
      return takes.isChecked()
    }).toBe(false)
    await desk.getByRole('button', { name: '保存可预约时间' }).click()
    await desk.getByText('可预约时间已保存。').waitFor()
    await desk.reload()
    expect(await desk.getByRole('switch', { name: '接受担任创业顾问' }).isChecked()).toBe(false)

    const owner = await createUser()
    const title = `社区烘焙坊${tag}`
    const created = await owner.client.post<{ id: string }>('/api/cases', ideaCase(title))
    const caseId = created.body.id
    const page = await (await signedInContext(browser, owner.client)).newPage()

    await page.goto(`/mentors/${mentor.mentorId}`)
    const card = page.getByTestId('invite-adviser')
    await card.getByText(`顾问可以阅读您的档案“${title}”`, { exact: false }).waitFor()
    await expectAccessible(page)
    await card.getByRole('button', { name: `邀请顾问导师${tag}担任顾问` }).click()
    await card.getByTestId('invite-adviser-status').getByText(`已邀请顾问导师${tag}担任顾问`, { exact: false }).waitFor()
    await expect.poll(() => card.getByRole('button', { name: /邀请.*担任顾问/ }).count()).toBe(0)
    // coming back: it says the invitation waits
    await page.reload()
    await card.getByText(`您已邀请这位导师担任档案“${title}”的顾问`, { exact: false }).waitFor()

    // the case page says so too, and the mentor has the invitation
    await page.goto(`/cases/${caseId}`)
    await page.getByTestId('adviser').getByText(`已邀请 顾问导师${tag}，等待对方答复。`).waitFor()
    const invited = await mentor.client.get<CaseView>(`/api/cases/${caseId}`)
    expect(invited.body.role).toBe('invited')

    // a mentor who does not take on cases is not offered, and the API refuses it
    await page.goto(`/mentors/${busy.mentorId}`)
    await page.getByRole('heading', { level: 1, name: `不带档案导师${tag}` }).waitFor()
    expect(await page.getByTestId('invite-adviser').count()).toBe(0)
    const refused = await owner.client.post<{ code: string }>(`/api/cases/${caseId}/adviser`, { mentorId: busy.mentorId })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('adviser_not_accepting')

    // without an open case, or signed out, there is nothing to invite to
    const stranger = await (await signedInContext(browser, (await createUser()).client)).newPage()
    await stranger.goto(`/mentors/${mentor.mentorId}`)
    await stranger.getByRole('heading', { level: 1, name: `顾问导师${tag}` }).waitFor()
    expect(await stranger.getByTestId('invite-adviser').count()).toBe(0)
  })
})

describe('staff assign an adviser', () => {
  it('on the case page, staff of the city choose a mentor from the directory; the case shows the adviser, the staff list too', async () => {
    const tag = token().slice(0, 5)
    // a city with few mentors, so the directory's first page holds this one
    const mentor = await createMentor({ displayName: `白城导师${tag}`, city: 'baicheng', stages: ['PLAN'] })
    const owner = await createUser()
    const title = `白城农家乐${tag}`
    const caseId = (await owner.client.post<{ id: string }>('/api/cases', ideaCase(title, 'baicheng'))).body.id
    const staff = await createUser({ roles: ['STAFF'], prefix: 'staff' })
    const page = await (await signedInContext(browser, staff.client)).newPage()

    const choice = page.getByLabel('选择导师')
    const option = `白城导师${tag} · 创业导师`
    // the directory has the new mentor once the search index does
    await expect.poll(async () => {
      await page.goto(`/cases/${caseId}`)
      await choice.waitFor()
      return choice.locator('option', { hasText: option }).count()
    }, { timeout: 30_000 }).toBe(1)
    await expectAccessible(page)
    // nothing chosen: the rule is named next to the field
    await expect.poll(() => page.getByRole('button', { name: '指派顾问' }).isEnabled()).toBe(true)
    await page.getByRole('button', { name: '指派顾问' }).click()
    await page.getByText('请先选择一位导师。').waitFor()
    await choice.selectOption({ label: option })
    await page.getByRole('button', { name: '指派顾问' }).click()
    await page.getByText('已指定创业顾问。').waitFor()
    await page.getByTestId('adviser').getByText(`您的创业顾问：白城导师${tag}`).waitFor()
    await page.getByTestId('timeline').getByText('指派了创业顾问', { exact: false }).waitFor()

    // the mentor is the adviser at once (no invitation), and the owner sees it
    expect((await mentor.client.get<CaseView>(`/api/cases/${caseId}`)).body.role).toBe('adviser')
    expect((await owner.client.get<CaseView>(`/api/cases/${caseId}`)).body.adviser).toMatchObject({ mentorId: mentor.mentorId })
    // and /staff/cases lists the case with its adviser
    await page.goto('/staff/cases?city=baicheng')
    await page.getByTestId('staff-case').filter({ hasText: title }).getByText(`白城导师${tag}`).waitFor()
  })
})
