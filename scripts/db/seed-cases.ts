import type { Prisma, PrismaClient } from '../../server/generated/prisma/client'
import type { BusinessPlan } from '../../shared/schemas/plan'
import type { LegalFormCode } from '../../shared/utils/cases'
import type { ServiceStageCode } from '../../shared/utils/stages'
import { SERVICE_STAGE_CODES } from '../../shared/utils/stages'
import { computePlan, prefillPlan } from '../../shared/utils/plan'
import { planSignals, scoreRiskAssessment } from '../../shared/utils/risk'
import { RISK_QUESTIONS } from '../../shared/data/risk-assessment'
import { checkInSchedule, REVENUE_BAND_CODES } from '../../shared/utils/follow-up'
import { addDays, zonedDate, zonedToUtc } from '../../shared/utils/zoned-time'
import { currentStage } from '../../server/services/cases/rules'
import { addJob } from '../../server/utils/jobs'
import { CHECK_IN_CLOSE_TASK, CHECK_IN_SEND_TASK } from '../../server/services/cases/follow-up'

/**
 * Demo one-stop cases (一条龙服务), written once (nothing happens when cases exist):
 * - the demo entrepreneur's case in 方案设计, started from a library project, with a drafted plan
 *   (prefilled from the project, a product and own money added) and the demo mentor as adviser;
 * - a case waiting in every other stage (risk, opening, financing), one abandoned;
 * - opened businesses whose openings are spread over the last 36 months, with their check-ins
 *   answered (mostly still trading, some paused, some closed) or missed, and the future ones
 *   scheduled on the queue, so the survival statistics have cohorts to count.
 *
 * Rows are written directly with the same pure rules the services use (prefillPlan,
 * computePlan, scoreRiskAssessment, checkInSchedule): the services stamp "now" on everything
 * and would send the past check-ins' mails at once.
 */
type Tx = Prisma.TransactionClient

const months = (n: number, v: number) => Array.from({ length: n }, () => v)
const DAY = 86_400_000

interface Seeded { id: string }

interface CaseSpec {
  ownerId: string
  project: { id: string, title: string, categoryId: number, cityId: number | null, investmentMin: number, investmentMax: number, monthlyCost: number, category: { code: string }, riskFactors: string[], paybackMonths: number }
  legalForm: LegalFormCode
  /** days ago it started */
  startedDaysAgo: number
  done: ServiceStageCode[]
  inProgress?: ServiceStageCode
  adviserId?: string | null
  status?: 'OPEN' | 'CLOSED' | 'ABANDONED'
  closedReason?: string
  openedOn?: string
  employees?: number
  /** lastActivity days ago (defaults to a few days after the start) */
  lastActiveDaysAgo?: number
}

/** A drafted plan from the project: its prefill, one product selling a little more each month, and own money. */
function draftPlan(spec: CaseSpec): { plan: BusinessPlan, prefilled: string[] } {
  const { plan, prefilled } = prefillPlan({ ...spec.project, categoryCode: spec.project.category.code, legalForm: spec.legalForm })
  const mean = Math.round((spec.project.investmentMin + spec.project.investmentMax) / 2) * 100
  plan.sales.products = [{ name: '主营产品', unitPrice: 2500, unitCost: 900, quantities: Array.from({ length: 12 }, (_, i) => 300 + i * 60) }]
  plan.funding.own = Math.round(mean * 0.6 / 100) * 100
  plan.funding.family = Math.round(mean * 0.1 / 100) * 100
  plan.funding.loan = { amount: Math.round(mean * 0.3 / 100_000) * 100_000, month: 1, annualRateBp: 435, termMonths: 24, repayment: 'INTEREST_ONLY' }
  plan.marketing.product = '面向周边社区的日常消费，品质稳定、价格实惠。'
  plan.market.targetCustomers = '周边 1 公里内的居民和上班族。'
  plan.cashflow.additionalOwnerInvestment = months(12, 0)
  return { plan, prefilled: prefilled.filter(p => !p.startsWith('workingCapital.ownerWage')) }
}

