import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newContext, signedInContext } from './browser'
import { axeViolations } from './a11y'
import { baseUrl } from './http'
import { createMentor, createUser, token } from './mentors'
import type { TestUser } from './mentors'
import { createProject } from './projects'
import { createSession } from './trainings'
import { advance, createRound } from './awards'
import { db } from './db'

/**
 * axe-core on every page (issue 10 §4): each public page and each signed-in page, in Chinese and
 * English, at 1280 px and on a 360 px phone in elder mode — zero violations of any impact. All
 * pages are visited and every problem is reported at once. A new page joins these lists.
 */
export interface Pass { name: string, locale: 'zh' | 'en', width: number, elder: boolean }
/** the four ways every page is checked: each is a test file of its own (tests/e2e/a11y-*.test.ts), so the browser workers share them out */
export const PASSES = {
  zh: { name: 'zh 1280', locale: 'zh', width: 1280, elder: false },
  en: { name: 'en 1280', locale: 'en', width: 1280, elder: false },
  zhElder: { name: 'zh 360 elder', locale: 'zh', width: 360, elder: true },
  enElder: { name: 'en 360 elder', locale: 'en', width: 360, elder: true },
} satisfies Record<string, Pass>

let browser: Browser

async function sweep(contextFor: (width: number) => Promise<BrowserContext>, paths: string[], passes: Pass[]): Promise<string[]> {
  const problems: string[] = []
  for (const pass of passes) {
    const ctx = await contextFor(pass.width)
    await ctx.addCookies([{ name: 'sh_elder', value: pass.elder ? '1' : '0', url: baseUrl() }])
    const page = await ctx.newPage()
    for (const path of paths) {
      const url = pass.locale === 'en' ? `/en${path === '/' ? '' : path}` : path
      const res = await page.goto(url)
      if (!res || res.status() >= 400) {
        problems.push(`${pass.name} ${url}: HTTP ${res?.status()}`)
        continue
      }
      if (pass.width === 360) {
        const wide = await page.evaluate(() => document.documentElement.scrollWidth)
        if (wide > 360) problems.push(`${pass.name} ${url}: ${wide} px wide (sideways scrolling)`)
      }
      for (const v of await axeViolations(page)) {
        problems.push(`${pass.name} ${url}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
      }
    }
    await ctx.close()
  }
  return problems
}

let publicPaths: string[] = []
let person: TestUser
let staff: TestUser
let admin: TestUser
/** an entrepreneur with an open case, on a mentor's page: the invitation to advise */
let seeker: TestUser
let seekerPaths: string[] = []
const MINE = ['/account', '/cases', '/cases/new', '/bookings', '/saved', '/enquiries', '/match', '/stories/mine', '/stories/new', '/awards/reviews', '/loans/apply']
const ADMIN = ['/admin/users', '/admin/organisations', '/admin/loan-rules']
const DESK = ['/staff/reviews', '/staff/mentors', '/staff/matches', '/staff/bookings', '/staff/cases', '/staff/loans', '/staff/loans/subsidies', '/staff/trainings', '/staff/trainings/new', '/staff/trainings/subsidies', '/staff/stories', '/staff/awards']

/** Every public and signed-in page in one pass (language, width, elder mode): zero axe violations, no sideways scrolling. */
export function describeAccessibility(pass: Pass) {
  describe(`accessibility of every page, ${pass.name}`, () => {
    beforeAll(async () => {
      browser = await launchBrowser()
      const project = await createProject({ title: `无障碍检查项目 ${token()}` })
      const mentor = await createMentor({ displayName: `无障碍导师${token()}` })
      const session = await createSession({ lessons: 2 })
      const event = await createSession({ kind: 'EVENT', lessons: 1 })
      const round = await createRound()
      await advance(round)
      const author = await createUser({ prefix: 'a11y-author' })
      staff = await createUser({ roles: ['STAFF'], prefix: 'a11y-staff' })
      await db.user.update({ where: { id: staff.id }, data: { city: { connect: { code: 'changchun' } } } })
      person = await createUser({ prefix: 'a11y-person' })
      admin = await createUser({ roles: ['ADMIN'], prefix: 'a11y-admin' })
      seeker = await createUser({ prefix: 'a11y-seeker' })
      expect((await seeker.client.post('/api/cases', { idea: { title: `无障碍检查档案 ${token()}`, category: 'food-snacks', city: 'changchun' }, legalForm: 'INDIVIDUAL_BUSINESS' })).status).toBe(201)
      seekerPaths = [`/mentors/${mentor.mentorId}`]
      const { body: story } = await author.client.post<{ id: string, slug: string }>('/api/stories', {
        title: `无障碍检查故事 ${token()}`, summary: '一家社区早餐店的创业故事。', body: '正文内容'.repeat(20), cityCode: 'changchun', categoryCode: 'food-snacks',
      })
      await author.client.post(`/api/stories/${story.id}/submit`)
      expect((await staff.client.post(`/api/stories/${story.id}/review`, { decision: 'approve' })).status).toBe(200)
      publicPaths = [
        '/', '/projects', `/projects/${project.slug}`, '/projects/compare', '/mentors', `/mentors/${mentor.mentorId}`, '/services',
        '/trainings', `/trainings/${session.id}`, '/events', `/events/${event.id}`, '/loans',
        '/policies', '/policies/baicheng-home-based-business-premises', '/guides', '/guides/guaranteed-loan-application', '/news', '/news/jilin-incubation-base-adds-free-desks',
        '/stories', `/stories/${story.slug}`, '/awards', `/awards/${round.id}`, '/subscribe', '/search?q=%E5%A5%B6%E8%8C%B6',
        '/login', '/register', '/forgot-password',
      ]
    }, 120_000)
    afterAll(async () => {
      await browser?.close()
    })

    it(`public pages, ${pass.name}: zero axe violations, no sideways scrolling`, async () => {
      const problems = await sweep(width => newContext(browser, { width }), publicPaths, [pass])
      expect(problems, problems.join('\n')).toEqual([])
    }, 240_000)
    it(`an entrepreneur's, staff's and an administrator's pages, ${pass.name}: zero axe violations, no sideways scrolling`, async () => {
      const problems = [
        ...await sweep(width => signedInContext(browser, person.client, { width }), MINE, [pass]),
        ...await sweep(width => signedInContext(browser, staff.client, { width }), DESK, [pass]),
        ...await sweep(width => signedInContext(browser, admin.client, { width }), ADMIN, [pass]),
        ...await sweep(width => signedInContext(browser, seeker.client, { width }), seekerPaths, [pass]),
      ]
      expect(problems, problems.join('\n')).toEqual([])
    }, 240_000)
  })
}
