import { describe, expect, it } from 'vitest'
import type { AwardResults, AwardRoundView, HeldVote, NominationView, ReviewerCandidate, VoteResult } from '#shared/types/award'
import { addDays, zonedDate } from '#shared/utils/zoned-time'
import { Client, waitFor, waitForMail } from '../support/http'
import { createMentor, createUser, createUsers, runJobNow, tally } from '../support/mentors'
import { db } from '../support/db'
import { advance, createRound, createVoters, fullScores, giveCase, selfNominate, votingRound } from '../support/awards'

interface Err { code: string, message: string, fields?: Record<string, string> }

const vote = (c: Client, roundId: string, nominationId: string) => c.post<VoteResult & Err>(`/api/awards/${roundId}/votes`, { nominationId })

describe('the public vote', () => {
  it('50 concurrent votes by one account: exactly one counted, the rest 409 already_voted_today', async () => {
    const r = await votingRound(2)
    const [voter] = await createVoters(1)
    const results = await Promise.all(Array.from({ length: 50 }, () => vote(voter!.client, r.id, r.nominees[0]!.nominationId)))
    const t = tally(results)
    expect(t.serverErrors).toBe(0)
    expect(t.created).toBe(1)
    expect(t.codes).toEqual({ already_voted_today: 49 })
    expect(results.find(x => x.status === 201)!.body).toMatchObject({ status: 'COUNTED', held: false })
    expect(await db.awardVote.count({ where: { roundId: r.id, voterId: voter!.id } })).toBe(1)
    // the other category-mate is the same category: also refused today
    const other = await vote(voter!.client, r.id, r.nominees[1]!.nominationId)
    expect(other.status).toBe(409)
    expect(other.body.code).toBe('already_voted_today')
    expect(other.body.message).toMatch(/今天/)
  })

  it('a vote on the next Beijing day counts again', async () => {
    const r = await votingRound(1)
    const [voter] = await createVoters(1)
    expect((await vote(voter!.client, r.id, r.nominees[0]!.nominationId)).status).toBe(201)
    expect((await vote(voter!.client, r.id, r.nominees[0]!.nominationId)).status).toBe(409)
    // yesterday's vote: its day moves back one Beijing day, as if cast then
    await db.awardVote.updateMany({ where: { roundId: r.id, voterId: voter!.id }, data: { day: addDays(zonedDate(new Date()), -1) } })
    const again = await vote(voter!.client, r.id, r.nominees[0]!.nominationId)
    expect(again.status).toBe(201)
    expect(again.body.status).toBe('COUNTED')
    expect(await db.awardVote.count({ where: { roundId: r.id, voterId: voter!.id, status: 'COUNTED' } })).toBe(2)
  })

  it('an account created after voting opened is held, not counted; staff release it with a reason (audited)', async () => {
    const r = await votingRound(1)
    const [fresh] = await createUsers(1, { prefix: 'fresh' })
    const res = await vote(fresh!.client, r.id, r.nominees[0]!.nominationId)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ status: 'HELD', held: true })
    const row = await db.awardVote.findFirstOrThrow({ where: { roundId: r.id, voterId: fresh!.id } })
    expect(row.holdReasons).toEqual(['new_account'])
    // only an HMAC of the address is stored
    expect(row.ipHash).not.toContain(fresh!.client.ip)
    expect(row.ipHash).toMatch(/^[\w-]{40,}$/)
    const held = await r.staff.client.get<HeldVote[]>(`/api/staff/awards/${r.id}/votes?status=HELD`)
    expect(held.body.map(v => v.id)).toContain(row.id)
    expect(JSON.stringify(held.body)).not.toContain(fresh!.email)
    expect((await fresh!.client.post(`/api/staff/award-votes/${row.id}/decision`, { decision: 'release', reason: '核实为本人' })).status).toBe(403)
    const d = await r.staff.client.post(`/api/staff/award-votes/${row.id}/decision`, { decision: 'release', reason: '电话核实为本人投票' })
    expect(d.status).toBe(200)
    expect((await db.awardVote.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('COUNTED')
    expect(await db.auditLog.count({ where: { action: 'award.vote_decided', meta: { path: ['voteId'], equals: row.id } } })).toBe(1)
    expect((await r.staff.client.post(`/api/staff/award-votes/${row.id}/decision`, { decision: 'remove', reason: '再次处理这张票' })).status).toBe(409)
  })

  it('an account never used before voting opened, and a burst from one address, are held', async () => {
    const r = await votingRound(1)
    const [unused] = await createUsers(1, { prefix: 'unused' })
    await db.user.update({ where: { id: unused!.id }, data: { createdAt: new Date(Date.now() - 30 * 86_400_000) } })
    const u = await vote(unused!.client, r.id, r.nominees[0]!.nominationId)
    expect(u.body).toMatchObject({ status: 'HELD' })
    expect((await db.awardVote.findFirstOrThrow({ where: { voterId: unused!.id } })).holdReasons).toEqual(['unused_account'])

    const crowd = await createVoters(6)
    const ip = crowd[0]!.client.ip
    const statuses: string[] = []
    for (const p of crowd) {
      p.client.ip = ip
      statuses.push((await vote(p.client, r.id, r.nominees[0]!.nominationId)).body.status)
    }
    // five votes from one address within ten minutes (the round's rules): the fifth and later are held
    expect(statuses).toEqual(['COUNTED', 'COUNTED', 'COUNTED', 'COUNTED', 'HELD', 'HELD'])
    const burst = await db.awardVote.findMany({ where: { roundId: r.id, status: 'HELD', holdReasons: { has: 'burst' } } })
    expect(burst).toHaveLength(2)
  })

  it('403 not_verified for an account without a verified email; 401 signed out; 409 voting_closed outside the vote; 404 for a nominee not on the shortlist', async () => {
    const r = await votingRound(1)
    const [unverified] = await createVoters(1, { verified: false })
    const res = await vote(unverified!.client, r.id, r.nominees[0]!.nominationId)
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('not_verified')
    expect((await vote(new Client(), r.id, r.nominees[0]!.nominationId)).status).toBe(401)
    const [voter] = await createVoters(1)
    expect((await vote(voter!.client, r.id, crypto.randomUUID())).status).toBe(404)
    const early = await createRound()
    await advance(early)
    const closed = await vote(voter!.client, early.id, r.nominees[0]!.nominationId)
    expect(closed.status).toBe(409)
    expect(closed.body.code).toBe('voting_closed')
  })

  it('counts are hidden during voting: the page shows only the last published daily count, written by the tally job', async () => {
    const r = await votingRound(2)
    const voters = await createVoters(3)
    for (const v of voters) expect((await vote(v.client, r.id, r.nominees[0]!.nominationId)).status).toBe(201)
    const before = await voters[0]!.client.get<AwardRoundView>(`/api/awards/${r.id}`)
    expect(before.body.phase).toBe('VOTING')
    expect(before.body.tally).toBeNull()
    expect(JSON.stringify(before.body)).not.toMatch(/"votes"\s*:/)
    expect(before.body.votedToday).toEqual(['pioneer'])
    expect(before.body.actions).toContain('vote')
    // the daily job (queued for Beijing midnight) runs now
    await runJobNow(`award-tally:${r.id}`)
    const after = await waitFor(() => new Client().get<AwardRoundView>(`/api/awards/${r.id}`), x => !!x.body.tally)
    expect(after.body.tally!.counts[r.nominees[0]!.nominationId]).toBe(3)
    expect(after.body.tally!.day).toBe(zonedDate(new Date()))
    // a later vote does not show until the next snapshot
    const [late] = await createVoters(1)
    expect((await vote(late!.client, r.id, r.nominees[1]!.nominationId)).status).toBe(201)
    const still = await new Client().get<AwardRoundView>(`/api/awards/${r.id}`)
    expect(still.body.tally!.counts[r.nominees[1]!.nominationId] ?? 0).toBe(0)
    // and the job queued the next day's snapshot for the next Beijing midnight
    const nextRun = await waitFor(async () => (await db.$queryRaw<{ run_at: Date }[]>`SELECT run_at FROM graphile_worker._private_jobs WHERE key = ${`award-tally:${r.id}`}`)[0]?.run_at.getTime() ?? 0, t => t > Date.now())
    expect(zonedDate(new Date(nextRun))).toBe(addDays(zonedDate(new Date()), 1))
  })
})

