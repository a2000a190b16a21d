import type { AwardRoundView, NominationCreated } from '#shared/types/award'
import { db } from './db'
import { createUser, createUsers, token } from './mentors'
import type { RoleName, TestUser, UiLocale } from './mentors'

/**
 * Award fixtures: a round made and moved through its phases by staff through the API (the early
 * "next phase" action, as a person would), nominees with a recorded opening on their case (the
 * figures eligibility is checked against), and voters whose accounts were used before voting.
 */
const DAY = 86_400_000
const iso = (ms: number) => new Date(Date.now() + ms).toISOString()

export interface TestRound { id: string, staff: TestUser }

export async function createRound(opts: { staff?: TestUser, expertsWeight?: number, categories?: { code: string, nameZh: string, nameEn: string, winners: number, shortlist: number }[] } = {}): Promise<TestRound> {
  const staff = opts.staff ?? await createUser({ roles: ['STAFF'], prefix: 'awardstaff' })
  const t = token()
  const res = await staff.client.post<{ id: string }>('/api/staff/awards', {
    titleZh: `测试创业先锋评选 ${t}`, titleEn: `Test pioneer award ${t}`,
    nominationOpensAt: iso(DAY), nominationClosesAt: iso(10 * DAY), reviewClosesAt: iso(20 * DAY), votingOpensAt: iso(30 * DAY), votingClosesAt: iso(40 * DAY),
    noticeDays: 7, ...(opts.expertsWeight !== undefined ? { expertsWeight: opts.expertsWeight } : {}), ...(opts.categories ? { categories: opts.categories } : {}),
  })
  if (res.status !== 201) throw new Error(`create round: ${res.status} ${JSON.stringify(res.body)}`)
  return { id: res.body.id, staff }
}

/** Staff start the next phase now; fails the test unless it moved. */
export async function advance(r: TestRound, reason = '测试：提前进入下一阶段'): Promise<string> {
  const res = await r.staff.client.post<{ phase: string }>(`/api/staff/awards/${r.id}/advance`, { reason })
  if (res.status !== 200) throw new Error(`advance: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.phase
}

export async function advanceTo(r: TestRound, phase: AwardRoundView['phase']): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const cur = (await db.awardRound.findUniqueOrThrow({ where: { id: r.id }, select: { phase: true } })).phase
    if (cur === phase) return
    await advance(r)
  }
  throw new Error(`never reached ${phase}`)
}

/** A case with a recorded opening `monthsAgo` months ago and `employees` people. */
export async function giveCase(userId: string, opts: { monthsAgo?: number, employees?: number, adviserId?: string } = {}): Promise<string> {
  const category = await db.projectCategory.findFirstOrThrow({ select: { id: true } })
  const opened = new Date(Date.now() - (opts.monthsAgo ?? 24) * 31 * DAY).toISOString().slice(0, 10)
  const c = await db.case.create({
    data: { ownerId: userId, title: `测试小店 ${token()}`, categoryId: category.id, legalForm: 'INDIVIDUAL_BUSINESS', openedOn: opened, openingEmployees: opts.employees ?? 5, adviserId: opts.adviserId ?? null },
    select: { id: true },
  })
  return c.id
}

/** Accounts in use before voting (a sign-in recorded yesterday), so their votes count. */
export async function createVoters(n: number, opts: { locale?: UiLocale, roles?: RoleName[], verified?: boolean } = {}): Promise<TestUser[]> {
  const people = await createUsers(n, { prefix: 'voter', ...opts })
  const past = new Date(Date.now() - 2 * DAY)
  await db.user.updateMany({ where: { id: { in: people.map(p => p.id) } }, data: { createdAt: past } })
  await db.auditLog.createMany({ data: people.map(p => ({ action: 'auth.login', actorId: p.id, subjectId: p.id, createdAt: past })) })
  return people
}

export async function selfNominate(u: TestUser, roundId: string, category = 'pioneer'): Promise<NominationCreated> {
  const res = await u.client.post<NominationCreated>(`/api/awards/${roundId}/nominations`, {
    category, statement: '开业两年，稳定经营，带动了五位邻居就业，积极参加平台培训。', evidence: '营业执照与平台回访记录。',
  })
  if (res.status !== 201) throw new Error(`nominate: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

export const fullScores = (f: number) => ({ growth: Math.round(30 * f), jobs: Math.round(30 * f), innovation: Math.round(20 * f), community: Math.round(20 * f) })

/**
 * A round in its public vote: `nominees` self-nominated people with eligible cases, each scored
 * by one staff reviewer (the first best), shortlisted; voting opened now.
 */
export async function votingRound(nominees = 2, opts: { expertsWeight?: number, scores?: number[] } = {}): Promise<TestRound & { nominees: (TestUser & { nominationId: string })[], reviewer: TestUser }> {
  const r = await createRound(opts)
  await advance(r)
  const people = await createUsers(nominees, { prefix: 'nominee' })
  const out: (TestUser & { nominationId: string })[] = []
  for (const p of people) {
    await giveCase(p.id)
    const n = await selfNominate(p, r.id)
    if (n.status !== 'NOMINATED') throw new Error(`not nominated: ${n.status}`)
    out.push({ ...p, nominationId: n.id })
  }
  const reviewer = await createUser({ roles: ['STAFF'], prefix: 'reviewer' })
  for (const n of out) {
    const a = await r.staff.client.post(`/api/staff/nominations/${n.nominationId}/reviewers`, { userId: reviewer.id })
    if (a.status !== 201) throw new Error(`assign: ${a.status} ${JSON.stringify(a.body)}`)
  }
  await advance(r)
  for (const [i, n] of out.entries()) {
    const s = await reviewer.client.request('PUT', `/api/nominations/${n.nominationId}/score`, { scores: fullScores(opts.scores?.[i] ?? (1 - i * 0.1)), comment: '经营扎实，值得推荐。' })
    if (s.status !== 200) throw new Error(`score: ${s.status} ${JSON.stringify(s.body)}`)
  }
  await advance(r)
  await advance(r)
  return { ...r, nominees: out, reviewer }
}
