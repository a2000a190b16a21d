import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newContext, ready, signedInContext } from '../support/browser'
import { expectAccessible } from '../support/a11y'
import { waitForMail } from '../support/http'
import { createUser, createUsers } from '../support/mentors'
import { db } from '../support/db'
import { advance, createRound, createVoters, giveCase, votingRound } from '../support/awards'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const phaseOf = async (id: string) => (await db.awardRound.findUniqueOrThrow({ where: { id }, select: { phase: true } })).phase

describe('the pioneer award in Chromium', () => {
  it('nominate, review, notice with an objection, vote as two people, results', async () => {
    const r = await createRound({ categories: [{ code: 'pioneer', nameZh: '创业先锋', nameEn: 'Pioneer', winners: 1, shortlist: 5 }] })
    await advance(r)
    const [nominee] = await createUsers(1, { prefix: 'e2e-nominee' })
    await giveCase(nominee!.id)
    const reviewer = await createUser({ roles: ['STAFF'], prefix: 'e2e-reviewer' })

    // the nominee nominates themself on the round's page
    const n = await (await signedInContext(browser, nominee!.client)).newPage()
    await n.goto(`/awards/${r.id}`)
    await ready(n)
    await n.getByTestId('award-phase').getByText('提名中').waitFor()
    await expectAccessible(n, { label: 'round, nominations open' })
    await n.getByLabel('推荐理由').fill('开业两年，稳定经营，带动了五位邻居就业，积极参加平台培训。')
    await n.getByLabel('事迹与佐证').fill('营业执照与平台回访记录。')
    await n.getByTestId('nominate-submit').click()
    await n.getByText('提名已提交。').waitFor()
    await waitForMail(m => m.to.includes(nominee!.email) && /提名已受理/.test(m.subject))
    const nominationId = (await db.awardNomination.findFirstOrThrow({ where: { roundId: r.id, nomineeId: nominee!.id } })).id

    // staff assign a reviewer and start the review early, with a reason
    const s = await (await signedInContext(browser, r.staff.client)).newPage()
    await s.goto(`/staff/awards/${r.id}`)
    await ready(s)
    await s.getByRole('button', { name: /指派评审/ }).first().click()
    await s.getByLabel('指派给').selectOption(reviewer.id)
    await s.getByTestId('assign-submit').click()
    await s.getByText('已指派评审。').waitFor()
    await expectAccessible(s, { label: 'staff round page' })
    await s.getByLabel('提前进入的原因（记入审计日志）').fill('提名人数已满，提前开始评审')
    await s.getByTestId('advance-submit').click()
    await s.getByTestId('staff-phase').getByText('专家评审').waitFor()

    // the reviewer scores on the rubric; only then sees the others' scores section filled
    const rv = await (await signedInContext(browser, reviewer.client)).newPage()
    await rv.goto(`/awards/reviews/${nominationId}`)
    await ready(rv)
    await rv.getByTestId('others-hidden').waitFor()
    await rv.getByLabel('经营成长（满分 30）').fill('27')
    await rv.getByLabel('带动就业（满分 30）').fill('28')
    await rv.getByLabel('创新特色（满分 20）').fill('16')
    await rv.getByLabel('社会贡献与示范作用（满分 20）').fill('31')
    await rv.getByTestId('score-submit').click()
    await rv.getByText('不能大于 20。').waitFor()
    await rv.getByLabel('社会贡献与示范作用（满分 20）').fill('18')
    await rv.getByLabel('评语').fill('经营扎实，带动就业明显。')
    await rv.getByTestId('score-submit').click()
    await rv.getByRole('status').filter({ hasText: '评分已提交' }).waitFor()
    await rv.getByTestId('others').waitFor({ state: 'attached' })
    await expectAccessible(rv, { label: 'scoring page' })

    // the notice: a visitor objects; staff dismiss it with a reason
    await s.reload()
    await ready(s)
    await s.getByLabel('提前进入的原因（记入审计日志）').fill('评审已完成')
    await s.getByTestId('advance-submit').click()
    await s.getByTestId('staff-phase').getByText('公示中').waitFor()
    const [objector] = await createUsers(1, { prefix: 'e2e-objector' })
    const o = await (await signedInContext(browser, objector!.client)).newPage()
    await o.goto(`/awards/${r.id}`)
    await ready(o)
    await o.getByTestId('award-nominee').first().waitFor()
    await o.getByLabel('异议内容').fill('听说这家店已经换了老板，请核实。')
    await o.getByTestId('objection-submit').click()
    await o.getByText('异议已提交，工作人员会核查处理。').waitFor()
    await expectAccessible(o, { label: 'round on notice' })
    await s.reload()
    await ready(s)
    await s.getByText('请核实').waitFor()
    await s.getByLabel('处理结果').selectOption('DISMISSED')
    await s.getByLabel('理由').fill('经核实经营者未变更，维持入围。')
    await s.getByTestId('objection-decide').click()
    await s.getByText('已记录处理结果。').waitFor()
    await waitForMail(m => m.to.includes(objector!.email) && /异议处理结果/.test(m.subject))
    await s.getByLabel('提前进入的原因（记入审计日志）').fill('公示期满无异议')
    await s.getByTestId('advance-submit').click()
    await s.getByTestId('staff-phase').getByText('公众投票').waitFor()

    // two people vote; the second on a phone; live counts are not shown
    const [v1, v2] = await createVoters(2)
    const a = await (await signedInContext(browser, v1!.client)).newPage()
    await a.goto(`/awards/${r.id}`)
    await ready(a)
    await a.getByText('投票期间不显示实时票数').waitFor()
    await a.getByRole('button', { name: `投票给 ${nominee!.name}` }).click()
    await a.getByText('投票成功，感谢参与！').waitFor()
    await a.getByTestId('voted-today').waitFor()
    expect(await a.getByRole('button', { name: `投票给 ${nominee!.name}` }).count()).toBe(0)
    const b = await (await signedInContext(browser, v2!.client, { width: 360 })).newPage()
    await b.goto(`/awards/${r.id}`)
    await ready(b)
    await b.getByRole('button', { name: `投票给 ${nominee!.name}` }).click()
    await b.getByText('投票成功，感谢参与！').waitFor()
    await expectAccessible(b, { label: 'voting at 360 px' })

    // the results
    await s.reload()
    await ready(s)
    await s.getByLabel('提前进入的原因（记入审计日志）').fill('投票结束')
    await s.getByTestId('advance-submit').click()
    await s.getByTestId('staff-phase').getByText('结果已公布').waitFor()
    expect(await phaseOf(r.id)).toBe('PUBLISHED')
    const visitor = await (await newContext(browser)).newPage()
    await visitor.goto(`/awards/${r.id}/results`)
    const row = visitor.getByTestId('results-table').locator('tr[data-winner="true"]')
    await row.getByText(nominee!.name).waitFor()
    expect((await row.locator('td').nth(2).textContent())?.trim()).toBe('2')
    await visitor.getByText('最终得分 = 专家评分 × 50% + 公众投票 × 50%').first().waitFor()
    await visitor.getByText('计入 2 票').waitFor()
    await expectAccessible(visitor, { label: 'results' })
    await waitForMail(m => m.to.includes(nominee!.email) && /恭喜获奖/.test(m.subject))
  })

  it('staff create a round, edit it and open nominations', async () => {
    const staff = await createUser({ roles: ['STAFF'], prefix: 'e2e-awardstaff' })
    const p = await (await signedInContext(browser, staff.client)).newPage()
    await p.goto('/staff/awards')
    await ready(p)
    await p.getByLabel('中文标题').fill('2027 年度创业之星评选')
    await p.getByLabel('英文标题').fill('Rising Star Award 2027')
    await p.getByTestId('round-create').click()
    await p.waitForURL(/\/staff\/awards\/[0-9a-f-]{36}/)
    await p.getByTestId('staff-phase').getByText('草稿').waitFor()
    await expectAccessible(p, { label: 'staff round draft' })
    await p.getByLabel('英文标题').fill('Rising Star Award 2027 (Jilin)')
    await p.getByTestId('round-save').click()
    await p.getByText('已保存。').waitFor()
    await p.getByLabel('提前进入的原因（记入审计日志）').fill('评选通知已发布')
    await p.getByTestId('advance-submit').click()
    await p.getByTestId('staff-phase').getByText('提名中').waitFor()
    const id = p.url().split('/').pop()!
    const round = await db.awardRound.findUniqueOrThrow({ where: { id }, select: { titleEn: true, phase: true, weights: true } })
    expect(round).toMatchObject({ titleEn: 'Rising Star Award 2027 (Jilin)', phase: 'NOMINATING', weights: { experts: 50, public: 50 } })
    const visitor = await (await newContext(browser, { width: 360 })).newPage()
    await visitor.goto('/awards')
    await visitor.getByRole('link', { name: '2027 年度创业之星评选' }).click()
    await visitor.getByTestId('award-phase').getByText('提名中').waitFor()
    await expectAccessible(visitor, { label: 'round at 360 px, signed out' })
  })

  it('in English: the round in its vote, a vote, the published count', async () => {
    const r = await votingRound(2)
    const [voter] = await createVoters(1, { locale: 'en' })
    const p = await (await signedInContext(browser, voter!.client)).newPage()
    await p.goto(`/en/awards/${r.id}`)
    await ready(p)
    await p.getByTestId('award-phase').getByText('Public vote').waitFor()
    await p.getByText('No count has been published yet.').waitFor()
    await p.getByRole('button', { name: `Vote for ${r.nominees[1]!.name}` }).click()
    await p.getByText('Your vote was recorded. Thank you!').waitFor()
    await p.getByText('You voted in this category today').waitFor()
    await expectAccessible(p, { label: 'round in English' })
    await p.goto('/en/awards')
    await p.getByRole('heading', { name: 'Start-up pioneer award', level: 1 }).waitFor()
    await expectAccessible(p, { label: 'rounds in English' })
  })
})