describe('expert review', () => {
  it('a reviewer linked to the nominee (their case adviser, a mentor they booked) is not offered, cannot be assigned, and cannot score', async () => {
    const r = await createRound()
    await advance(r)
    const adviser = await createMentor()
    const booked = await createMentor()
    const stranger = await createMentor()
    const [nominee] = await createUsers(1, { prefix: 'linked' })
    await giveCase(nominee!.id, { adviserId: adviser.id })
    const past = new Date(Date.now() - 40 * 86_400_000)
    await db.booking.create({ data: { mentorId: booked.mentorId, entrepreneurId: nominee!.id, startsAt: past, endsAt: new Date(past.getTime() + 3_600_000), blockedUntil: new Date(past.getTime() + 3_600_000), status: 'COMPLETED', stage: 'PLAN', topic: '开店咨询', description: '想开一家早餐店。', mode: 'ONLINE', expiresAt: past } })
    const n = await selfNominate(nominee!, r.id)
    expect(n.status).toBe('NOMINATED')
    const list = await r.staff.client.get<ReviewerCandidate[]>(`/api/staff/nominations/${n.id}/reviewer-candidates`)
    expect(list.status).toBe(200)
    const ids = list.body.map(c => c.userId)
    expect(ids).toContain(stranger.id)
    expect(ids).not.toContain(adviser.id)
    expect(ids).not.toContain(booked.id)
    expect(ids).not.toContain(nominee!.id)
    for (const m of [adviser, booked]) {
      const a = await r.staff.client.post<Err>(`/api/staff/nominations/${n.id}/reviewers`, { userId: m.id })
      expect(a.status).toBe(409)
      expect(a.body.code).toBe('reviewer_conflict')
    }
    expect((await r.staff.client.post(`/api/staff/nominations/${n.id}/reviewers`, { userId: stranger.id })).status).toBe(201)
    await waitForMail(m => m.to.includes(stranger.email) && /请评审/.test(m.subject))
    // a link that arises after the assignment: the stranger becomes the nominee's booked mentor
    await db.booking.create({ data: { mentorId: stranger.mentorId, entrepreneurId: nominee!.id, startsAt: past, endsAt: new Date(past.getTime() + 3_600_000), blockedUntil: new Date(past.getTime() + 3_600_000), status: 'COMPLETED', stage: 'PLAN', topic: '开店咨询', description: '想开一家早餐店。', mode: 'ONLINE', expiresAt: past } })
    await advance(r)
    const s = await stranger.client.request<Err>('PUT', `/api/nominations/${n.id}/score`, { scores: fullScores(0.8), comment: '经营扎实。' })
    expect(s.status).toBe(403)
    expect(s.body.code).toBe('reviewer_excluded')
    expect(await db.awardReview.count({ where: { nominationId: n.id, submittedAt: { not: null } } })).toBe(0)
  })

  it('a reviewer never sees the others\' scores before submitting their own; a submitted score is final; bad points name the rule', async () => {
    const r = await createRound()
    await advance(r)
    const [nominee] = await createUsers(1, { prefix: 'scored' })
    await giveCase(nominee!.id)
    const n = await selfNominate(nominee!, r.id)
    const [a, b] = await createUsers(2, { roles: ['STAFF'], prefix: 'rev' })
    for (const x of [a!, b!]) expect((await r.staff.client.post(`/api/staff/nominations/${n.id}/reviewers`, { userId: x.id })).status).toBe(201)
    // before the review phase: not yet
    expect((await a!.client.request<Err>('PUT', `/api/nominations/${n.id}/score`, { scores: fullScores(1), comment: '很好的项目。' })).body.code).toBe('phase_closed')
    await advance(r)
    expect((await a!.client.request('PUT', `/api/nominations/${n.id}/score`, { scores: fullScores(0.9), comment: '很好的项目。' })).status).toBe(200)
    const bView = await b!.client.get<NominationView>(`/api/nominations/${n.id}`)
    expect(bView.body.otherReviews).toBeNull()
    expect(JSON.stringify(bView.body)).not.toContain('很好的项目')
    const bad = await b!.client.request<Err>('PUT', `/api/nominations/${n.id}/score`, { scores: { ...fullScores(0.5), growth: 31 }, comment: '还可以的项目。' })
    expect(bad.status).toBe(400)
    expect(bad.body.fields!['scores.growth']).toMatch(/30/)
    expect((await b!.client.request('PUT', `/api/nominations/${n.id}/score`, { scores: fullScores(0.5), comment: '还可以的项目。' })).status).toBe(200)
    const after = await b!.client.get<NominationView>(`/api/nominations/${n.id}`)
    expect(after.body.otherReviews).toHaveLength(1)
    expect(after.body.otherReviews![0]).toMatchObject({ percent: 90, comment: '很好的项目。' })
    expect((await b!.client.request<Err>('PUT', `/api/nominations/${n.id}/score`, { scores: fullScores(1), comment: '改一下分数。' })).body.code).toBe('already_reviewed')
    // someone not assigned
    const [other] = await createUsers(1, { roles: ['STAFF'] })
    expect((await other!.client.request('PUT', `/api/nominations/${n.id}/score`, { scores: fullScores(1), comment: '我也打分。' })).status).toBe(403)
    expect((await new Client().get(`/api/nominations/${n.id}`)).status).toBe(401)
    const [nosy] = await createUsers(1)
    expect((await nosy!.client.get(`/api/nominations/${n.id}`)).status).toBe(404)
  })
})