async function createCase(tx: Tx, spec: CaseSpec, now: number): Promise<Seeded> {
  const startedAt = new Date(now - spec.startedDaysAgo * DAY)
  const at = (offsetDays: number) => new Date(Math.min(now, startedAt.getTime() + offsetDays * DAY))
  const stages = SERVICE_STAGE_CODES.map((stage, i) => ({
    stage,
    status: spec.done.includes(stage) ? 'COMPLETED' as const : spec.inProgress === stage ? 'IN_PROGRESS' as const : 'NOT_STARTED' as const,
    startedAt: spec.done.includes(stage) || spec.inProgress === stage ? at(i * 6) : null,
    completedAt: spec.done.includes(stage) ? at(i * 6 + 5) : null,
  }))
  const lastActivityAt = new Date(now - (spec.lastActiveDaysAgo ?? Math.max(0, spec.startedDaysAgo - 5)) * DAY)
  const c = await tx.case.create({
    data: {
      ownerId: spec.ownerId, projectId: spec.project.id, title: spec.project.title, categoryId: spec.project.categoryId, cityId: spec.project.cityId,
      legalForm: spec.legalForm, status: spec.status ?? 'OPEN', adviserId: spec.adviserId ?? null,
      currentStage: currentStage(stages), createdAt: startedAt, lastActivityAt,
      closedAt: spec.status && spec.status !== 'OPEN' ? lastActivityAt : null, closedReason: spec.closedReason ?? null,
      openedOn: spec.openedOn ?? null, openingLegalForm: spec.openedOn ? spec.legalForm : null, openingEmployees: spec.openedOn ? spec.employees ?? 1 : null,
      stages: { create: stages },
    },
    select: { id: true },
  })
  const events: Prisma.CaseEventCreateManyInput[] = [
    { caseId: c.id, action: 'created', toStatus: 'OPEN', actorId: spec.ownerId, payload: { title: spec.project.title, projectId: spec.project.id }, createdAt: startedAt },
    ...stages.filter(s => s.completedAt).map(s => ({ caseId: c.id, action: 'stage_completed', actorId: spec.ownerId, payload: { stage: s.stage }, createdAt: s.completedAt! })),
  ]
  if (spec.status && spec.status !== 'OPEN') events.push({ caseId: c.id, action: spec.status === 'CLOSED' ? 'closed' : 'abandoned', fromStatus: 'OPEN', toStatus: spec.status, actorId: spec.ownerId, reason: spec.closedReason ?? null, createdAt: lastActivityAt })
  if (spec.openedOn) events.push({ caseId: c.id, action: 'opened', actorId: spec.ownerId, payload: { openedOn: spec.openedOn, legalForm: spec.legalForm, employees: spec.employees ?? 1 }, createdAt: zonedToUtc(spec.openedOn, 10 * 60) })
  await tx.caseEvent.createMany({ data: events })

  // every case past the project stage has a plan; those past the plan stage a frozen version
  if (spec.done.includes('PLAN') || spec.inProgress === 'PLAN') {
    const { plan, prefilled } = draftPlan(spec)
    const f = computePlan(plan, { projectPaybackMonths: spec.project.paybackMonths })
    await tx.businessPlan.create({ data: { caseId: c.id, revision: 3, data: plan as unknown as Prisma.InputJsonObject, prefilled: spec.done.includes('PLAN') ? [] : prefilled, startupTotal: f.startUp.total, fundingGap: f.startUp.gap, updatedById: spec.ownerId } })
    if (spec.done.includes('PLAN')) {
      await tx.planVersion.create({ data: { caseId: c.id, number: 1, data: plan as unknown as Prisma.InputJsonObject, submittedById: spec.ownerId, submittedAt: at(11) } })
      await tx.caseEvent.create({ data: { caseId: c.id, action: 'plan_version', actorId: spec.ownerId, payload: { version: 1 }, createdAt: at(11) } })
    }
    if (spec.done.includes('RISK')) {
      const answers = Object.fromEntries(RISK_QUESTIONS.map((q, i) => [q.id, q.options[i % 3 === 0 ? 1 : 0]!.value]))
      const signals = planSignals(f, spec.project.riskFactors)
      const result = scoreRiskAssessment(answers, signals, { category: spec.project.category.code, city: null, locale: 'zh-CN' })
      const json = (v: unknown) => v as Prisma.InputJsonValue
      await tx.riskAssessment.create({ data: { caseId: c.id, authorId: spec.ownerId, answers: json(answers), signals: json(signals), score: result.score, band: result.band, dimensions: json(result.dimensions), advice: json(result.advice), createdAt: at(17) } })
      await tx.caseEvent.create({ data: { caseId: c.id, action: 'risk_assessed', actorId: spec.ownerId, payload: { score: result.score, band: result.band }, createdAt: at(17) } })
    }
  }
  if (spec.done.includes('OPENING') || spec.inProgress === 'OPENING') {
    await tx.openingItem.create({ data: { caseId: c.id, code: 'BUSINESS_LICENCE', status: spec.openedOn || spec.inProgress === 'OPENING' ? 'DONE' : 'IN_PROGRESS', doneOn: spec.openedOn ?? zonedDate(at(20)) } })
    await tx.openingItem.create({ data: { caseId: c.id, code: 'SEAL', status: spec.openedOn ? 'DONE' : 'IN_PROGRESS', doneOn: spec.openedOn ?? null } })
  }
  return c
}

