import { describe, expect, it } from 'vitest'
import { baseUrl } from '../support/http'

/** A page rendered afresh for this request: a cookie of ours that no page reads skips the page cache. */
async function rendered(path: string) {
  const res = await fetch(`${baseUrl()}${path}`, { headers: { accept: 'text/html', cookie: 'sh_fresh_render=1' } })
  expect(res.status).toBe(200)
  expect(res.headers.get('x-page-cache')).toBeNull()
  return res.text()
}

describe('messages kept per process and language on the server (plugins/i18n-memo.server.ts)', () => {
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
})