describe('nominations', () => {
  it('a nomination by someone else waits for the nominee, who confirms by the link in the mail; the recorded figures decide', async () => {
    const r = await createRound()
    await advance(r)
    const [nominator, nominee, young] = await createUsers(3, { prefix: 'nom' })
    await giveCase(nominee!.id, { monthsAgo: 20, employees: 4 })
    await giveCase(young!.id, { monthsAgo: 3, employees: 8 })
    const body = { category: 'pioneer', statement: '她的早餐店开了快两年，带动了四个人就业，很值得推荐。', evidence: '平台开业登记与回访记录。' }
    const res = await nominator!.client.post<{ id: string, status: string }>(`/api/awards/${r.id}/nominations`, { ...body, nomineeEmail: nominee!.email })
    expect(res.status).toBe(201)
    expect(res.body.status).toBe('AWAITING_CONFIRMATION')
    const mail = await waitForMail(m => m.to.includes(nominee!.email) && /请确认/.test(m.subject))
    expect(mail.text).toContain(`/awards/nominations/${res.body.id}`)
    // no personal numbers or addresses in the mail's link
    expect(mail.text).not.toContain(nominee!.email.split('@')[0]!)
    expect((await nominator!.client.post<Err>(`/api/nominations/${res.body.id}/confirm`)).status).toBe(403)
    const ok = await nominee!.client.post<{ status: string }>(`/api/nominations/${res.body.id}/confirm`)
    expect(ok.body.status).toBe('NOMINATED')
    const view = await nominee!.client.get<NominationView>(`/api/nominations/${res.body.id}`)
    expect(view.body.eligibility).toMatchObject({ verified: true, eligible: true })
    expect(view.body.eligibility!.rules.find(x => x.figure === 'employees')).toMatchObject({ value: 4, met: true })
    await waitForMail(m => m.to.includes(nominator!.email) && /提名已受理/.test(m.subject))
    // the same person again in the category: 409
    expect((await nominator!.client.post<Err>(`/api/awards/${r.id}/nominations`, { ...body, nomineeEmail: nominee!.email })).body.code).toBe('already_nominated')
    // trading 3 months: not eligible (12 months needed), told so
    const y = await selfNominate(young!, r.id)
    expect(y.status).toBe('INELIGIBLE')
    await waitForMail(m => m.to.includes(young!.email) && /未受理/.test(m.subject))
    // an address with no verified account
    const unknown = await nominator!.client.post<Err>(`/api/awards/${r.id}/nominations`, { ...body, nomineeEmail: 'nobody-here@example.test' })
    expect(unknown.status).toBe(422)
    expect(unknown.body.code).toBe('nominee_unknown')
  })
})