/** The check-ins of an opened business: past ones answered or missed, future ones queued. */
async function followUp(tx: Tx, caseId: string, openedOn: string, today: string, fate: { closesAfter?: number, pausedAt?: number, missed?: number[], employees: number, cityId: number | null }, seed: number): Promise<boolean> {
  let closed = false
  for (const due of checkInSchedule(openedOn)) {
    if (closed) {
      await tx.checkIn.create({ data: { caseId, monthsAfter: due.monthsAfter, dueOn: due.dueOn, status: 'MISSED' } })
      continue
    }
    if (due.dueOn > today) {
      const row = await tx.checkIn.create({ data: { caseId, monthsAfter: due.monthsAfter, dueOn: due.dueOn }, select: { id: true } })
      await addJob(tx, CHECK_IN_SEND_TASK, { checkInId: row.id }, { runAt: zonedToUtc(due.dueOn, 9 * 60), jobKey: `${CHECK_IN_SEND_TASK}:${row.id}`, maxAttempts: 10 })
      await addJob(tx, CHECK_IN_CLOSE_TASK, { checkInId: row.id }, { runAt: zonedToUtc(due.closesOn, 24 * 60), jobKey: `${CHECK_IN_CLOSE_TASK}:${row.id}`, maxAttempts: 10 })
      continue
    }
    if (fate.missed?.includes(due.monthsAfter)) {
      await tx.checkIn.create({ data: { caseId, monthsAfter: due.monthsAfter, dueOn: due.dueOn, status: 'MISSED', sentAt: zonedToUtc(due.dueOn, 9 * 60) } })
      continue
    }
    const closing = fate.closesAfter !== undefined && due.monthsAfter >= fate.closesAfter
    const paused = fate.pausedAt === due.monthsAfter
    const trading = closing ? 'CLOSED' as const : paused ? 'PAUSED' as const : 'TRADING' as const
    const answeredAt = zonedToUtc(addDays(due.dueOn, 2), 20 * 60)
    const help = due.monthsAfter === 6 && seed % 4 === 0 ? { kinds: ['FINANCING'], other: null } : null
    const row = await tx.checkIn.create({
      data: {
        caseId, monthsAfter: due.monthsAfter, dueOn: due.dueOn, status: 'ANSWERED', sentAt: zonedToUtc(due.dueOn, 9 * 60), answeredAt, trading,
        closedReason: closing ? '客流不足，房租上涨，决定停业' : null,
        employees: closing ? 0 : fate.employees + (due.monthsAfter >= 12 ? 1 : 0),
        revenueBand: closing ? null : REVENUE_BAND_CODES[Math.min(REVENUE_BAND_CODES.length - 1, 1 + (seed + due.monthsAfter) % 3)]!,
        help: help ?? undefined,
      },
      select: { id: true },
    })
    await tx.caseEvent.create({ data: { caseId, action: 'check_in_answered', actorId: null, payload: { months: due.monthsAfter, status: trading, employees: closing ? 0 : fate.employees }, createdAt: answeredAt } })
    if (help) await tx.staffTask.create({ data: { kind: 'check_in_help', caseId, cityId: fate.cityId, payload: { checkInId: row.id, months: due.monthsAfter, ...help } } })
    if (closing) closed = true
  }
  return closed
}

