import type { Prisma, PrismaClient } from '../../server/generated/prisma/client'
import { awardRulesOn } from '../../shared/data/award-rules'
import { checkEligibility } from '../../shared/utils/awards'
import { zonedDate } from '../../shared/utils/zoned-time'
import { outcomesOfCases } from '../../server/services/cases/outcomes'
import { addJob } from '../../server/utils/jobs'
import { AWARD_PHASE_TASK, AWARD_TALLY_TASK, nextBeijingMidnight, phaseJobKey, tallyJobKey } from '../../server/services/awards/rounds'

/**
 * A demo award round (创业先锋评选), written once (nothing happens when a round exists): the
 * 2026 round in its public vote, with the demo businesses that meet the rules (by their recorded
 * figures) shortlisted in two categories, two reviews each, and a first published daily count.
 * Rows are written directly (the services would stamp "now" on every phase and mail everyone).
 */
const DAY = 86_400_000

export async function seedDemoAwards(prisma: PrismaClient, staffEmail: string, mentorEmail: string): Promise<void> {
  if (await prisma.awardRound.count() > 0) return
  const now = new Date()
  const rules = awardRulesOn(zonedDate(now))
  const staff = await prisma.user.findUnique({ where: { email: staffEmail }, select: { id: true } })
  const mentor = await prisma.user.findUnique({ where: { email: mentorEmail }, select: { id: true } })
  const opened = await prisma.case.findMany({ where: { openedOn: { not: null } }, orderBy: { openedOn: 'asc' }, select: { id: true, ownerId: true, title: true }, take: 40 })
  const outcomes = await outcomesOfCases(opened.map(c => c.id), prisma as unknown as Prisma.TransactionClient, now)
  const eligible = opened.filter(c => checkEligibility(rules.eligibility, outcomes.get(c.id) ?? null).eligible).slice(0, 6)
  if (!eligible.length) return
  const ago = (days: number) => new Date(now.getTime() - days * DAY)
  const votingOpensAt = ago(2)
  await prisma.$transaction(async (tx) => {
    const round = await tx.awardRound.create({
      data: {
        titleZh: '2026 年度吉林省“创业先锋”评选（样例）', titleEn: 'Jilin Start-up Pioneer Award 2026 (sample)',
        summaryZh: '表彰在吉林创业、带动就业的创业者。经营数据以平台记录为准。', summaryEn: 'For founders in Jilin who created jobs. Figures are those StartHub recorded.',
        phase: 'VOTING', categories: rules.categories as unknown as Prisma.InputJsonValue, eligibility: rules.eligibility as unknown as Prisma.InputJsonValue,
        rubric: rules.rubric as unknown as Prisma.InputJsonValue, weights: { ...rules.weights }, holding: rules.holding as unknown as Prisma.InputJsonValue, rulesVersion: rules.version,
        nominationOpensAt: ago(40), nominationClosesAt: ago(25), reviewClosesAt: ago(10), noticeDays: rules.noticeDays, noticeEndsAt: ago(3),
        votingOpensAt, votingClosesAt: new Date(now.getTime() + 12 * DAY), phaseStartedAt: votingOpensAt, createdById: staff?.id ?? null,
      },
      select: { id: true },
    })
    await tx.awardEvent.create({ data: { roundId: round.id, action: 'voting_started', fromStatus: 'NOTICE', toStatus: 'VOTING', actorId: null } })
    const counts: Record<string, number> = {}
    for (const [i, c] of eligible.entries()) {
      const category = rules.categories[i % rules.categories.length]!.code
      const n = await tx.awardNomination.create({
        data: {
          roundId: round.id, category, nomineeId: c.ownerId, nominatorId: c.ownerId, caseId: c.id, status: 'SHORTLISTED',
          statement: `${c.title}：开业以来稳定经营，带动周边就业，积极参加平台的培训和回访。`,
          evidence: '经营数据见平台记录（开业登记与回访）；获得创业担保贷款与创业培训支持。',
          eligibility: checkEligibility(rules.eligibility, outcomes.get(c.id) ?? null) as unknown as Prisma.InputJsonValue, confirmedAt: ago(35), createdAt: ago(35 - i),
        },
        select: { id: true },
      })
      for (const reviewer of [staff, mentor]) {
        if (!reviewer) continue
        const scores = Object.fromEntries(rules.rubric.map((r, k) => [r.code, Math.max(0, r.max - ((i + k) % 4) * 2)]))
        await tx.awardReview.create({ data: { nominationId: n.id, reviewerId: reviewer.id, scores, total: Object.values(scores).reduce((a, b) => a + b, 0), comment: '经营扎实，带动就业明显。', submittedAt: ago(12) } })
      }
      counts[n.id] = 20 + ((i * 37) % 60)
    }
    await tx.awardTally.create({ data: { roundId: round.id, day: zonedDate(ago(1)), counts, createdAt: ago(1) } })
    await addJob(tx, AWARD_TALLY_TASK, { id: round.id }, { runAt: nextBeijingMidnight(now), jobKey: tallyJobKey(round.id) })
    await addJob(tx, AWARD_PHASE_TASK, { id: round.id, from: 'VOTING' }, { runAt: new Date(now.getTime() + 12 * DAY), jobKey: phaseJobKey(round.id) })
  })
}