describe('notice, objections and results', () => {
  it('shortlist → notice with an objection decided by staff → voting → published results with weights, winners and the removed votes', async () => {
    const staff = await createUser({ roles: ['STAFF'], prefix: 'resstaff' })
    const r = await createRound({ staff, categories: [{ code: 'pioneer', nameZh: '创业先锋', nameEn: 'Pioneer', winners: 1, shortlist: 3 }] })
    await advance(r)
    const people = await createUsers(4, { prefix: 'final' })
    const noms: string[] = []
    for (const p of people) {
      await giveCase(p.id)
      noms.push((await selfNominate(p, r.id)).id)
    }
    const reviewer = await createUser({ roles: ['STAFF'], prefix: 'finalrev' })
    for (const id of noms) expect((await staff.client.post(`/api/staff/nominations/${id}/reviewers`, { userId: reviewer.id })).status).toBe(201)
    await advance(r)
    const f = [0.9, 0.6, 0.8, 0.3]
    for (const [i, id] of noms.entries()) expect((await reviewer.client.request('PUT', `/api/nominations/${id}/score`, { scores: fullScores(f[i]!), comment: '评审意见。' })).status).toBe(200)
    expect(await advance(r)).toBe('NOTICE')
    // the top three expert scores are shortlisted; the fourth is told
    const notice = await new Client().get<AwardRoundView>(`/api/awards/${r.id}`)
    expect(notice.body.nominees.map(n => n.id).sort()).toEqual([noms[0], noms[1], noms[2]].sort())
    await waitForMail(m => m.to.includes(people[0]!.email) && /入围/.test(m.subject))
    await waitForMail(m => m.to.includes(people[3]!.email) && /评审结果/.test(m.subject))
    // an objection to the third; voting waits for it
    const [objector] = await createUsers(1, { prefix: 'objector' })
    const o = await objector!.client.post<{ id: string }>(`/api/awards/${r.id}/objections`, { nominationId: noms[2], body: '该店已于去年停业，与公示信息不符。' })
    expect(o.status).toBe(201)
    const blocked = await staff.client.post<Err>(`/api/staff/awards/${r.id}/advance`, { reason: '公示结束' })
    expect(blocked.status).toBe(409)
    expect(blocked.body.code).toBe('objections_open')
    expect((await staff.client.post(`/api/staff/award-objections/${o.body.id}/decision`, { decision: 'UPHELD', reason: '经核实已停业，取消入围。' })).status).toBe(200)
    await waitForMail(m => m.to.includes(objector!.email) && /异议处理结果/.test(m.subject))
    await waitForMail(m => m.to.includes(people[2]!.email) && /取消入围/.test(m.subject))
    expect((await db.awardNomination.findUniqueOrThrow({ where: { id: noms[2]! } })).status).toBe('DISQUALIFIED')
    expect(await advance(r)).toBe('VOTING')
    // votes: the second gets more votes than the first; one held vote is removed, one stays held
    const voters = await createVoters(4)
    for (const v of voters.slice(0, 3)) await vote(v.client, r.id, noms[1]!)
    await vote(voters[3]!.client, r.id, noms[0]!)
    const [fresh1, fresh2] = await createUsers(2, { prefix: 'latecomer' })
    const h1 = await vote(fresh1!.client, r.id, noms[0]!)
    await vote(fresh2!.client, r.id, noms[0]!)
    expect((await staff.client.post(`/api/staff/award-votes/${h1.body.id}/decision`, { decision: 'remove', reason: '新注册账号集中投票' })).status).toBe(200)
    expect((await new Client().get<Err>(`/api/awards/${r.id}/results`)).body.code).toBe('results_not_published')
    expect(await advance(r)).toBe('PUBLISHED')
    const res = await new Client().get<AwardResults>(`/api/awards/${r.id}/results`)
    expect(res.status).toBe(200)
    expect(res.body.weights).toEqual({ experts: 50, public: 50 })
    const cat = res.body.categories[0]!
    expect(cat.nominees.map(n => n.nominationId)).toEqual([noms[1], noms[0]])
    // 2nd: experts 60, votes 3 (leader → 100): 80; 1st: experts 90, 1 vote → 33.33: 61.67
    expect(cat.nominees[0]).toMatchObject({ expertScore: 60, votes: 3, publicScore: 100, finalScore: 80, rank: 1, winner: true })
    expect(cat.nominees[1]).toMatchObject({ expertScore: 90, votes: 1, publicScore: 33.33, finalScore: 61.67, rank: 2, winner: false })
    expect(res.body.votes).toMatchObject({ counted: 4, held: 1, removed: 1, removedByReason: { new_account: 1 }, heldByReason: { new_account: 1 } })
    await waitForMail(m => m.to.includes(people[1]!.email) && /恭喜获奖/.test(m.subject))
    // the winner's published success stories show under the results, read when asked (a draft never)
    const [city, category] = await Promise.all([db.city.findUniqueOrThrow({ where: { code: 'changchun' } }), db.projectCategory.findUniqueOrThrow({ where: { code: 'food-snacks' } })])
    const story = (status: 'PUBLISHED' | 'DRAFT', authorId: string) => db.story.create({ data: { slug: `s-${status.toLowerCase()}-${authorId.slice(0, 8)}`, authorId, title: `获奖者的故事 ${status}`, summary: '从一家小店开始的创业经历。', body: '正文'.repeat(30), cityId: city.id, categoryId: category.id, figures: [], status, publishedAt: status === 'PUBLISHED' ? new Date() : null } })
    const published = await story('PUBLISHED', people[1]!.id)
    await story('DRAFT', people[1]!.id)
    await story('PUBLISHED', people[0]!.id)
    const withStories = await new Client().get<AwardResults>(`/api/awards/${r.id}/results`)
    expect(withStories.body.stories).toEqual({ [noms[1]!]: [expect.objectContaining({ id: published.id, slug: published.slug })] })
    // the staff's early moves are in the audit log with their reasons
    expect(await db.auditLog.count({ where: { action: 'award.phase_advanced', meta: { path: ['roundId'], equals: r.id } } })).toBe(5)
    // results are frozen: a held vote can no longer be decided
    const stillHeld = await db.awardVote.findFirstOrThrow({ where: { roundId: r.id, status: 'HELD' } })
    expect((await staff.client.post<Err>(`/api/staff/award-votes/${stillHeld.id}/decision`, { decision: 'release', reason: '电话核实为本人' })).body.code).toBe('phase_closed')
  })

  it('a window that ends moves the round on by itself (the phase job), with the system as the actor', async () => {
    const r = await createRound()
    await advance(r)
    const [nominee] = await createUsers(1, { prefix: 'clock' })
    await giveCase(nominee!.id)
    const [waiting] = await createUsers(1, { prefix: 'clockwait' })
    expect((await nominee!.client.post(`/api/awards/${r.id}/nominations`, { category: 'pioneer', nomineeEmail: waiting!.email, statement: '一位值得推荐的创业者，开店两年带动就业。', evidence: '平台开业登记与回访记录。' })).status).toBe(201)
    // the nomination window ended yesterday: the job that was queued for its end runs now
    await db.awardRound.update({ where: { id: r.id }, data: { nominationOpensAt: new Date(Date.now() - 2 * 86_400_000), nominationClosesAt: new Date(Date.now() - 86_400_000) } })
    await runJobNow(`award-phase:${r.id}`)
    await waitFor(() => db.awardRound.findUniqueOrThrow({ where: { id: r.id }, select: { phase: true } }), x => x.phase === 'REVIEW')
    const event = await db.awardEvent.findFirstOrThrow({ where: { roundId: r.id, action: 'review_started' } })
    expect(event).toMatchObject({ fromStatus: 'NOMINATING', toStatus: 'REVIEW', actorId: null })
    // the nomination nobody confirmed lapsed
    expect((await db.awardNomination.findFirstOrThrow({ where: { roundId: r.id, nomineeId: waiting!.id } })).status).toBe('WITHDRAWN')
    // and the next window's job is queued for the review's end
    const [job] = await db.$queryRaw<{ run_at: Date }[]>`SELECT run_at FROM graphile_worker._private_jobs WHERE key = ${`award-phase:${r.id}`}`
    const round = await db.awardRound.findUniqueOrThrow({ where: { id: r.id }, select: { reviewClosesAt: true } })
    expect(job!.run_at.getTime()).toBe(round.reviewClosesAt.getTime())
  })

  it('only staff create and move rounds; a draft is not public', async () => {
    const r = await createRound()
    const [person] = await createUsers(1)
    expect((await person!.client.post(`/api/staff/awards/${r.id}/advance`, { reason: '我想开始' })).status).toBe(403)
    expect((await new Client().get(`/api/awards/${r.id}`)).status).toBe(404)
    expect((await person!.client.post('/api/staff/awards', {})).status).toBe(403)
    const bad = await r.staff.client.post<Err>('/api/staff/awards', { titleZh: '测试评选', titleEn: 'Test', nominationOpensAt: '2026-12-10T00:00:00+08:00', nominationClosesAt: '2026-12-01T00:00:00+08:00', reviewClosesAt: '2026-12-20T00:00:00+08:00', votingOpensAt: '2026-12-25T00:00:00+08:00', votingClosesAt: '2026-12-30T00:00:00+08:00' })
    expect(bad.status).toBe(400)
    await advance(r)
    const view = await new Client().get<AwardRoundView>(`/api/awards/${r.id}`)
    expect(view.status).toBe(200)
    expect(view.body.phase).toBe('NOMINATING')
    expect(view.body.weights).toEqual({ experts: 50, public: 50 })
    expect(view.body.eligibility).toEqual([{ figure: 'monthsTrading', min: 12 }, { figure: 'employees', min: 3 }])
    expect(new Date(view.body.windows.nominationOpensAt).getTime()).toBeLessThanOrEqual(Date.now())
  })
})
