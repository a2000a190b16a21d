import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

/**
 * axe-core in the page (WCAG 2.1 A and AA rules, best practices): a browser test calls
 * `expectAccessible(page)` on every page state it visits and fails with each violation's rule,
 * impact and the elements it found. The page's CSP nonce is not needed: the script is added
 * through the DevTools protocol, not the page.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeResult { violations: { id: string, impact: string | null, help: string, nodes: { target: string[], failureSummary?: string }[] }[] }

/**
 * A private page opened by its address is first a shell that renders the page in the browser
 * (composables/usePageShell.ts; its main element is aria-busy meanwhile): the page is checked
 * once it is there.
 */
export async function pageOpened(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('main[aria-busy="true"]'), null, { timeout: 15_000 })
}

export async function axeViolations(page: Page, opts: { exclude?: string[] } = {}): Promise<AxeResult['violations']> {
  await pageOpened(page)
  await page.evaluate(axeSource)
  const result = await page.evaluate(async (exclude: string[]) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe
    return axe.run({ exclude: exclude.map(s => [s]) }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })
  }, opts.exclude ?? [])
  return result.violations
}

/** Fails with a readable list when axe finds anything on the page as it is now. */
export async function expectAccessible(page: Page, opts: { exclude?: string[], label?: string } = {}): Promise<void> {
  const violations = await axeViolations(page, opts)
  if (!violations.length) return
  const lines = violations.map(v => `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.slice(0, 5).map(n => `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`).join('\n')}`)
  throw new Error(`axe-core found ${violations.length} accessibility problem(s) on ${opts.label ?? page.url()}:\n${lines.join('\n')}`)
}
