import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { expect } from 'vitest'
import { baseUrl } from './http'
import { pageOpened } from './a11y'

/**
 * Content-Security-Policy violations seen on any page: a page whose own script or style the
 * policy blocks is broken for real visitors, so every browser test run fails on one (when the
 * browser is closed).
 */
const violations: string[] = []

/** Debian's Chromium, headless, with the flags this network-less machine needs. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  })
  const close = browser.close.bind(browser)
  browser.close = async (...args: Parameters<Browser['close']>) => {
    await close(...args)
    if (violations.length) throw new Error(`Content-Security-Policy violations:\n${[...new Set(violations)].join('\n')}`)
  }
  return browser
}

export async function newContext(browser: Browser, opts: { width?: number } = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({ baseURL: baseUrl(), viewport: { width: opts.width ?? 1280, height: 900 }, locale: 'zh-CN' })
  ctx.setDefaultTimeout(15_000)
  ctx.on('page', (page) => {
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`)
    })
  })
  return ctx
}

/** A browser context signed in as an API client's session (its cookies). */
export async function signedInContext(browser: Browser, client: { cookies: Map<string, string> }, opts: { width?: number } = {}): Promise<BrowserContext> {
  const ctx = await newContext(browser, opts)
  await ctx.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: baseUrl() })))
  return ctx
}

/**
 * Waits until the page is interactive (a button, by default the header's elder-mode one, is
 * enabled after hydration) and, for a private page's shell, rendered. What is typed before is kept (tests/e2e/early-input.test.ts), but a
 * test that types and then acts at once runs against the page as people mostly meet it.
 */
export async function ready(page: Page, testid = 'elder-toggle'): Promise<void> {
  await expect.poll(() => page.getByTestId(testid).isEnabled(), { timeout: 15_000 }).toBe(true)
  await pageOpened(page)
}