export async function seedDemoCases(prisma: PrismaClient, passwordHash: string, progress: (done: number, total: number) => void = () => {}): Promise<void> {
  if (await prisma.case.count() > 0) return
  const [entrepreneur, mentor, projects] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { email: 'entrepreneur@demo.starthub.cn' }, select: { id: true } }),
    prisma.user.findUnique({ where: { email: 'mentor@demo.starthub.cn' }, select: { id: true } }),
    prisma.project.findMany({
      where: { status: 'PUBLISHED' }, orderBy: { slug: 'asc' }, take: 60,
      select: { id: true, title: true, categoryId: true, cityId: true, investmentMin: true, investmentMax: true, monthlyCost: true, category: { select: { code: true } }, riskFactors: true, paybackMonths: true },
    }),
  ])
  if (!projects.length) return
  const now = Date.now()
  const today = zonedDate(new Date())
  const project = (i: number) => projects[i % projects.length]!
  const owners: string[] = []
  const OPENED = 30
  for (let i = 0; i < OPENED + 5; i++) {
    const email = `case${String(i + 1).padStart(2, '0')}@demo.starthub.cn`
    const u = await prisma.user.upsert({
      where: { email },
      create: { email, name: `创业者${String(i + 1).padStart(2, '0')}号`, passwordHash, emailVerifiedAt: new Date(), roles: { create: [{ role: 'ENTREPRENEUR' }] } },
      update: {},
      select: { id: true },
    })
    owners.push(u.id)
  }
  const total = OPENED + 6
  let done = 0
  const step = () => progress(++done, total)

  // the demo entrepreneur: in 方案设计, a drafted plan, the demo mentor advising
  await prisma.$transaction(async (tx) => {
    const p = projects.find(x => x.category.code === 'food-snacks') ?? project(0)
    const c = await createCase(tx, { ownerId: entrepreneur.id, project: p, legalForm: 'INDIVIDUAL_BUSINESS', startedDaysAgo: 12, done: ['PROJECT'], inProgress: 'PLAN', adviserId: mentor?.id ?? null, lastActiveDaysAgo: 1 }, now)
    if (mentor) {
      await tx.caseEvent.create({ data: { caseId: c.id, action: 'adviser_accepted', actorId: mentor.id, payload: { adviserId: mentor.id }, createdAt: new Date(now - 10 * DAY) } })
      await tx.caseComment.create({ data: { caseId: c.id, authorId: mentor.id, body: '计划书的销售预测偏乐观，建议先按淡季的客流算一遍现金流。', createdAt: new Date(now - 9 * DAY) } })
    }
  })
  step()

  // a case waiting in each later stage, one stalled, one abandoned
  const waiting: Omit<CaseSpec, 'ownerId' | 'project'>[] = [
    { legalForm: 'INDIVIDUAL_BUSINESS', startedDaysAgo: 40, done: ['PROJECT', 'PLAN'], inProgress: 'RISK', lastActiveDaysAgo: 35 },
    { legalForm: 'LIMITED_COMPANY', startedDaysAgo: 50, done: ['PROJECT', 'PLAN', 'RISK'], inProgress: 'OPENING' },
    { legalForm: 'SOLE_PROPRIETORSHIP', startedDaysAgo: 70, done: ['PROJECT', 'PLAN', 'RISK', 'OPENING'], inProgress: 'FINANCING', openedOn: addDays(today, -10), employees: 2 },
    { legalForm: 'PARTNERSHIP', startedDaysAgo: 20, done: ['PROJECT'], inProgress: 'PLAN' },
    { legalForm: 'INDIVIDUAL_BUSINESS', startedDaysAgo: 90, done: ['PROJECT'], inProgress: 'PLAN', status: 'ABANDONED', closedReason: '家里有变故，暂不创业', lastActiveDaysAgo: 60 },
  ]
  for (const [i, w] of waiting.entries()) {
    await prisma.$transaction(async (tx) => {
      const c = await createCase(tx, { ...w, ownerId: owners[OPENED + i]!, project: project(i + 1), adviserId: i % 2 ? mentor?.id ?? null : null }, now)
      if (w.openedOn) await followUp(tx, c.id, w.openedOn, today, { employees: 2, cityId: project(i + 1).cityId }, i)
    })
    step()
  }

  // opened businesses: openings spread over the last 36 months, so every cohort has answers
  for (let i = 0; i < OPENED; i++) {
    const openedOn = addDays(today, -Math.round(((i + 1) / OPENED) * 36 * 30.4))
    const p = project(i + 7)
    await prisma.$transaction(async (tx) => {
      const fate = { employees: 1 + (i % 4), cityId: p.cityId, closesAfter: i % 5 === 2 ? (i % 2 ? 12 : 24) : undefined, pausedAt: i % 7 === 3 ? 6 : undefined, missed: i % 6 === 1 ? [12] : [] }
      const c = await createCase(tx, { ownerId: owners[i]!, project: p, legalForm: i % 3 ? 'INDIVIDUAL_BUSINESS' : 'LIMITED_COMPANY', startedDaysAgo: Math.round(((i + 1) / OPENED) * 36 * 30.4) + 60, done: ['PROJECT', 'PLAN', 'RISK', 'OPENING', 'FINANCING'], inProgress: 'FOLLOW_UP', openedOn, employees: fate.employees, adviserId: i % 3 === 0 ? mentor?.id ?? null : null }, now)
      const closed = await followUp(tx, c.id, openedOn, today, fate, i)
      if (closed) await tx.case.update({ where: { id: c.id }, data: { status: 'CLOSED', closedAt: new Date(), closedReason: '企业已停业（回访答复）' } })
    })
    step()
  }
}
