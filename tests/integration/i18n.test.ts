import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { baseUrl } from '../support/http'

const root = resolve(import.meta.dirname, '../..')
const filesIn = (dir: string, ext: RegExp): string[] => readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? filesIn(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []))

/** A page rendered afresh for this request: a cookie of ours that no page reads skips the page cache. */
async function rendered(path: string) {
  const res = await fetch(`${baseUrl()}${path}`, { headers: { accept: 'text/html', cookie: 'sh_fresh_render=1' } })
  expect(res.status).toBe(200)
  expect(res.headers.get('x-page-cache')).toBeNull()
  return res.text()
}

describe('the pages\' languages (modules/i18n, app/i18n.ts)', () => {
  it('gives each language its own labels when Chinese and English pages render side by side', async () => {
    const year = new Date().getFullYear()
    for (let round = 0; round < 3; round++) {
      const pages = await Promise.all(Array.from({ length: 6 }, (_, i) => rendered(i % 2 ? '/en/login' : '/login')))
      pages.forEach((html, i) => {
        if (i % 2) {
          expect(html).toContain('>Skip to main content<')
          expect(html).toMatch(/>\s*Projects\s*</)
          expect(html).not.toContain('项目库')
          // a message with values is formatted with them, in its own language
          expect(html).toContain(`© ${year} StartHub`)
        }
        else {
          expect(html).toContain('>跳到主要内容<')
          expect(html).toMatch(/>\s*项目库\s*</)
          expect(html).not.toMatch(/>\s*Projects\s*</)
          expect(html).toContain(`© ${year} 创业一站通`)
        }
      })
    }
  })

  it('has the browser fetch the page\'s own language\'s messages beside the scripts: one immutable, compressed file', async () => {
    for (const [path, code, name] of [['/projects', 'zh-CN', '创业一站通'], ['/en/projects', 'en', 'StartHub']] as const) {
      const html = await rendered(path)
      const href = html.match(/<link rel="preload" as="fetch" crossorigin="anonymous" href="([^"]+)">/)?.[1]
      expect(href).toMatch(new RegExp(`^/_i18n/${code}\\.[0-9a-f]{10}\\.json$`))
      // only the page's language
      expect(html.match(/\/_i18n\//g)).toHaveLength(1)
      const res = await fetch(`${baseUrl()}${href}`, { headers: { 'accept-encoding': 'br' } })
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toContain('immutable')
      expect(res.headers.get('content-encoding')).toBe('br')
      const messages = await res.json() as { site: { name: string } }
      expect(messages.site.name).toBe(name)
    }
  })

  it('gives each page its address in the other language, and a plural form by its count', async () => {
    const html = await rendered('/en/policies?tag=x')
    expect(html).toContain('<html  lang="en"')
    expect(html).toContain('hreflang="zh-CN"')
    expect(html).toMatch(/<link id="i18n-can" rel="canonical" href="[^"]*\/en\/policies">/)
    // the language switch leads to the same page in Chinese, its query kept
    expect(html).toContain('<a href="/policies?tag=x" class="tool-link" lang="zh-CN" hreflang="zh-CN" data-testid="language-switch">')
    expect(html).toMatch(/\d+ polic(y|ies)/)
  })

  it('keeps the pages\' messages out of the browser\'s scripts: they come as the language\'s file, fetched', () => {
    // every message of the locale files, except those the shared code also carries in its own
    // tables (shared/i18n: the API's errors, which forms translate in the browser)
    const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : Object.values(o as object).flatMap(strings))
    const messages = new Set(filesIn(join(root, 'i18n/locales'), /\.json$/).flatMap(f => strings(JSON.parse(readFileSync(f, 'utf8')))).filter(m => m.length >= 16))
    const shared = filesIn(join(root, 'shared'), /\.ts$/).map(f => readFileSync(f, 'utf8')).join('\n')
    const own = [...messages].filter(m => !shared.includes(m))
    expect(own.length).toBeGreaterThan(1000)
    const scripts = filesIn(join(root, '.output/public/_nuxt'), /\.js$/)
    expect(scripts.length).toBeGreaterThan(20)
    for (const file of scripts) {
      const js = readFileSync(file, 'utf8')
      expect(own.filter(m => js.includes(m)), file).toEqual([])
    }
  })
})
