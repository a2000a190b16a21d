import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GOOD_PASSWORD, linkFrom, uniqueEmail, waitForMail } from '../support/http'
import { launchBrowser, newContext, ready } from '../support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('an entrepreneur registers, verifies the email and signs in', () => {
  it('register → mail → link → sign in → name in the header → sign out', async () => {
    const ctx = await newContext(browser)
    const page = await ctx.newPage()
    const email = uniqueEmail('e2e')
    await page.goto('/')
    await page.getByRole('link', { name: '注册' }).first().click()
    await page.getByRole('heading', { name: '注册账户' }).waitFor()
    await page.getByLabel('姓名或机构名称').fill('陈小满')
    await page.getByLabel('邮箱').fill(email)
    await page.getByLabel('密码', { exact: true }).fill(GOOD_PASSWORD)
    await page.getByLabel('创业者').check()
    await page.getByRole('button', { name: '注册' }).click()
    await page.getByRole('heading', { name: '请查收验证邮件' }).waitFor()
    await page.getByText(email).waitFor()

    const mail = await waitForMail(m => m.to.includes(email))
    await page.goto(linkFrom(mail, '/verify-email?token='))
    await page.getByText('邮箱已验证，现在可以登录了。').waitFor()
    await page.getByRole('link', { name: '去登录' }).click()

    await page.getByLabel('邮箱').fill(email)
    await page.getByLabel('密码', { exact: true }).fill(GOOD_PASSWORD)
    await page.getByRole('button', { name: '登录' }).click()
    const header = page.getByTestId('header-user')
    await header.waitFor()
    expect(await header.textContent()).toContain('陈小满')

    await page.getByRole('button', { name: '退出登录' }).click()
    await page.getByText('您已退出登录。').waitFor()
    expect(await page.getByTestId('header-user').count()).toBe(0)
    // signed out on the server too: the account page sends us to sign in
    await page.goto('/account')
    await page.getByRole('heading', { name: '登录' }).waitFor()
    await ctx.close()
  })

  it('shows a translated error for a wrong password, in Chinese and in English', async () => {
    const ctx = await newContext(browser)
    const page = await ctx.newPage()
    await page.goto('/login')
    await ready(page)
    await page.getByLabel('邮箱').fill(uniqueEmail('wrong'))
    await page.getByLabel('密码', { exact: true }).fill('Not-the-password-1')
    await page.getByRole('button', { name: '登录' }).click()
    await page.getByRole('alert').filter({ hasText: '邮箱或密码不正确。' }).waitFor()

    await page.goto('/en/login')
    await ready(page)
    await page.getByLabel('Email').fill(uniqueEmail('wrong'))
    await page.getByLabel('Password', { exact: true }).fill('Not-the-password-1')
    await page.getByRole('button', { name: 'Sign in' }).last().click()
    await page.getByRole('alert').filter({ hasText: 'The email or password is incorrect.' }).waitFor()
    await ctx.close()
  })

  it('checks the form in the browser before sending it', async () => {
    const ctx = await newContext(browser)
    const page = await ctx.newPage()
    await page.goto('/register')
    await ready(page)
    await page.getByLabel('邮箱').fill('not-an-email')
    await page.getByLabel('密码', { exact: true }).fill('12345678')
    await page.getByRole('button', { name: '注册' }).click()
    await page.getByText('请输入有效的邮箱地址。').waitFor()
    await page.getByText('这个密码太常见了，请换一个更难猜的密码。').waitFor()
    expect(await page.getByLabel('邮箱').getAttribute('aria-invalid')).toBe('true')
    // keyboard and screen-reader users land on the first problem
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('name')
    await ctx.close()
  })
})
