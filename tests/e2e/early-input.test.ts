import type { Browser, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newContext, ready, signedInContext } from '../support/browser'
import { GOOD_PASSWORD, uniqueEmail } from '../support/http'
import { db } from '../support/db'
import { createUser } from '../support/mentors'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/**
 * Opens a page with its scripts held back, so that it is the server-rendered HTML alone that is
 * filled in, as on a slow phone line; `release` lets the scripts through and waits until the page
 * is interactive.
 */
async function openWithoutScripts(page: Page, path: string): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = []
  let released = false
  const hold = (route: Route) => (released ? route.continue() : void held.push(route))
  await page.route('**/_nuxt/**/*.js', hold)
  await page.goto(path, { waitUntil: 'commit' })
  return {
    release: async () => {
      // nothing ran yet: the page is not interactive, the buttons wait for it
      expect(held.length).toBeGreaterThan(0)
      expect(await page.getByTestId('elder-toggle').isEnabled()).toBe(false)
      released = true
      await Promise.all(held.map(r => r.continue()))
      await ready(page)
    },
  }
}

describe('what is typed before the page is interactive', () => {
  it('is kept by hydration: text, a password and a radio choice, and the form sends them', async () => {
    const page = await (await newContext(browser)).newPage()
    const { release } = await openWithoutScripts(page, '/register')
    const email = uniqueEmail('early')
    await page.getByLabel('姓名或机构名称').fill('早到的陈小满')
    await page.getByLabel('邮箱').fill(email)
    await page.getByLabel('密码', { exact: true }).fill(GOOD_PASSWORD)
    await page.getByLabel('项目提供方').check()
    await release()
    expect(await page.getByLabel('姓名或机构名称').inputValue()).toBe('早到的陈小满')
    expect(await page.getByLabel('邮箱').inputValue()).toBe(email)
    expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe(GOOD_PASSWORD)
    expect(await page.getByLabel('项目提供方').isChecked()).toBe(true)
    // the models took the values: the form is sent with them, not with what hydration rendered
    await page.getByRole('button', { name: '注册' }).click()
    await page.getByRole('heading', { name: '请查收验证邮件' }).waitFor()
    await page.getByText(email).waitFor()
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { roles: true } })
    expect(user.name).toBe('早到的陈小满')
    expect(user.roles.map(r => r.role)).toContain('PROVIDER')
    await page.context().close()
  })

  it('is checked like anything typed later: a wrong email typed early gets its message in English, and nothing typed is lost', async () => {
    const page = await (await newContext(browser)).newPage()
    const { release } = await openWithoutScripts(page, '/en/register')
    await page.getByLabel('Name or organisation').fill('Early Chen')
    await page.getByLabel('Email').fill('not-an-email')
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD)
    await release()
    await page.getByRole('button', { name: 'Register' }).click()
    await page.getByText('Enter a valid email address.').waitFor()
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel('Name or organisation').inputValue()).toBe('Early Chen')
    expect(await page.getByLabel('Email').inputValue()).toBe('not-an-email')
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe(GOOD_PASSWORD)
    await page.context().close()
  })

  it('is kept in selects and a text box as well, and on a page reached with Back', async () => {
    const owner = await createUser({ locale: 'en' })
    const page = await (await signedInContext(browser, owner.client)).newPage()
    // a private page people come to type into at once: rendered whole, not as a shell (shell: false)
    const { release } = await openWithoutScripts(page, '/en/cases/new')
    await page.getByLabel('Your business idea').fill('Night market dumpling stall')
    await page.getByLabel('Industry').selectOption('food-snacks')
    await page.getByLabel('City').selectOption('jilin')
    await page.getByLabel('Individual business').check()
    await release()
    expect(await page.getByLabel('Your business idea').inputValue()).toBe('Night market dumpling stall')
    expect(await page.getByLabel('Industry').inputValue()).toBe('food-snacks')
    expect(await page.getByLabel('City').inputValue()).toBe('jilin')

    // chosen, then away and Back: the browser puts the choice back, and it is what the form sends
    // (the text fields say autocomplete="off", which Chromium does not restore)
    await page.getByLabel('City').selectOption('changchun')
    await page.goto('/en/policies')
    await ready(page)
    await page.goBack()
    await ready(page)
    expect(await page.getByLabel('City').inputValue()).toBe('changchun')
    await page.getByLabel('Your business idea').fill('Night market dumpling stall')
    await page.getByTestId('create-case').click()
    await page.waitForURL(/\/en\/cases\/[0-9a-f-]{36}$/)
    await page.getByRole('heading', { level: 1, name: 'Night market dumpling stall' }).waitFor()
    await page.context().close()
  })

  it('has nothing to be typed on a private page\'s shell before the page is there, and then works as typed', async () => {
    const owner = await createUser({ prefix: 'early-owner' })
    const admin = await createUser({ roles: ['ADMIN'], prefix: 'early-admin' })
    const desk = await (await signedInContext(browser, admin.client)).newPage()
    const opened = await openWithoutScripts(desk, '/admin/users')
    // the shell: the layout and the opening line, no field to type into (so none to lose)
    await desk.getByTestId('page-opening').waitFor()
    expect(await desk.locator('main').getAttribute('aria-busy')).toBe('true')
    expect(await desk.locator('#user-q').count()).toBe(0)
    expect(await desk.getByTestId('header-user').count()).toBe(0)
    await opened.release()
    await expect.poll(() => desk.getByTestId('header-user').textContent()).toContain(admin.name)
    expect(await desk.getByTestId('page-opening').count()).toBe(0)
    await desk.locator('#user-q').fill(owner.email)
    await desk.locator('#user-q').press('Enter')
    await desk.getByRole('row').filter({ hasText: owner.email }).waitFor()
    await expect.poll(() => desk.getByRole('row').count()).toBe(2)
    await desk.context().close()
  })
})
